"""`claimtrail train quotes --polnear DIR`: count the cue model from PolNeAR's train split.

It writes to ./trained/ unless told otherwise (retraining never edits the installed package);
``--check`` then says whether the new file is byte for byte the shipped one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from claimtrail.cli.apps import CliApps, handle_errors
from claimtrail.errors import InputError


def register(apps: CliApps) -> None:
    apps.train.command("quotes")(train_quotes)


TRAINED_DIR = Path("trained")


def shipped_model() -> Path:
    from claimtrail.extract.cues.model import MODEL_FILE

    return Path(__file__).resolve().parents[1] / "data" / "quotes" / MODEL_FILE


def same_as_shipped(new: Path, shipped: Path) -> bool:
    return shipped.exists() and new.read_bytes() == shipped.read_bytes()


@handle_errors
def train_quotes(
    polnear: Annotated[
        Path, typer.Option(help="PolNeAR train compartment (text/ + attributions/).")
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            help="Where to write the model (default: ./trained/cue_model.json; "
            "the shipped file is claimtrail/data/quotes/cue_model.json)."
        ),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 unless the new file equals the shipped one.")
    ] = False,
) -> None:
    """Learn which words introduce attributions and which dependents hold their content."""
    from claimtrail.extract.cues.model import save_cue_model
    from claimtrail.parse.nlp import load_nlp
    from claimtrail.train.quotes import train_cue_model

    if not (polnear / "text").is_dir() or not (polnear / "attributions").is_dir():
        raise InputError(
            "expected a PolNeAR compartment with text/ and attributions/", str(polnear)
        )
    nlp = load_nlp()
    total = len(list((polnear / "text").glob("*.txt")))
    with Progress() as progress:
        task = progress.add_task("parsing PolNeAR train", total=total)
        model = train_cue_model(nlp, polnear, lambda n: progress.advance(task, n))
    target = out or TRAINED_DIR / shipped_model().name
    target.parent.mkdir(parents=True, exist_ok=True)
    save_cue_model(model, target)
    typer.echo(f"cue model: {len(model.forms)} cue forms -> {target}")
    if same_as_shipped(target, shipped_model()):
        typer.echo(f"identical to the shipped model ({shipped_model()})")
    else:
        typer.echo(f"differs from the shipped model ({shipped_model()}); to ship it, copy it there")
        if check:
            raise typer.Exit(1)
