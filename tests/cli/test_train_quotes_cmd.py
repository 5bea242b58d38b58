"""``claimtrail train quotes``: writes beside the user, never into the package, and ``--check``
says whether retraining gave the shipped file (claimtrail/cli/train_quotes_cmd.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrail.cli import build_app
from claimtrail.cli.train_quotes_cmd import shipped_model
from tests.conftest import shared_data_dir
from tests.train.test_cue_training import ARTICLES, _ann

runner = CliRunner()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_default_out_is_not_the_shipped_model(tmp_path: Path, monkeypatch) -> None:
    polnear = tmp_path / "polnear"
    (polnear / "text").mkdir(parents=True)
    (polnear / "attributions").mkdir()
    for n, text in enumerate(ARTICLES * 2):
        (polnear / "text" / f"a{n}.txt").write_text(text)
        (polnear / "attributions" / f"a{n}_x.ann").write_text(_ann(text))
    shipped_before = _digest(shipped_model())
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(build_app(), ["train", "quotes", "--polnear", str(polnear), "--check"])
    assert (tmp_path / "trained" / "cue_model.json").is_file()
    assert _digest(shipped_model()) == shipped_before
    assert result.exit_code == 1 and "differs from the shipped model" in result.stdout


# Retraining is deterministic (hash seeds 1 and 2 and the CLI give the same bytes) and the
# shipped cue_model.json (cues-20) is exactly what the current trainer writes.
@pytest.mark.data
@pytest.mark.slow
def test_retraining_on_polnear_train_reproduces_the_shipped_file(tmp_path: Path) -> None:
    train = shared_data_dir() / "polnear" / "data" / "train"
    if not (train / "text").is_dir():
        pytest.skip(f"PolNeAR train not found at {train}")
    out = tmp_path / "cue_model.json"
    result = runner.invoke(
        build_app(), ["train", "quotes", "--polnear", str(train), "--out", str(out), "--check"]
    )
    assert result.exit_code == 0, result.output
    assert "identical to the shipped model" in result.stdout
