"""Placeholder: this command group is registered here once it is built."""

from __future__ import annotations

from claimtrail.cli.apps import CliApps


def register(apps: CliApps) -> None:
    return None
