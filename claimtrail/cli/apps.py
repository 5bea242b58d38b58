"""The Typer apps every command module registers on, and the shared error handling."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import typer
from rich.console import Console

from claimtrail.errors import ClaimtrailError

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class CliApps:
    main: typer.Typer
    eval: typer.Typer
    train: typer.Typer


def error_console() -> Console:
    return Console(stderr=True)


def handle_errors(func: F) -> F:
    """Turn our typed errors into a one-line message and their exit code: no tracebacks."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ClaimtrailError as exc:
            error_console().print(f"[bold red]error:[/] {exc}", highlight=False)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            error_console().print("[yellow]interrupted[/]")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]
