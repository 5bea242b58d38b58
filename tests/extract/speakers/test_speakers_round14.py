"""Speakers, round 14 (issue 10, voices): classes of speaker error seen on unread BBC articles
(none of the gold's), each on a text written here.

The speaker is the fullest name form in the article and its organisation the body the stated
role belongs to (gold guidelines A), so each must be the body the article means, not a
sibling, a part of it or another person named nearby.
"""

from __future__ import annotations


def speaker_of(analysis, fragment: str):
    quote = next(q for q in analysis.quotes if fragment in q.text)
    return quote.speaker


def test_a_body_named_first_is_not_its_council_named_later(analyze_text):
    text = (
        "NRFA meets coaches\n\nThe NRFA, rowing's world governing body, has met coaches and "
        'athletes.\n\n"We heard a lot," said an NRFA spokesman. About 60 people attended, '
        'including NRFA chief Ada Vane.\n\n"We are the leading body in this field," said '
        "Vane.\n\nThe task forces will report to the NRFA Council in April.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "leading body").organization == "NRFA"  # was "NRFA Council"
    assert "Council" not in speaker_of(analysis, "heard a lot").name


def test_a_name_the_ner_ran_into_a_dash_ends_before_it(analyzer):
    from spacy.tokens import Span

    from claimtrail.extract.speakers.entities import collect_mentions

    doc = analyzer.nlp.make_doc("US star Deon Marsh - who leads the race - rose to fame.")
    doc.ents = [Span(doc, 2, 5, label="PERSON")]  # "Deon Marsh -", the dash taken in
    assert [m.text for m in collect_mentions(doc, 0)] == ["Deon Marsh"]  # one with "Marsh"
