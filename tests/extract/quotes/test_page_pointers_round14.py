"""Web pages point at what they embed: "Watch X announce it below" shows a recording, and a
bracketed editor's note ("[Photos via an agency]") is nobody's words. Neither is a quote.
Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Watch Tarnow happily announce Vane’s new role below, via a local channel:",
        "Watch Tarnow proudly announce the new lineup below, via a radio station:",
        "Watch Ann Vane announce the casting below, via a news channel:\n\n"
        "[Photos via a picture agency]",
    ],
)
def test_a_pointer_to_what_the_page_embeds_is_no_quote(analyze_text, body):
    assert analyze_text("Casting\n\nThe film has a new star.\n\n" + body + "\n").quotes == []


def test_a_report_after_such_a_pointer_is_still_found(analyze_text):
    text = "Casting\n\nWatch the clip below. Ann Vane said the casting had taken a year.\n"
    assert [q.text for q in analyze_text(text).quotes] == ["the casting had taken a year"]
