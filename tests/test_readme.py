"""The README works as written: its command lines name real commands and options, the
generated command reference is current, the lines after the demo run, and the Python API
example runs (as datasette tests its documentation)."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from claimtrail.cli import build_app
from claimtrail.cli.reference import stale
from tests.conftest import REPO

README = REPO / "README.md"
DOCS = [README, *sorted((REPO / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
INLINE = re.compile(r"`(claimtrail [^`]+)`")
runner = CliRunner()


def _blocks(text: str, language: str | None = None) -> list[str]:
    return [body for lang, body in FENCE.findall(text) if language is None or lang == language]


def _command_lines(path: Path) -> list[str]:
    """Every `claimtrail …` a reader may type: lines of code blocks and inline code."""
    text = path.read_text(encoding="utf-8")
    lines: list[str] = []
    for block in _blocks(text):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.strip().removeprefix("$ ")
            if line.startswith("claimtrail "):
                lines.append(line.split(" #", 1)[0].strip())
    lines += [m.group(1) for m in INLINE.finditer(FENCE.sub("", text))]
    return lines


def _resolve(words: list[str]) -> tuple[Any, list[str]]:
    command: Any = typer.main.get_command(build_app())
    rest = list(words)
    while rest and getattr(command, "commands", None) and rest[0] in command.commands:
        command = command.commands[rest.pop(0)]
    return command, rest


def _cases() -> list[tuple[str, str]]:
    return [(path.name, line) for path in DOCS for line in _command_lines(path)]


def test_the_docs_show_commands() -> None:
    assert len(_cases()) > 30


@pytest.mark.parametrize(("doc", "line"), _cases())
def test_each_documented_command_and_option_exists(doc: str, line: str) -> None:
    words = shlex.split(line.replace("…", "").replace("|", " "))[1:]
    command, rest = _resolve(words)
    if getattr(command, "commands", None) and rest:  # a group: the next word must be a
        word = rest[0]  # placeholder (COMMAND) or an option
        assert word.isupper() or word.startswith("-"), f"{doc}: no command {word!r} in {line!r}"
    known = {opt for p in command.get_params(typer.Context(command)) for opt in p.opts}
    known |= {opt for p in command.params for opt in p.secondary_opts}
    for word in rest:
        if word.startswith("--"):
            assert word.split("=", 1)[0] in known, f"{doc}: {line!r} has no option {word}"


def test_the_generated_reference_is_current() -> None:
    assert stale() == [], "run: python -m claimtrail.cli.reference"


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_sample_report_is_what_analyze_prints() -> None:
    (sample,) = [b for b in _blocks(README.read_text(encoding="utf-8")) if b.startswith("$ ")]
    command, *lines = sample.splitlines()
    path = command.split()[3]
    result = runner.invoke(
        build_app(), ["analyze", "--no-stance-model", path], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    # the report's own lines; "…" and the lines that continue it (3 spaces) are prose
    shown = [line for line in lines if "…" not in line and not re.match(r" {3}\S", line)]
    assert len(shown) == 5
    missing = [line for line in shown if line.rstrip() not in result.stdout.splitlines()]
    assert not missing, result.stdout[:2000]


def test_the_python_api_example_runs() -> None:
    (code,) = _blocks(_section("Commands"), "python")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})  # noqa: S102 — our own README's example
    lines = out.getvalue().splitlines()
    assert lines[0] == "Council taxes will not rise, mayor says"
    assert "Council backs budget" in lines
    assert lines[-1] == "City Herald claimtrail.analysis/1"


@pytest.mark.slow
def test_the_lines_after_the_demo_run_as_written(tmp_path: Path, monkeypatch) -> None:
    (block,) = _blocks(_section("After the demo"), "sh")
    monkeypatch.chdir(REPO)  # the README's paths are relative to the checkout
    monkeypatch.setenv("CLAIMTRAIL_DB", str(tmp_path / "claimtrail.db"))  # instead of ./
    result = runner.invoke(build_app(), ["demo", "--matcher", "lexical"])
    assert result.exit_code == 0, result.output
    for line in block.splitlines():
        words = shlex.split(line.split(" #", 1)[0])
        if words[1] == "serve":  # runs until stopped: tests/cli/test_serve_cmd.py
            continue
        result = runner.invoke(build_app(), words[1:])
        assert result.exit_code == 0, (line, result.output)
        assert result.stdout.strip(), line
