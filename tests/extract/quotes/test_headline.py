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


def test_a_trailing_adjunct_is_cut_from_the_claim_but_kept_for_the_quote(parse) -> None:
    doc, body_start, text = parse("Union says strike will go ahead amid pay talks")
    cut = split_headline(doc, body_start)
    kept = split_headline(doc, body_start, cut_adjuncts=False)
    assert cut is not None and kept is not None
    assert text[cut.content[0] : cut.content[1]] == "strike will go ahead"
    assert text[kept.content[0] : kept.content[1]] == "strike will go ahead amid pay talks"
