"""The stance commands end to end, on invented data and the tiny model (no shared data)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import typer
from click.testing import Result
from typer.testing import CliRunner

from claimtrail.cli import stance_cmd
from claimtrail.cli.apps import CliApps
from claimtrail.stance import model_file

from .conftest import invented_emergent_rows, invented_fnc_pairs


@pytest.fixture()
def app() -> typer.Typer:
    main, eval_app, train_app = typer.Typer(), typer.Typer(), typer.Typer()
    main.add_typer(eval_app, name="eval")
    main.add_typer(train_app, name="train")
    stance_cmd.register(CliApps(main=main, eval=eval_app, train=train_app))
    return main


@pytest.fixture()
def tiny_model_dir(tiny_model, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "model"
    model_file.save_stance_model(tiny_model, directory, {"note": "tiny"})
    monkeypatch.setattr(model_file, "default_model_dir", lambda: directory)
    return directory


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _fnc_files(directory: Path) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    pairs = invented_fnc_pairs()
    bodies = {p.body_id: p.body for p in pairs}
    bodies_path = _write_csv(
        directory / "train_bodies.csv",
        ["Body ID", "articleBody"],
        [[i, b] for i, b in bodies.items()],
    )
    stances_path = _write_csv(
        directory / "train_stances.csv",
        ["Headline", "Body ID", "Stance"],
        [[p.headline, p.body_id, p.stance or ""] for p in pairs],
    )
    return bodies_path, stances_path


def _emergent_file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = invented_emergent_rows()
    return _write_csv(
        path,
        ["", "claimHeadline", "articleHeadline", "articleHeadlineStance", "articleId", "claimId"],
        [
            [str(i), r.claim, r.headline, r.stance or "", f"a{i}", r.claim_id]
            for i, r in enumerate(rows)
        ],
    )


def test_eval_fnc1_scores_and_writes_predictions_in_order(
    app, tiny_model_dir, tmp_path: Path
) -> None:
    bodies, stances = _fnc_files(tmp_path / "fnc")
    out = tmp_path / "pred.csv"
    result = CliRunner().invoke(
        app,
        ["eval", "fnc1", "--bodies", str(bodies), "--stances", str(stances), "--predict", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert "FNC score" in result.output and "macro-F1" in result.output
    with stances.open() as gold, out.open() as predicted:
        gold_rows, predicted_rows = list(csv.reader(gold)), list(csv.reader(predicted))
    assert predicted_rows[0] == ["Headline", "Body ID", "Stance"]
    assert [r[:2] for r in predicted_rows] == [r[:2] for r in gold_rows]


def test_eval_fnc1_unknown_body_id_exits_3_naming_file_and_row(
    app, tiny_model_dir, tmp_path: Path
) -> None:
    bodies, _ = _fnc_files(tmp_path / "fnc")
    stances = _write_csv(
        tmp_path / "bad.csv", ["Headline", "Body ID"], [["H", "0-agree"], ["H", "99"]]
    )
    result = CliRunner().invoke(
        app, ["eval", "fnc1", "--bodies", str(bodies), "--stances", str(stances)]
    )
    assert result.exit_code == 3
    assert "bad.csv: row 2: Body ID '99'" in " ".join(result.output.split())


def test_eval_emergent_with_the_model_and_by_cross_validation(
    app, tiny_model_dir, tmp_path: Path
) -> None:
    data = _emergent_file(tmp_path / "emergent.csv")
    out = tmp_path / "pred.csv"
    result = CliRunner().invoke(
        app, ["eval", "emergent", "--csv", str(data), "--predict", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "accuracy" in result.output and out.read_text().splitlines()[0].endswith(
        "predictedStance"
    )
    result = CliRunner().invoke(app, ["eval", "emergent", "--csv", str(data), "--cv", "2"])
    assert result.exit_code == 0, result.output
    assert "2-fold cross-validation grouped by claim" in result.output


def test_missing_model_exits_4(app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_file, "default_model_dir", lambda: tmp_path / "nothing")
    data = _emergent_file(tmp_path / "emergent.csv")
    result = CliRunner().invoke(app, ["eval", "emergent", "--csv", str(data)])
    assert result.exit_code == 4 and "claimtrail train stance" in result.output


def test_empty_claim_exits_3(app, tiny_model_dir, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nBody.")
    result = CliRunner().invoke(app, ["stance", "--claim", " ", str(article)])
    assert result.exit_code == 3 and "--claim is empty" in result.output


def test_train_stance_writes_a_loadable_model(app, tmp_path: Path) -> None:
    _fnc_files(tmp_path / "fnc")
    _emergent_file(tmp_path / "emergent" / "url-versions-2015-06-14-clean-train.csv")
    out = tmp_path / "model"
    result = CliRunner().invoke(
        app,
        [
            "train",
            "stance",
            "--fnc1",
            str(tmp_path / "fnc"),
            "--emergent",
            str(tmp_path / "emergent"),
            "--out",
            str(out),
            "--threads",
            "1",
            "--cv-folds",
            "2",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "2 claim-disjoint folds" in result.output and "grouped by claim" in result.output
    manifest = json.loads((out / model_file.MANIFEST_FILE).read_text())
    assert manifest["training"]["fnc1_pairs"] == len(invented_fnc_pairs())
    assert len(manifest["training"]["fnc1_claim_cv"]["per_fold"]) == 2
    assert model_file.load_stance_model(out).version == manifest["version"]


def test_train_stance_check_compares_with_the_shipped_model_file(
    app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fnc_files(tmp_path / "fnc")
    _emergent_file(tmp_path / "emergent" / "url-versions-2015-06-14-clean-train.csv")

    def train(out: Path) -> Result:
        arguments = ["train", "stance", "--fnc1", str(tmp_path / "fnc"), "--emergent"]
        arguments += [str(tmp_path / "emergent"), "--out", str(out), "--check"]
        return CliRunner().invoke(app, arguments)

    monkeypatch.setattr(model_file, "default_model_dir", lambda: tmp_path / "none")
    assert train(tmp_path / "first").exit_code == 1  # no shipped model to equal
    # the same data give the same file, byte for byte: "shipping" the first, the second equals it
    monkeypatch.setattr(model_file, "default_model_dir", lambda: tmp_path / "first")
    second = train(tmp_path / "second")
    assert second.exit_code == 0, second.output
    assert "identical to the shipped model" in second.output
    first_manifest = json.loads((tmp_path / "first" / model_file.MANIFEST_FILE).read_text())
    first_manifest["sha256"] = "0" * 64
    (tmp_path / "first" / model_file.MANIFEST_FILE).write_text(json.dumps(first_manifest))
    third = train(tmp_path / "third")
    assert third.exit_code == 1 and "differs from the shipped model" in third.output


@pytest.mark.slow
def test_stance_command_reports_article_and_quotes(app, tiny_model_dir, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Mayor Smith resigned, reports say\n\n"
        '"It is a hoax," said council spokesman John Brown. "The mayor is at work."\n'
    )
    result = CliRunner().invoke(
        app, ["stance", "--claim", "Mayor Smith resigned", "--format", "json", str(article)]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["claim"] == "Mayor Smith resigned"
    (only,) = document["articles"]
    assert set(only["stance"]["scores"]) == {"agree", "disagree", "discuss", "unrelated"}
    assert all("stance" in q for q in only["quotes"])
