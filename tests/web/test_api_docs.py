"""/docs and /redoc (claimtrail/api/docs.py): served from packaged copies, nothing remote,
and the dashboard's "API" link opens them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from web_browser import chromium_page, unavailable_reason
from web_live_server import serve

REMOTE = re.compile(r"""(src|href)=["']?(https?:)?//""")


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_pages_load_only_this_servers_assets(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200 and "/api/openapi.json" in page.text
    assert not REMOTE.search(page.text), "a docs page loads something from elsewhere"
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assets = re.findall(r"""(?:src|href)=["']?(/docs-assets/[^"' >]+)""", page.text)
    assert assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset


def test_the_nav_api_link_opens_the_docs(client: TestClient) -> None:
    home = client.get("/")
    assert re.search(r'<a href="/docs">API</a>', home.text)


def test_docs_are_not_in_the_api_schema(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert not {"/docs", "/redoc"} & set(paths)


@pytest.fixture
def base_url(app: FastAPI) -> Iterator[str]:
    with serve(app) as url:
        yield url


@pytest.mark.browser
@pytest.mark.skipif(unavailable_reason() is not None, reason=unavailable_reason() or "")
def test_swagger_lists_the_api_in_a_browser(base_url: str) -> None:
    with chromium_page() as page:
        page.set_default_timeout(10000)
        remote: list[str] = []  # responses from anywhere but this server (the CSP blocks them)
        page.on(
            "response",
            lambda r: (
                None if r.url.startswith((base_url, "data:", "blob:")) else remote.append(r.url)
            ),
        )
        page.goto(base_url + "/")
        page.click("text=API")
        page.wait_for_selector(".opblock-summary-path")
        paths: Any = page.locator(".opblock-summary-path").all_inner_texts()
        assert any("/api/stories" in p for p in paths)
        page.goto(base_url + "/redoc")
        page.wait_for_selector("text=claimtrail API")
        assert remote == []
