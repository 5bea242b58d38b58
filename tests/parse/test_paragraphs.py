"""Sentence bounds at line breaks (claimtrail/parse/nlp.py, the paragraphs component), on text
written for the test."""

from __future__ import annotations


def test_a_line_break_ends_a_headline_with_no_period(analyzer) -> None:
    doc = analyzer.nlp("Brightwell bank in merger talks\n\nThe bank is in talks, sources said.")
    assert [s.text.strip() for s in doc.sents][0] == "Brightwell bank in merger talks"


def test_a_paragraph_s_opening_name_is_not_cut_off_as_a_sentence(analyzer) -> None:
    # the parser alone splits "Brightwell | Bank is in talks ..." after the headline
    doc = analyzer.nlp(
        "Brightwell bank in merger talks\n\n"
        "Brightwell Bank is in talks to merge with rival Northmoor, the Daily Courier reported "
        "on Tuesday.\n"
    )
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[1].startswith("Brightwell Bank is in talks")
    assert all(len(s.split()) > 1 for s in sentences)
