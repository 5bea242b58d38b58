"""An inverted cue set off by commas inside its sentence ("Often, said Mr Perkins, C"): the
parser reads the name as the next clause's subject; the name speaks and the content is the
whole sentence, the parenthetical included (texts written here)."""

from __future__ import annotations


def test_an_inverted_parenthetical_names_its_speaker(analyze_text):
    text = "Data leaks\n\nOften, said Mr Perkins, this sensitive material is sent out by mistake.\n"
    quote = next(q for q in analyze_text(text).quotes if "sent out by mistake" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Perkins"
    assert quote.text.startswith("Often")


def test_a_plural_source_in_an_inverted_parenthetical(analyze_text):
    text = (
        "Karachi shares\n\nForeign buyers have returned. Locally, too, say dealers, fresh "
        "political developments have worked to the index's advantage.\n"
    )
    quote = next(q for q in analyze_text(text).quotes if "index's advantage" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "dealers"
