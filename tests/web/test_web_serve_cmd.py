"""``claimtrail serve``: refuses unsafe settings before opening anything."""

from __future__ import annotations

from typer.testing import CliRunner

from claimtrail.cli import build_app


def test_serve_help_names_the_options() -> None:
    result = CliRunner().invoke(build_app(), ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--demo", "--token"):
        assert option in result.output


def test_listening_beyond_localhost_needs_a_token(monkeypatch) -> None:
    monkeypatch.delenv("CLAIMTRAIL_API_TOKEN", raising=False)
    result = CliRunner().invoke(build_app(), ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "needs an API token" in result.output


def test_a_short_token_is_refused(monkeypatch) -> None:
    result = CliRunner().invoke(build_app(), ["serve", "--token", "abc"])
    assert result.exit_code == 2
    assert "at least 8 characters" in result.output
