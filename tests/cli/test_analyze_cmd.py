"""The analyze command end to end: formats, batches, bad input, exit codes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from claimtrail.cli import build_app
from tests.conftest import EXAMPLES

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(build_app(), ["analyze", "--no-stance-model", *args], input=input)


def test_json_output_of_the_example_is_schema_versioned():
    result = invoke("-f", "json", str(EXAMPLES / "ford-xiaomi.txt"))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "claimtrail.analysis/1" and data["quotes"]


def test_batch_goes_on_past_a_bad_file_and_lists_it(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Head\nThe mayor said that taxes would rise.\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00binary")
    result = invoke("-f", "jsonl", str(good), str(bad))
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1
    assert "bad.txt" in result.stderr and "1 input failed" in result.stderr


def test_only_bad_input_exits_3_without_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = invoke(str(empty))
    assert result.exit_code == 3
    assert "Traceback" not in result.output


def test_stdin_and_markdown():
    result = invoke("-f", "markdown", "-", input="Head\nThe mayor said that taxes would rise.\n")
    assert result.exit_code == 0 and "## Quotes" in result.stdout


def test_schema_command_matches_the_committed_schema():
    from claimtrail.schema import analysis_json_schema

    committed = json.loads((EXAMPLES.parents[1] / "schema" / "analysis.schema.json").read_text())
    assert committed == analysis_json_schema()


def test_non_english_text_gets_a_best_effort_analysis_with_a_warning(tmp_path):
    path = tmp_path / "es.txt"
    path.write_text(
        "Titular\nEl gobierno anunció hoy que la economía crecerá un tres por ciento el próximo "
        "año, según el ministro de economía, quien dijo que las reformas darán frutos pronto y "
        "que el empleo aumentará en todas las regiones del país durante los próximos meses.\n"
    )
    result = invoke("-f", "json", str(path))
    assert result.exit_code == 0
    assert "does not look like English" in result.stderr
    assert json.loads(result.stdout)["warnings"]


def test_parallel_parsing_keeps_input_order(tmp_path):
    paths = []
    for i in range(4):
        path = tmp_path / f"{i}.txt"
        path.write_text(
            f"Headline {i}\nThe mayor said that the budget would rise by {i} percent.\n"
        )
        paths.append(str(path))
    result = invoke("-f", "jsonl", "--processes", "2", *paths)
    assert result.exit_code == 0, result.output
    headlines = [
        json.loads(line)["article"]["headline"]
        for line in result.stdout.splitlines()
        if line.startswith("{")
    ]
    assert headlines == [f"Headline {i}" for i in range(4)]


def test_an_empty_folder_is_an_input_error(tmp_path):
    result = invoke(str(tmp_path))
    assert result.exit_code == 3
    assert "no articles found" in result.stderr and str(tmp_path) in result.stderr
