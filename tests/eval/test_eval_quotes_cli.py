"""``claimtrail eval quotes`` end to end with a stand-in analyzer (no model needed)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from claimtrail.cli import eval_quotes_cmd
from claimtrail.cli.apps import CliApps
from claimtrail.eval.quotes import predictions_from_analysis
from claimtrail.ingest.readers import RawArticle
from claimtrail.models import Analysis, Article, Quote, Speaker


def fake_analysis(raw: RawArticle) -> Analysis:
    text = raw.text
    start = text.index("We go")
    rain = text.index("rain")
    quotes = [
        Quote(
            id="q1",
            text="We go",
            start=start,
            end=start + 5,
            kind="direct",
            speaker=Speaker(name="Barack Obama", start=0, end=5),
        ),
        Quote(
            id="q2",
            text="rain",
            start=rain,
            end=rain + 4,
            kind="indirect",
            speaker=Speaker(name="Someone"),
        ),
    ]
    article = Article(path=raw.path, headline=raw.headline, text=text, body_start=raw.body_start)
    return Analysis(article=article, quotes=quotes)


class FakeAnalyzer:
    def __init__(self, **_: object) -> None:
        self.seen: list[str] = []

    def analyze_many(self, raws: Iterable[RawArticle]) -> Iterator[Analysis]:
        for raw in raws:
            yield fake_analysis(raw)


def cli() -> typer.Typer:
    app, eval_app = typer.Typer(), typer.Typer()
    app.add_typer(eval_app, name="eval")
    eval_quotes_cmd.register(CliApps(main=app, eval=eval_app, train=typer.Typer()))
    return app


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import claimtrail.pipeline

    monkeypatch.setattr(claimtrail.pipeline, "Analyzer", FakeAnalyzer)


def test_predictions_from_analysis_keep_spans_and_speaker() -> None:
    raw = RawArticle(text='Obama said: "We go." Then rain.', path="x.txt")
    preds = predictions_from_analysis(fake_analysis(raw))
    first = preds[0]
    assert (first.start, first.speaker_start, first.speaker_name) == (13, 0, "Barack Obama")
    assert preds[1].speaker_start is None and preds[1].speaker_name == "Someone"


@pytest.mark.usefixtures("fake_pipeline")
def test_json_report_and_errors_file(polnear_dir: Path, tmp_path: Path) -> None:
    root = polnear_dir
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        cli(),
        [
            "eval",
            "quotes",
            "--polnear",
            str(root),
            "--no-peer",
            "--format",
            "json",
            "--errors",
            str(errors),
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    ours = report["systems"]["claimtrail"]
    assert (ours["gold"], ours["pred"], ours["paired"], ours["exact_pairs"]) == (3, 2, 2, 1)
    # "rain" pairs with the source-less gold but names a speaker: wrong attribution.
    assert ours["attributed_pairs"] == 1
    assert list(report["systems"]) == ["claimtrail"]
    record = json.loads(errors.read_text(encoding="utf-8").splitlines()[0])
    assert record["doc"] == "story"
    assert [g["text"] for g in record["missed_gold"]] == ['"Stay," she added, "here."']
    assert record["missed_gold"][0]["cue"] == "added"
    assert record["boundary"][0]["gold"] == "that rain falls"
    assert record["wrong_speaker"][0]["pred"]["speaker_name"] == "Someone"


@pytest.mark.usefixtures("fake_pipeline")
def test_text_table_names_the_metrics(polnear_dir: Path) -> None:
    root = polnear_dir
    result = CliRunner().invoke(cli(), ["eval", "quotes", "--polnear", str(root), "--no-peer"])
    assert result.exit_code == 0, result.output
    for word in ("overlap", "exact", "attribution", "gold quotes", "claimtrail", "P / R / F1"):
        assert word in result.stdout


def test_a_folder_without_polnear_layout_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli(), ["eval", "quotes", "--polnear", str(tmp_path), "--no-peer"])
    assert result.exit_code == 3
    assert "not a PolNeAR compartment" in " ".join(result.output.split())
