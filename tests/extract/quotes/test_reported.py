"""Reported speech read from the parse (claimtrail/extract/quotes/reported.py), lexicon rules
only (no learned cue model), on sentences written here."""

from __future__ import annotations

import pytest

from claimtrail.extract.quotes.reported import find_reported_speech


@pytest.fixture(scope="module")
def found(analyzer):
    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        doc = analyzer.nlp(text)
        out = []
        for c in find_reported_speech(doc):
            source = text[c.source[0] : c.source[1]] if c.source else None
            cue = text[c.cue[0] : c.cue[1]] if c.cue else None
            out.append((text[c.start : c.end], cue, source))
        return out

    return run


def test_a_clausal_complement_with_its_cue_and_source(found) -> None:
    [(content, cue, source)] = found("The minister said that taxes would rise next year.")
    assert "taxes would rise next year" in content
    assert (cue, source) == ("said", "The minister")


def test_according_to_reports_its_object(found) -> None:
    results = found("According to the regulator, the bank broke the rules.")
    assert any(source == "the regulator" and "broke the rules" in c for c, _, source in results)


def test_that_said_concedes_and_quotes_nobody(found) -> None:
    assert found("That said, the plan has merits and the council will vote on it.") == []


def test_a_reporting_noun_with_its_holder(found) -> None:
    results = found("The union's claim that jobs would go was rejected.")
    assert any("jobs would go" in c and source and "union" in source for c, _, source in results)


def test_a_closing_report_misparsed_as_an_apposition_still_speaks(found) -> None:
    # "C, the Daily Courier reported on Tuesday." is often parsed as an apposition to C's last
    # noun with a reduced relative; the past tense and the closing position say it is a source
    results = found(
        "Brightwell Bank is in talks to merge with rival Northmoor, the Daily Courier reported "
        "on Tuesday."
    )
    assert any(
        source == "the Daily Courier" and cue == "reported" and c.endswith("rival Northmoor")
        for c, cue, source in results
    )


def test_a_reduced_relative_after_a_comma_is_no_report(found) -> None:
    # a participle describing the noun ("the highest figure reported since") speaks for nobody
    assert found("Output rose by 5% last year, the highest figure reported since 2001.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank was unable to confirm that talks had taken place.",
        "The bank was asked to deny that talks had taken place.",
    ],
)
def test_an_unmade_confirmation_is_no_reported_speech(analyzer, sentence) -> None:
    from claimtrail.extract.quotes.finder import extract_quotes

    doc = analyzer.nlp(sentence)
    assert extract_quotes(doc) == []
