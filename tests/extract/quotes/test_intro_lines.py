"""A reporting line ending in a colon introduces the next paragraph
(claimtrail/extract/quotes/intro_lines.py)."""

from __future__ import annotations

import pytest

from claimtrail.extract.quotes.intro_lines import find_intro_paragraphs


@pytest.fixture(scope="module")
def intros(analyzer):
    def run(text: str) -> list[tuple[str, str, str, str]]:
        found = find_intro_paragraphs(analyzer.nlp(text))
        return [
            (
                c.kind,
                text[c.start : c.end],
                text[c.cue[0] : c.cue[1]],
                text[c.source[0] : c.source[1]],
            )
            for c in found
            if c.cue is not None and c.source is not None
        ]

    return run


def test_an_unquoted_paragraph_after_the_colon_is_indirect(intros) -> None:
    text = "The mayor added:\n\nAnd the bridge will open in May, whatever the council says.\n"
    assert intros(text) == [
        (
            "indirect",
            "And the bridge will open in May, whatever the council says.",
            "added",
            "The mayor",
        )
    ]


def test_a_quoted_paragraph_is_direct_without_its_marks(intros) -> None:
    text = 'Officials said in a statement:\n"The road stays closed until further notice."'
    assert intros(text) == [
        ("direct", "The road stays closed until further notice.", "said", "Officials")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The menu:\nSoup, bread and cheese.",  # no reporting verb
        "She said it twice. Then:\nNothing more.",  # the verb is in an earlier sentence
        "The mayor said:\n",  # nothing follows
        "The mayor said the bridge would open:\n\n''\n",  # only marks follow
    ],
)
def test_no_attribution_without_a_verb_a_subject_and_a_paragraph(intros, text: str) -> None:
    assert intros(text) == []
