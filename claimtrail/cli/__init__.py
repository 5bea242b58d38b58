"""The ``claimtrail`` command line: a thin layer over the library.

Each command group lives in its own module and registers itself on the apps built here, so
the stages (analyze, stance, store, serve, eval, train) stay independent of each other.
"""

from __future__ import annotations

import typer

from claimtrail.cli import (
    analyze_cmd,
    eval_quotes_cmd,
    serve_cmd,
    stance_cmd,
    store_cmd,
    train_quotes_cmd,
    watch_cmd,
)
from claimtrail.cli.apps import CliApps


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="claimtrail",
        help="Evidence-linked quotes, speakers, claims, stance and claim lifecycles from news.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    eval_app = typer.Typer(help="Measure quality on public gold data.", no_args_is_help=True)
    train_app = typer.Typer(help="Train the shipped models from public data.", no_args_is_help=True)
    app.add_typer(eval_app, name="eval")
    app.add_typer(train_app, name="train")
    apps = CliApps(main=app, eval=eval_app, train=train_app)
    for module in (
        analyze_cmd,
        eval_quotes_cmd,
        train_quotes_cmd,
        stance_cmd,
        store_cmd,
        serve_cmd,
        watch_cmd,
    ):
        module.register(apps)
    return app


def main() -> None:
    build_app()()
