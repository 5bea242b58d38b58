"""``claimtrail serve``: the REST API and the dashboard over a store (uvicorn; one process, or
``--workers N`` processes sharing the listening socket, each with its own store connections)."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError

from claimtrail.cli.apps import CliApps, error_console, handle_errors

if TYPE_CHECKING:
    from fastapi import FastAPI

    from claimtrail.api.context import ArticleAnalyzer
    from claimtrail.store import Store

# How `serve --workers N` hands its checked settings to the worker processes uvicorn starts
# (they import ``worker_app`` afresh; nothing else crosses the process boundary).
WORKER_ENV = "CLAIMTRAIL_SERVE_WORKER"


def register(apps: CliApps) -> None:
    apps.main.command("serve")(handle_errors(serve))


def serve(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="CLAIMTRAIL_DB",
            help="Store URL (sqlite:///file.db or postgresql://...); default ./claimtrail.db.",
        ),
    ] = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on. Anything beyond localhost needs --token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535)] = 8000,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo",
            help="Load the bundled demo corpus into a "
            "fresh store (a temporary SQLite file unless --db is "
            "given).",
        ),
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="CLAIMTRAIL_API_TOKEN",
            help="API token that writing requests must send as 'Authorization: Bearer <token>'.",
        ),
    ] = None,
    max_body_bytes: Annotated[
        int, typer.Option(min=1024, help="Largest request body accepted.")
    ] = 1_048_576,
    no_stance_model: Annotated[
        bool, typer.Option("--no-stance-model", help="Stance by rules only.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Server processes. Each serves requests on a thread pool; more processes use "
            "more cores (Python runs one thread at a time per process). Each one that receives "
            "a POST loads its own analyser (~0.6 GB).",
        ),
    ] = 1,
    page_cache_mb: Annotated[
        int,
        typer.Option(
            min=0,
            help="Memory per process for rendered story and list pages, kept until the store "
            "changes (any writer's change is seen on the next request); 0 renders every page.",
        ),
    ] = 64,
) -> None:
    """Serve the dashboard (http://127.0.0.1:8000/) and the REST API (docs at /docs)."""
    import uvicorn

    from claimtrail.api import Settings
    from claimtrail.api.settings import ConfigError
    from claimtrail.app import create_app
    from claimtrail.store import open_store

    with tempfile.TemporaryDirectory(prefix="claimtrail-demo-") as tmp:
        url = db or f"sqlite:///{Path(tmp) / 'demo.db'}" if demo else db
        try:
            settings = Settings(
                db_url=url,
                host=host,
                port=port,
                token=token,
                max_body_bytes=max_body_bytes,
                page_cache_bytes=page_cache_mb * 1024 * 1024,
            )
        except ValidationError as exc:
            raise ConfigError(
                "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
            ) from None
        _check_port_free(host, port)
        _cleanup_on_sigterm()
        with open_store(settings.db_url) as store:
            analyzer = _lazy(lambda: _analyzer(use_stance_model=not no_stance_model))
            if demo:
                load_demo(store, analyzer)
            app = create_app(settings, store=store, analyzer_factory=analyzer)
            base = f"http://{host}:{port}"
            error_console().print(
                f"claimtrail: dashboard on {base}/ , API docs on {base}/docs (Ctrl-C stops)",
                highlight=False,
                soft_wrap=True,
            )
            if settings.token_generated:
                error_console().print(
                    f"claimtrail: writing needs 'Authorization: Bearer "
                    f"{settings.token}' (a token made for this run; pass "
                    "--token to choose one)",
                    highlight=False,
                    soft_wrap=True,
                )
            if workers == 1:
                uvicorn.run(app, host=host, port=port, log_level="warning")
                return
            # The store is open and migrated here (and the demo loaded): the workers only read
            # it, and write through the same write lock as any other writer.
            os.environ[WORKER_ENV] = json.dumps(
                {
                    "settings": settings.model_dump(mode="json"),
                    "stance_model": not no_stance_model,
                }
            )
            uvicorn.run(
                f"{__name__}:worker_app",
                factory=True,
                host=host,
                port=port,
                workers=workers,
                log_level="warning",
            )


def worker_app() -> FastAPI:
    """The app of one `serve --workers N` process, from the settings its parent checked."""
    from claimtrail.api import Settings
    from claimtrail.app import create_app

    spec = json.loads(os.environ[WORKER_ENV])
    stance_model = bool(spec["stance_model"])
    return create_app(
        Settings.model_validate(spec["settings"]),
        analyzer_factory=lambda: _analyzer(use_stance_model=stance_model),
    )


def _check_port_free(host: str, port: int) -> None:
    """Refuse a port another program holds before saying "dashboard on …" (uvicorn would only
    log the failure after the banner)."""
    import socket

    from claimtrail.api.settings import ConfigError

    if port == 0:
        return
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise ConfigError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc} (is another "
            "server running there? choose another --port)"
        ) from None


def _cleanup_on_sigterm() -> None:
    """uvicorn stops gracefully on SIGTERM and then raises the signal again; without a handler
    of ours that kills the process before the store closes and `--demo`'s temporary database
    is removed. With this one, the re-raised signal is a SystemExit that unwinds both."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)


def load_demo(store: Store, analyzer: Callable[[], ArticleAnalyzer]) -> None:
    """Analyse and store the bundled demo corpus (the ingest command's loader does the work)."""
    from claimtrail.cli.store_cmd import DEMO_FILE, DEMO_PACKAGE
    from claimtrail.ingest.inputs import read_inputs
    from claimtrail.loader import Loader

    path = resources.files(DEMO_PACKAGE) / DEMO_FILE
    report = Loader(store, analyzer).load(read_inputs([str(path)]))  # type: ignore[arg-type]
    error_console().print(
        f"claimtrail: demo corpus loaded ({report.stored} articles, {len(report.stories)} stories)",
        highlight=False,
    )


def _analyzer(use_stance_model: bool) -> ArticleAnalyzer:
    from claimtrail.pipeline import Analyzer

    return Analyzer(use_stance_model=use_stance_model)


def _lazy(factory: Callable[[], ArticleAnalyzer]) -> Callable[[], ArticleAnalyzer]:
    """One analyser shared by the demo load and the API, created on first use."""
    made: list[ArticleAnalyzer] = []

    def get() -> ArticleAnalyzer:
        if not made:
            made.append(factory())
        return made[0]

    return get
