"""`claimtrail train quotes --polnear DIR`: count the cue model from PolNeAR's train split."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from claimtrail.cli.apps import CliApps, handle_errors
from claimtrail.errors import InputError


def register(apps: CliApps) -> None:
    apps.train.command("quotes")(train_quotes)


def _default_out() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "quotes" / "cue_model.json"


@handle_errors
def train_quotes(
    polnear: Annotated[
        Path, typer.Option(help="PolNeAR train compartment (text/ + attributions/).")
    ],
    out: Annotated[
        Path | None, typer.Option(help="Where to write the model (default: the packaged file).")
    ] = None,
) -> None:
    """Learn which words introduce attributions and which dependents hold their content."""
    from claimtrail.extract.cue_model import save_cue_model
    from claimtrail.extract.cue_training import train_cue_model
    from claimtrail.parse.nlp import load_nlp

    if not (polnear / "text").is_dir() or not (polnear / "attributions").is_dir():
        raise InputError(
            "expected a PolNeAR compartment with text/ and attributions/", str(polnear)
        )
    nlp = load_nlp()
    total = len(list((polnear / "text").glob("*.txt")))
    with Progress() as progress:
        task = progress.add_task("parsing PolNeAR train", total=total)
        model = train_cue_model(nlp, polnear, lambda n: progress.advance(task, n))
    target = out or _default_out()
    target.parent.mkdir(parents=True, exist_ok=True)
    save_cue_model(model, target)
    typer.echo(f"cue model: {len(model.forms)} cue forms -> {target}")
