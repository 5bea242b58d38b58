"""Where a claim is stated (claimtrail/extract/claims/build.py, ``stated_in``): its offsets are
the whole sentence(s) that state it, attribution included, and no more. Texts written for
these tests."""

from __future__ import annotations

TEXT = (
    "Plant closure denied\n"
    "Acme has denied that it will close its Leeds plant next year. "
    "The union said members would strike if the plant closed. "
    "Talks resume on Monday.\n"
)


def test_a_claims_offsets_are_the_sentence_that_states_it(analyze_text) -> None:
    a = analyze_text(TEXT)
    text = a.article.text
    claim = next(c for c in a.claims if "Leeds plant" in c.text)
    assert text[claim.start : claim.end] == (
        "Acme has denied that it will close its Leeds plant next year."
    )


def test_every_claim_span_is_whole_sentences_of_the_article(analyze_text) -> None:
    a = analyze_text(TEXT)
    text = a.article.text
    for claim in a.claims:
        stated = text[claim.start : claim.end]
        assert stated == stated.strip()
        assert claim.start == 0 or text[claim.start - 1] in " \n"
        assert claim.end == len(text) or text[claim.end] in " \n" or stated.endswith(".")


def test_a_bare_noun_phrase_claim_leaves_its_sentence_to_the_claim_it_states(
    analyze_text,
) -> None:
    a = analyze_text(
        "Council cuts row\n"
        "The union Unite has accused Elmford Council of cutting library budgets in secret. "
        "Council leader Jo Marsh disputed the figures, saying spending on libraries had "
        "risen by 4% this year.\n"
    )
    text = a.article.text
    sentence = text[text.index("Council leader") : text.index("this year.") + len("this year.")]
    stated = [c for c in a.claims if text[c.start : c.end] == sentence]
    assert stated and all("spending" in c.text.lower() for c in stated)
