"""The ``claimtrail`` command line: a thin layer over the library.

Each command group lives in its own module and registers itself on the apps built here, so
the stages (analyze, stance, store, serve, eval, train) stay independent of each other.
"""

from __future__ import annotations

from typing import Annotated

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
from claimtrail.cli.apps import CliApps, Group, tidy


def _print_version(value: bool) -> None:
    if value:
        from claimtrail.version import __version__

        typer.echo(f"claimtrail {__version__}")
        raise typer.Exit()


def _main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Evidence-linked quotes, speakers, claims, stance and claim lifecycles from news."""


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="claimtrail",
        cls=Group,
        callback=_main_options,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    eval_app = typer.Typer(
        help="Measure quality on public gold data.", no_args_is_help=True, cls=Group
    )
    train_app = typer.Typer(
        help="Train the shipped models from public data.", no_args_is_help=True, cls=Group
    )
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
    tidy(app)
    return app


def main() -> None:
    build_app()()
