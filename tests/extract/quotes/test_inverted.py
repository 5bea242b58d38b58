"""Inverted attributions the parser reads as a second verb (texts written here): 'C, reported
the Yorkshire Post.' is the paper's report of C; a second verb with a thing for its
object is no attribution."""

from __future__ import annotations


def quotes(analysis):
    return [(q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes]


def test_an_inverted_report_by_a_paper(analyze_text):
    found = quotes(
        analyze_text(
            "Resign\n\nThe mayor is expected to quit. She will step down in May, reported "
            "the Yorkshire Post.\n"
        )
    )
    assert ("She will step down in May", "Yorkshire Post") in found


def test_an_inverted_report_by_an_acronym(analyze_text):
    found = quotes(analyze_text("Jobs\n\nThe firm will cut 300 jobs, reported the FT.\n"))
    assert [t for t, s in found if s and "FT" in s] == ["The firm will cut 300 jobs"]


def test_a_second_verb_with_a_thing_for_object_is_no_attribution(analyze_text):
    found = quotes(
        analyze_text(
            "Indoor trials\n\nHe ran well on Sunday, reported a personal best.\n\nThe club "
            "lost the final, announced its results and closed.\n"
        )
    )
    assert found == []
