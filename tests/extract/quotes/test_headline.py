"""A headline read as an attribution (claimtrail/extract/quotes/headline.py): 'S V C',
'C, V S', 'C, S V', or the headline alone as C."""

from __future__ import annotations

import pytest

from claimtrail.extract.quotes.headline import split_headline


@pytest.fixture(scope="module")
def parse(analyzer):
    def run(headline: str, body: str = "The body of the article follows here."):
        text = f"{headline}\n{body}\n"
        return analyzer.nlp(text), len(headline) + 1, text

    return run


def _texts(parts, text: str) -> tuple[list[str], str | None, str]:
    sources = [text[s:e] for s, e in parts.sources]
    return sources, parts.lemma, text[parts.content[0] : parts.content[1]]


def test_source_verb_content(parse) -> None:
    doc, body_start, text = parse("Ford and Xiaomi deny talks on electric cars")
    parts = split_headline(doc, body_start)
    assert parts is not None
    sources, lemma, content = _texts(parts, text)
    assert sources == ["Ford", "Xiaomi"]
    assert lemma == "deny"
    assert content == "talks on electric cars"


def test_content_then_verb_then_source(parse) -> None:
    doc, body_start, text = parse("Bank will not raise rates, says governor")
    parts = split_headline(doc, body_start)
    assert parts is not None
    sources, lemma, content = _texts(parts, text)
    assert (sources, lemma, content) == (["governor"], "say", "Bank will not raise rates")


def test_content_then_source_then_verb(parse) -> None:
    doc, body_start, text = parse("Mayor Hid Budget Gap, Former City Auditor Says")
    parts = split_headline(doc, body_start)
    assert parts is not None
    sources, lemma, content = _texts(parts, text)
    assert sources == ["Former City Auditor"]
    assert content == "Mayor Hid Budget Gap"


def test_a_headline_without_a_reporting_verb_is_its_own_content(parse) -> None:
    doc, body_start, text = parse("Storm closes coastal roads")
    parts = split_headline(doc, body_start)
    assert parts is not None and parts.cue is None and parts.sources == []
    assert text[parts.content[0] : parts.content[1]] == "Storm closes coastal roads"


@pytest.mark.parametrize(
    "headline",
    [
        "Hiker Found Alive After Four Days In Forest",  # a reduced passive: the hiker was found
        "Lost kitten found safe under garden shed",
        "Council approves plan for Lakeside State school",  # 'State' is a word of a name
    ],
)
def test_a_cue_word_that_is_no_headline_verb_attributes_nothing(parse, headline: str) -> None:
    doc, body_start, text = parse(headline)
    parts = split_headline(doc, body_start)
    assert parts is not None and parts.cue is None and parts.sources == []


@pytest.mark.parametrize(
    "headline",
    [
        "Watchdog to rule on sale of cough syrup",  # a ruling to come, not one made
        "Union to say whether members will strike",
        "Minister to announce rail fares freeze",
    ],
)
def test_an_infinitive_cue_is_what_a_party_will_do(parse, headline: str) -> None:
    doc, body_start, text = parse(headline)
    parts = split_headline(doc, body_start)
    assert parts is not None and parts.cue is None and parts.sources == []
    assert text[parts.content[0] : parts.content[1]] == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Lender agrees new loan for Ruritania",  # an act on a thing, not a saying
        "Exporter continues record growth",
        "Shipyard announces fresh orders",
    ],
)
def test_a_saying_verb_with_a_bare_noun_object_names_an_act(parse, headline: str) -> None:
    doc, body_start, text = parse(headline)
    parts = split_headline(doc, body_start)
    assert parts is not None and parts.cue is None and parts.sources == []


@pytest.mark.parametrize(
    ("headline", "lemma", "content"),
    [
        ("Minister denies affair with aide", "deny", "affair with aide"),
        ("Police confirm arrest of banker", "confirm", "arrest of banker"),
        ("Union says strike will go ahead", "say", "strike will go ahead"),
    ],
)
def test_a_verb_whose_object_is_the_content_keeps_it(
    parse, headline: str, lemma: str, content: str
) -> None:
    doc, body_start, text = parse(headline)
    parts = split_headline(doc, body_start)
    assert parts is not None
    assert (_texts(parts, text)[1:]) == (lemma, content)


def test_a_finding_with_an_object_still_attributes(parse) -> None:
    doc, body_start, text = parse("Jury finds builder guilty of fraud")
    parts = split_headline(doc, body_start)
    assert parts is not None
    sources, lemma, content = _texts(parts, text)
    assert (sources, lemma) == (["Jury"], "find")


def test_the_content_verb_before_a_trailing_source_is_not_the_cue(parse) -> None:
    doc, body_start, text = parse("Stolen painting found, museum confirms")
    parts = split_headline(doc, body_start)
    assert parts is not None
    sources, lemma, content = _texts(parts, text)
    assert (sources, lemma, content) == (["museum"], "confirm", "Stolen painting found")


def test_a_trailing_adjunct_is_cut_from_the_claim_but_kept_for_the_quote(parse) -> None:
    doc, body_start, text = parse("Union says strike will go ahead amid pay talks")
    cut = split_headline(doc, body_start)
    kept = split_headline(doc, body_start, cut_adjuncts=False)
    assert cut is not None and kept is not None
    assert text[cut.content[0] : cut.content[1]] == "strike will go ahead"
    assert text[kept.content[0] : kept.content[1]] == "strike will go ahead amid pay talks"


# Quoted words in a headline (the headline rule of ../shared/gold/GUIDELINES.md): the speaker's
# own word, a record of its own, with the source the body gives it.
def _headline_record(analyze_text, text: str, fragment: str):
    return next((q for q in analyze_text(text).quotes if q.text == fragment), None)


def test_a_quoted_word_in_a_headline_goes_to_the_headline_name(analyze_text) -> None:
    text = (
        "Hollis quits 'shameless' party\nThe MP Dan Hollis has left the Reform Alliance. Mr "
        'Hollis said: "I am done with them and their leaders."\n'
    )
    quote = _headline_record(analyze_text, text, "shameless")
    assert quote is not None and quote.speaker.name == "Dan Hollis"


def test_a_headline_name_that_never_speaks_in_the_body_is_not_the_speaker(analyze_text):
    # the headline is about Hollis; the quoted words are somebody else's
    text = (
        "Hollis 'to quit' party\nThe MP Dan Hollis is expected to leave the Reform Alliance "
        "this week. His colleagues said they had not been told.\n"
    )
    assert _headline_record(analyze_text, text, "to quit") is None


def test_a_quoted_word_goes_to_the_body_speaker_who_used_it(analyze_text) -> None:
    # the headline's name is the one answering, not the one who said the word
    text = (
        "Mayor rebuts 'farce' claims\nMayor Ana Ruiz said the vote was fair. Councillor Tom "
        'Reed, a critic of the plan, condemned the debate as a "farce" on Monday.\n'
    )
    quote = _headline_record(analyze_text, text, "farce")
    assert quote is not None and quote.speaker.name == "Tom Reed"


def test_a_quoted_word_after_a_passive_verb_goes_to_the_agent(analyze_text) -> None:
    text = (
        "Singer Jo Marsh sued for 'fraud'\nThe singer Jo Marsh has been sued by a former "
        "manager who claimed she kept his fees. Her lawyer denied it.\n"
    )
    quote = _headline_record(analyze_text, text, "fraud")
    assert quote is not None and "manager" in quote.speaker.name


def test_a_quoted_name_in_a_headline_is_no_quote(analyze_text) -> None:
    text = (
        "Minister rejects 'Las Vegas' jibe\nThe minister Ana Ruiz said the casinos would be "
        "small.\n"
    )
    assert _headline_record(analyze_text, text, "Las Vegas") is None


def test_a_headline_name_parsed_as_a_common_noun_still_speaks(analyze_text) -> None:
    # headline parses are poor: "Greer" here is tagged a common noun
    text = (
        "Greer attacks 'bully' Big Brother\nGermaine Greer has criticised the show's "
        '"bullying" of housemates. Greer said the show had behaved badly.\n'
    )
    quote = _headline_record(analyze_text, text, "bully")
    assert quote is not None and quote.speaker.name == "Germaine Greer"
