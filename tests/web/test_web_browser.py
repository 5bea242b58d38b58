"""In a real browser: open the story, click a claim's evidence, see it highlighted."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from web_browser import chromium_page, unavailable_reason
from web_live_server import serve

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(unavailable_reason() is not None, reason=unavailable_reason() or ""),
]


@pytest.fixture
def base_url(app: FastAPI) -> Iterator[str]:
    with serve(app) as url:
        yield url


@pytest.fixture
def page() -> Iterator[Any]:
    with chromium_page() as p:
        p.set_default_timeout(20_000)  # a loaded machine (CI runs two test processes)
        yield p


def test_click_a_claim_and_see_its_evidence(base_url: str, page: Any) -> None:
    page.goto(base_url + "/")
    page.click("a.story-title >> text=Xiaomi in talks with Ford")
    page.wait_for_selector("svg.timeline")
    page.locator("li.role-denial a.evidence-link").first.click()
    focused = page.locator("mark.hl.focused")
    focused.first.wait_for()
    assert "denied that they held talks" in " ".join(focused.all_inner_texts())
    assert page.locator(".side-item.active").count() == 1


def test_hover_shows_the_attribution(base_url: str, page: Any) -> None:
    page.goto(base_url + "/articles/2")
    page.hover("mark.hl.quote >> nth=1")
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert "James Kellner" in tip.inner_text()
    tip.locator("a", has_text="James Kellner").click()
    page.wait_for_url("**/speakers/James%20Kellner")


def test_script_in_an_article_never_runs(base_url: str, page: Any) -> None:
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(base_url + "/articles/3")
    page.hover("mark.hl.quote")
    assert '<script>alert("pwned")</script>' in page.inner_text("#article-text")
    assert dialogs == []
