"""Attaching quoted passages to their cue and speaker (claimtrail/extract/quotes/direct.py), one
rule at a time, on sentences written here."""

from __future__ import annotations

import pytest

from claimtrail.extract.quotes.candidates import QuoteCandidate
from claimtrail.extract.quotes.direct import (
    _is_title,
    attribute_quoted_spans,
    cue_after,
    cue_before,
    is_fragment,
    signed_quote,
)
from claimtrail.extract.quotes.quote_marks import find_quoted_spans


@pytest.fixture(scope="module")
def attribute(analyzer):
    def run(text: str) -> list[tuple[str, str, str, str | None, str | None]]:
        doc = analyzer.nlp(text)
        found, _ = attribute_quoted_spans(doc, find_quoted_spans(text), [])
        return [_view(text, c) for c in found]

    return run


def _view(text: str, c: QuoteCandidate) -> tuple[str, str, str, str | None, str | None]:
    cue = text[c.cue[0] : c.cue[1]] if c.cue else None
    source = text[c.source[0] : c.source[1]] if c.source else None
    return c.kind, c.finder, text[c.start : c.end], cue, source


def test_cue_after_the_closing_mark(attribute) -> None:
    text = '"We will build the bridge," the mayor said.'
    assert attribute(text) == [
        ("direct", "cue-after", "We will build the bridge,", "said", "the mayor")
    ]


def test_a_full_stop_inside_the_marks_ends_the_attribution(analyzer) -> None:
    text = '"We will win." He told the crowd he was sure.'
    doc = analyzer.nlp(text)
    (quote,) = find_quoted_spans(text)
    assert cue_after(doc, quote) is None  # "He told…" is the next sentence's own cue


def test_cue_before_the_opening_mark(attribute) -> None:
    text = 'The mayor said: "We will build the bridge."'
    assert attribute(text) == [
        ("direct", "cue-before", "We will build the bridge.", "said", "The mayor")
    ]


def test_the_writers_words_before_the_marks_make_a_mixed_quote(attribute) -> None:
    text = 'The mayor said the bridge "will not open this year."'
    ((kind, finder, content, cue, source),) = attribute(text)
    assert (kind, finder, cue, source) == ("mixed", "cue-before+frame", "said", "The mayor")
    assert content.startswith("the bridge") and "will not open" in content


def test_a_signed_quote(analyzer) -> None:
    text = '"Never give up." ― Ann Lee'
    doc = analyzer.nlp(text)
    (quote,) = find_quoted_spans(text)
    found = signed_quote(doc, quote)
    assert found is not None and text[found.source[0] : found.source[1]] == "Ann Lee"
    assert cue_before(doc, quote) is None


def test_a_short_label_under_a_reporting_verb_is_partial(attribute, analyzer) -> None:
    text = 'The senator called the plan an "existential threat" on Monday.'
    assert attribute(text) == [
        ("partial", "partial", "existential threat", "called", "The senator")
    ]
    assert is_fragment(analyzer.nlp(text), find_quoted_spans(text)[0])


@pytest.mark.parametrize(
    ("words", "title"),
    [
        ("Morning Joe", True),
        ("Fox News Sunday", True),
        ("Women in Power", True),
        ("a total disaster", False),
        ("Absolutely disgraceful, if true", False),
    ],
)
def test_titles_in_marks(words: str, title: bool) -> None:
    assert _is_title(words.split()) is title


def test_an_interrupted_quote_is_one_quote_in_two_segments(attribute) -> None:
    text = '"We will win," she said, "and we will win big."'
    ((kind, finder, _, cue, source),) = attribute(text)
    assert (kind, finder, cue, source) == ("direct", "cue-after+interrupted", "said", "she")


def test_two_speakers_between_two_quotes_stay_two_quotes(attribute) -> None:
    text = '"Taxes will rise," she said. "Jobs will go," added Jim Clyburn.'
    assert [(q[3], q[4]) for q in attribute(text)] == [("said", "she"), ("added", "Jim Clyburn")]


def test_a_paragraph_of_quote_alone_continues_the_previous_speaker(attribute) -> None:
    text = '"We will win," the mayor said.\n"And we will win big."'
    assert attribute(text)[1] == (
        "direct",
        "continuation",
        "And we will win big.",
        None,
        "the mayor",
    )


def test_a_quote_with_no_cue_and_no_one_before_is_left_alone(attribute) -> None:
    assert attribute('"Nobody knows," is a phrase we hear.\n"Quite."') == []
