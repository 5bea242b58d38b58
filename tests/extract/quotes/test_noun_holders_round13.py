"""Reporting nouns whose view is nobody's, round 13 (issue 10, voices): seen on unread BBC
articles, each on a text written here.

A reporting noun that is the object of a verb is held by that verb's subject only when the
subject can hold a view ("the union voiced fears that C"). "Stocks slid amid worries that
C", "the fall mirrors the belief that C" and "exports lifted hopes that C" are sourceless
(guidelines A: sourceless speculation is excluded), and their claims are unattributed.
"""

from __future__ import annotations

TEXT = (
    "Copper miners slide\n\n"
    "Mining stocks slid across Asia on Monday amid worries that weaker Chinese demand could "
    "cut copper prices.\n\n"
    "The fall in the pound mostly mirrors the belief that the central bank will hold rates "
    "for another year.\n\n"
    "Korean exports rose sharply in May, lifting hopes that the slump in shipbuilding has "
    "ended.\n\n"
    "The union voiced fears that hundreds of jobs would go. Ann Hill, the union's leader, "
    "expressed concern that the plant would close.\n"
)


def test_a_view_that_is_nobodys_is_no_quote(analyze_text):
    analysis = analyze_text(TEXT)
    speakers = {q.speaker.name for q in analysis.quotes if q.speaker}
    assert not speakers & {"Mining stocks", "The fall", "Korean exports"}


def test_a_view_a_party_voices_is_theirs(analyze_text):
    analysis = analyze_text(TEXT)
    by_text = {q.text: q.speaker.name for q in analysis.quotes if q.speaker}
    assert any("jobs would go" in t and s == "The union" for t, s in by_text.items())
    assert any("plant would close" in t and s == "Ann Hill" for t, s in by_text.items())


def test_speculation_fuelled_by_a_thing_is_unattributed(analyze_text):
    text = (
        "Exchange bid\n\nThe bourse made an offer for the exchange.\n\n"
        "Resistance from one investor has stoked talk that the planned merger might "
        "collapse.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "merger might collapse" in c.text)
    assert [(a.source.name, a.attitude) for a in claim.attributions] == [
        ("unattributed", "speculate")
    ]


def test_a_body_named_by_its_kind_holds_its_warning(analyze_text):
    text = (
        "Jets seized\n\nMilitias took a dozen airliners.\n\n"
        "Western intelligence agencies recently issued a warning that the jets could be used "
        "in attacks.\n"
    )
    analysis = analyze_text(text)
    (quote,) = [q for q in analysis.quotes if "could be used" in q.text]
    assert quote.speaker.name.lower().endswith("intelligence agencies")


def test_a_newsroom_that_understands_reports(analyze_text):
    """ "C, BBC Sport understands": the verb is tagged a plural noun; by its place (the root,
    with a subject and a clause) it is the verb, and the newsroom reports C."""
    text = (
        "Club in takeover talks\n\nStruggling Midland City are in talks with a US consortium "
        "over a takeover, BBC Sport understands.\n\nThe club declined to comment.\n"
    )
    analysis = analyze_text(text)
    quote = next(q for q in analysis.quotes if "US consortium" in q.text)
    assert quote.speaker.name == "BBC Sport"
    claim = next(c for c in analysis.claims if "US consortium" in c.text)
    assert [(a.source.name, a.attitude) for a in claim.attributions] == [("BBC Sport", "report")]


def test_it_is_understood_is_nobodys_quote(analyze_text):
    text = (
        "Board meets\n\nThe board met on Friday.\n\nIt is understood that the board also "
        "considered the chairman's offer to resign.\n"
    )
    analysis = analyze_text(text)
    assert not [q for q in analysis.quotes if "offer to resign" in q.text]


def test_a_learned_cue_whose_parsed_subject_is_a_thing_makes_no_quote(analyze_text):
    """'He said "our town" was being "ruined" by heavy traffic and promised a "quick but
    careful" review': the parse hangs "promised" on the reported clause, so its subject reads
    "heavy traffic"; a thing holds no view, and the speaker's mixed quote stays whole."""
    text = (
        'Mayor launches plan\n\nThe mayor launched his plan on Monday. He said "our town" was '
        'being "ruined" by heavy traffic and promised a "quick but careful" review of the '
        "roads.\n"
    )
    analysis = analyze_text(text)
    speakers = {q.speaker.name for q in analysis.quotes if q.speaker}
    assert "heavy traffic" not in {s.lower() for s in speakers}
