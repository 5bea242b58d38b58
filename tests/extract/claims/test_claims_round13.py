"""Claims, round 13 (issue 9): classes of error seen on written probes, each on a text
written here."""

from __future__ import annotations


def test_a_titled_person_is_never_they(analyze_text):
    """ "Union leader Jan Pesh": an organisation noun in a person's title does not make the
    person an organisation that "they" could stand for."""
    text = (
        "Plant to close\n\nThe firm will close its plant in Derby.\n\n"
        "Union leader Jan Pesh said they had been betrayed by the management.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "betrayed" in c.text)
    assert not claim.text.startswith("Jan Pesh")
