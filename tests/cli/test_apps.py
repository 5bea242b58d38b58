"""What every command's help and messages look like (claimtrail/cli/apps.py)."""

from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from claimtrail import __version__
from claimtrail.cli import build_app

runner = CliRunner()
# What typer shows when left alone: Python's type names, which a user cannot act on.
PYTHON_TYPES = re.compile(r"<(str|int|bool|float|list\[[^\]]*\]|path)>|int range")


def _command_paths() -> list[list[str]]:
    group = typer.main.get_command(build_app())
    paths: list[list[str]] = [[]]
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        paths.append([name])
        for sub in getattr(command, "commands", {}):
            paths.append([name, sub])
    return paths


@pytest.mark.parametrize("path", _command_paths(), ids=lambda p: " ".join(p) or "claimtrail")
def test_help_has_no_python_type_names(path: list[str]) -> None:
    result = runner.invoke(build_app(), [*path, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert not PYTHON_TYPES.search(result.stdout), result.stdout


def test_help_names_values_in_plain_words() -> None:
    out = runner.invoke(build_app(), ["stories", "--help"], env={"COLUMNS": "100"}).stdout
    assert "INTEGER" in out and "text|json|csv" in out
    out = runner.invoke(build_app(), ["analyze", "--help"], env={"COLUMNS": "100"}).stdout
    assert "{ARTICLES}..." in out


def test_version() -> None:
    result = runner.invoke(build_app(), ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"claimtrail {__version__}"


def test_a_bad_choice_is_said_without_pydantic_words() -> None:
    result = runner.invoke(build_app(), ["stories", "--format", "xml"])
    assert result.exit_code == 2
    assert "'xml' is not one of" in result.stderr and "Value error" not in result.stderr
