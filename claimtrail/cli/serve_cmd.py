"""``claimtrail serve``: the REST API and the dashboard over a store (uvicorn, one process)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from claimtrail.cli.apps import CliApps, error_console, handle_errors

DEFAULT_DB = "sqlite:///claimtrail.db"


def register(apps: CliApps) -> None:
    apps.main.command("serve")(handle_errors(serve))


def serve(
    db: Annotated[str, typer.Option("--db", envvar="CLAIMTRAIL_DB",
                                    help="Store URL (sqlite:///file.db or postgresql://...).")
                  ] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on. Anything beyond localhost "
                                      "needs --token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535)] = 8000,
    demo: Annotated[bool, typer.Option("--demo", help="Load the bundled demo corpus into a "
                                       "fresh store (a temporary SQLite file unless --db is "
                                       "given).")] = False,
    token: Annotated[str | None, typer.Option(envvar="CLAIMTRAIL_API_TOKEN",
                                              help="API token that writing requests must send "
                                              "as 'Authorization: Bearer <token>'.")] = None,
    max_body_bytes: Annotated[int, typer.Option(min=1024, help="Largest request body accepted."
                                                )] = 1_048_576,
) -> None:
    """Serve the dashboard (http://HOST:PORT/) and the REST API (spec: /api/openapi.json)."""
    import uvicorn

    from claimtrail.api import Settings, create_app
    from claimtrail.api.settings import ConfigError

    with tempfile.TemporaryDirectory(prefix="claimtrail-demo-") as tmp:
        url = _demo_url(db, Path(tmp)) if demo else db
        try:
            settings = Settings(db_url=url, host=host, port=port, token=token,
                                max_body_bytes=max_body_bytes)
        except ValidationError as exc:
            raise ConfigError("; ".join(e["msg"].removeprefix("Value error, ")
                                        for e in exc.errors())) from None
        store = _open(settings.db_url, demo)
        try:
            app = create_app(settings, store=store)
            error_console().print(f"claimtrail: serving {settings.db_url} on "
                                  f"http://{host}:{port}/", highlight=False)
            uvicorn.run(app, host=host, port=port, log_level="warning")
        finally:
            store.close()


def _demo_url(db: str, tmp: Path) -> str:
    """A fresh store for the demo: the given URL only when the user names one explicitly."""
    return db if db != DEFAULT_DB else f"sqlite:///{tmp / 'demo.db'}"


def _open(url: str, demo: bool):  # type: ignore[no-untyped-def]
    from claimtrail.store import open_store

    store = open_store(url)
    if demo:
        from claimtrail.data.demo import load_demo

        load_demo(store)
    return store
