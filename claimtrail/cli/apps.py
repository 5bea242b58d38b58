"""The Typer apps every command module registers on, and the shared error handling."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

from claimtrail.errors import ClaimtrailError

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class CliApps:
    main: typer.Typer
    eval: typer.Typer
    train: typer.Typer


# What `--help` shows after an option that takes a value: words a user knows, never a Python
# type name (`<str>`, `<list[str]>`); a flag shows nothing.
_METAVARS = {str: "TEXT", int: "INTEGER", float: "NUMBER", bool: ""}


def _metavar(param: Any) -> str:
    desc = param.type_descriptor
    if getattr(param, "is_flag", False):
        return ""
    if desc.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in desc.choices or ())
    if isinstance(param, typer.core.TyperArgument):
        return (param.name or "value").upper()  # the usage line adds "..." to a list
    if desc.is_path:
        return "PATH"
    annotation = desc.annotation
    return _METAVARS.get(annotation, "VALUE") if isinstance(annotation, type) else "VALUE"


def _no_type(ctx: Any) -> str:
    return ""


class _Tidy:
    """Shared by our command and group classes: plain metavars, and errors said once, plainly."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if param.metavar is None:
                param.metavar = _metavar(param)
                if isinstance(param, typer.core.TyperArgument):
                    # an argument's name column already shows its metavar: no type column
                    setattr(param, "display_type_rich", _no_type)  # noqa: B010
        return params

    def make_context(
        self, info_name: Any, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        try:
            return super().make_context(info_name, args, parent, **extra)  # type: ignore[misc]
        except typer.BadParameter as exc:
            # pydantic's wording leaks through typer's coercion: "Value error, 'xml' is not…"
            exc.message = exc.message.removeprefix("Value error, ")
            raise


class Command(_Tidy, TyperCommand):
    pass


class Group(_Tidy, TyperGroup):
    pass


def tidy(app: typer.Typer) -> None:
    """Give every command registered on ``app`` and its sub-apps our command class (the apps
    themselves are built with ``cls=Group``)."""
    for command in app.registered_commands:
        if command.cls in (None, TyperCommand):
            command.cls = Command
    for group in app.registered_groups:
        if group.typer_instance is not None:
            tidy(group.typer_instance)


def error_console() -> Console:
    return Console(stderr=True)


def handle_errors(func: F) -> F:
    """Turn our typed errors into a one-line message and their exit code: no tracebacks."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ClaimtrailError as exc:
            error_console().print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            error_console().print("[yellow]interrupted[/]")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]
