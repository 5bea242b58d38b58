"""The quote finders on short texts written for these tests (not the founding example)."""

from __future__ import annotations


def quotes_of(analyze_text, text):
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None) for q in analyze_text(text).quotes
    ]


def test_interrupted_quote_is_one_quote_with_two_segments(analyze_polnear):
    text = 'Mayor backs plan\n"We will build it," Mayor Ana Ruiz said, "and we will pay for it."\n'
    analysis = analyze_polnear(text)
    [quote] = [q for q in analysis.quotes if q.kind == "direct"]
    assert "We will build it" in quote.text and "we will pay for it" in quote.text
    assert quote.speaker.name == "Ana Ruiz"


def test_pronoun_speaker_resolves_to_the_named_person(analyze_text):
    text = (
        "Budget vote delayed\nFinance minister Tom Berg spoke on Monday. "
        "He said that the vote would be delayed until March.\n"
    )
    found = quotes_of(analyze_text, text)
    assert ("indirect", "that the vote would be delayed until March", "Tom Berg") in found


def test_according_to_gives_the_source(analyze_text):
    text = "Shares fall\nThe company lost $3 billion last year, according to Reuters.\n"
    [quote] = analyze_text(text).quotes
    assert quote.speaker.name == "Reuters"
    assert quote.text == "The company lost $3 billion last year"


def test_the_company_resolves_to_the_last_organisation(analyze_text):
    text = (
        "Acme denies report\nAcme Corp was named in the report. "
        "The company denied that it had broken any rules.\n"
    )
    analysis = analyze_text(text)
    quote = next(q for q in analysis.quotes if "broken any rules" in q.text)
    assert quote.speaker.name == "Acme Corp"


def test_mixed_quote_keeps_reported_frame(analyze_text):
    text = (
        'Minister speaks\nThe minister said the plan was "a disaster for farmers" '
        "and would be withdrawn.\n"
    )
    kinds = [q.kind for q in analyze_text(text).quotes]
    assert "mixed" in kinds


def test_unclosed_quote_still_gives_an_analysis(analyze_text):
    text = 'Odd marks\nShe said "this quote never closes and the text goes on.\n'
    analysis = analyze_text(text)
    assert analysis.article.text == text


def test_article_with_no_quotes_has_none(analyze_text):
    text = "Weather\nThe sun rose at six. Rain fell in the afternoon.\n"
    assert analyze_text(text).quotes == []


def test_relative_pronoun_is_the_mention_and_the_antecedent_the_name(analyze_polnear):
    text = (
        "Golf\nLike other golf club owners who foresee an upside in expanding their "
        "offerings, Mr. Scott built a hotel.\n"
    )
    quote = next(q for q in analyze_polnear(text).quotes if "upside" in q.text)
    assert quote.speaker.mention == "who"
    assert quote.speaker.name == "other golf club owners"


def test_raising_verbs_are_no_cues_on_news(analyze_text):
    """'It appears that C', 'Seems that C': an evidential with nobody behind it (issue 10)."""
    for text in (
        "Phone update\n\nIt appears that there may be a serious bug in the new update to the "
        "phone software.",
        "Training\n\nSeems that the players had other ideas about the new training schedule "
        "this week.",
    ):
        assert quotes_of(analyze_text, text) == []


def test_single_mark_house_style_gives_direct_quotes_and_no_nested_finds(analyze_text):
    text = (
        "Neighbours speak\n"
        "Residents of Elm Row have spoken about the couple who ran the shop.\n\n"
        "One neighbour, Jane Pike, said: 'Her husband said he was a painter. I thought "
        "they were hiding something.'\n\n"
        "'We all knew what was going on,' said another neighbour, Tom Hale.\n"
    )
    found = quotes_of(analyze_text, text)
    assert (
        "direct",
        "Her husband said he was a painter. I thought they were hiding something.",
        "Jane Pike",
    ) in found
    assert ("direct", "We all knew what was going on,", "Tom Hale") in found
    assert len(found) == 2  # "Her husband said", "I thought" are inside her quote
