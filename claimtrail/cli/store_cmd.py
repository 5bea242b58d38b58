"""Store commands: ``ingest``/``demo`` write; ``stories``, ``story``, ``claims``, ``claim``,
``article``, ``speaker``, ``speakers``, ``search`` and ``stats`` read. All take ``--db URL``
(else $CLAIMTRAIL_DB, else ./claimtrail.db) and ``--format text|json|csv``."""

from __future__ import annotations

import csv
import itertools
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from claimtrail.cli.apps import CliApps, error_console, handle_errors
from claimtrail.cli.scale_cmd import DaskOpt, WorkersOpt, distributed
from claimtrail.errors import InputError, StoreError
from claimtrail.wording import article_count, plural


class Format(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


class Search(StrEnum):
    hnsw = "hnsw"
    exact = "exact"


class Matcher(StrEnum):
    auto = "auto"
    model = "model"
    lexical = "lexical"


DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database URL or SQLite file (default: $CLAIMTRAIL_DB, else ./claimtrail.db)."
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


def _checked(name: str) -> Callable[[Any], Any]:
    """A callback that checks an option with the store's own rule (claimtrail.store.store), so
    a bad value is a usage error (exit 2) said before anything is opened."""

    def check(value: Any) -> Any:
        from claimtrail.store import store

        if value is None:
            return value
        try:
            getattr(store, name)(value)
        except InputError as exc:
            raise typer.BadParameter(str(exc)) from None
        return value

    return check


LimitOpt = Annotated[
    int, typer.Option(help="Rows per page (1 to 1000).", callback=_checked("_limit"))
]
OffsetOpt = Annotated[int, typer.Option(help="Rows to skip.", callback=_checked("_offset"))]
DEMO_PACKAGE = "claimtrail.data.demo"
DEMO_FILE = "articles.jsonl"


def register(apps: CliApps) -> None:
    for name, func in (
        ("ingest", ingest),
        ("demo", demo),
        ("stories", stories_cmd),
        ("story", story_cmd),
        ("claims", claims_cmd),
        ("claim", claim_cmd),
        ("article", article_cmd),
        ("speaker", speaker_cmd),
        ("speakers", speakers_cmd),
        ("search", search_cmd),
        ("stats", stats_cmd),
    ):
        apps.main.command(name)(func)


def _open(db: str | None, matcher: Matcher = Matcher.auto, *, must_exist: bool = False) -> Any:
    """The store at ``db``; the read commands (``must_exist``) refuse a SQLite file that is not
    there rather than create an empty one and report zeros."""
    from claimtrail.store import open_store

    if must_exist:
        _refuse_missing(db)
    return open_store(db, matcher=matcher.value)


def _refuse_missing(db: str | None) -> None:
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from claimtrail.store import resolve_url

    url = make_url(resolve_url(db))
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return
    if not Path(url.database).exists():
        raise StoreError(
            f"no store at {url.database} — run `claimtrail ingest` (or "
            "`claimtrail demo`) first, or name one with --db"
        )


# -- ingest -------------------------------------------------------------------------------------
@handle_errors
def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, directories, JSON/JSONL dumps, RSS/Atom feeds, saved HTML, - for stdin, "
            "http(s) URLs of pages, feeds and sitemaps."
        ),
    ] = None,
    db: DbOpt = None,
    demo_corpus: Annotated[
        bool, typer.Option("--demo", help="Ingest the bundled demo corpus.")
    ] = False,
    analyses: Annotated[
        bool,
        typer.Option(
            "--analyses",
            help="Inputs are `claimtrail analyze` output (files or folders of .jsonl, "
            ".jsonl.gz, .json, .parquet shards): store them without re-analysing, in "
            "publication order.",
        ),
    ] = False,
    batch_size: Annotated[
        int,
        typer.Option(
            "--batch-size",
            min=1,
            max=10_000,
            help="With --analyses: articles stored per transaction.",
        ),
    ] = 64,
    matcher: Annotated[
        Matcher, typer.Option(help="Claim matching: the sentence model, or lexical (no model).")
    ] = Matcher.auto,
    window: Annotated[
        float | None,
        typer.Option(
            "--window",
            min=0.001,
            help="Match claims and stories seen at most this many days before each article "
            "(default: all time).",
        ),
    ] = None,
    search: Annotated[
        Search,
        typer.Option(
            help="Nearest-claim search: an HNSW index, or exact (every stored claim; the "
            "reference, slow at scale)."
        ),
    ] = Search.hnsw,
    model: Annotated[str | None, typer.Option(help="spaCy model name.")] = None,
    no_stance_model: Annotated[
        bool, typer.Option("--no-stance-model", help="Stance by rules only.")
    ] = False,
    fmt: FormatOpt = Format.text,
    dask: DaskOpt = None,
    workers: WorkersOpt = None,
) -> None:
    """Analyse articles and store them; already stored texts are recognised and skipped."""
    from claimtrail.ingest.inputs import read_inputs
    from claimtrail.ingest.shards import AnalysisShards
    from claimtrail.loader import Loader
    from claimtrail.store import open_store

    args = list(paths or [])
    if demo_corpus:
        args.append(str(resources.files(DEMO_PACKAGE) / DEMO_FILE))
    if not args:
        raise typer.BadParameter("name files or directories, or use --demo", param_hint="PATHS")
    if distributed(dask, workers):
        if analyses:
            raise typer.BadParameter("--analyses stores finished analyses: nothing to distribute")
        _ingest_distributed(args, db, matcher, dask, workers, model, no_stance_model, fmt)
        return
    shards: AnalysisShards | None = None
    if analyses:
        shards = AnalysisShards.scan(args)
        items: Iterable[Any] = itertools.chain(shards.failures, shards)  # streamed
        total = len(shards) + len(shards.failures)
        if not len(shards):
            shards.close()
            _refuse_unreadable(list(shards.failures) or [], args)
    else:
        items = list(read_inputs(args, absolute=True))
        total = len(items)
        _refuse_unreadable(list(items), args)

    def make_analyzer() -> Any:
        from claimtrail.pipeline import Analyzer

        return Analyzer(model_name=model, use_stance_model=not no_stance_model)

    store = open_store(db, matcher=matcher.value, search=search.value, window_days=window)
    started = time.perf_counter()
    try:
        with _progress_bar(total) as advance:
            loader = Loader(store, make_analyzer, advance)
            if analyses:
                report = loader.load_analyses(items, batch_size=batch_size)
            else:
                report = loader.load(items)
        _record_events(store.url)
    finally:
        store.close()
        if shards is not None:
            shards.close()
    _print_ingest_report(report, time.perf_counter() - started, fmt)
    if report.skipped:
        raise typer.Exit(1)


def _ingest_distributed(
    args: list[str],
    db: str | None,
    matcher: Matcher,
    dask: str | None,
    workers: int | None,
    model: str | None,
    no_stance_model: bool,
    fmt: Format,
) -> None:
    """``ingest --workers N`` / ``--dask ADDRESS``: the cluster analyses the shards; this
    process stores the analyses in input order (so the store ends as a one-process ingest
    leaves it) while the workers go on with the shards after them."""
    from claimtrail.cli.scale_cmd import client_or_none, shard_progress
    from claimtrail.ingest.readers import InputFailure
    from claimtrail.link.embed import embedder_choice
    from claimtrail.loader import Loader
    from claimtrail.scale.run import RunSummary, analyses_in_order
    from claimtrail.scale.shards import parts_cache, plan_shards
    from claimtrail.scale.work import AnalysisOptions, KnownTexts

    # no output folder: the parts of large inputs are remembered in the user's cache
    shards = plan_shards(args, absolute=True, out_dir=parts_cache())
    missing = [f.name for s in shards for f in s.files if not Path(f.path).exists()]
    if not shards or len(missing) == sum(len(s.files) for s in shards):
        # nothing readable: refused before the store is opened, as a one-process ingest does
        _refuse_unreadable([InputFailure(m, "no such file") for m in missing], args)
    store = _open(db, matcher)
    started = time.perf_counter()
    summary = RunSummary()
    try:
        # The workers encode the link texts with the store's embedder (the client then runs no
        # sentence model); another embedder than the two built in is left to this process.
        options = AnalysisOptions(
            model, not no_stance_model, embedder=embedder_choice(store.embedder())
        )
        known_texts = KnownTexts(store.content_hashes())  # not analysed again on the workers
        with client_or_none(dask, workers, options) as client:
            with shard_progress(len(shards), "ingest") as advance:
                items = analyses_in_order(client, shards, options, summary, advance, known_texts)
                # A text stored earlier in this run comes back analysed (the workers knew only
                # what the store held before): the store records it as a copy all the same,
                # and encodes no vectors for it (``Store.prepare_vectors``).
                report = Loader(store, _no_analyzer).load_analyses(items)
        report.warnings.extend(summary.warnings())
        report.analysed = summary.analysed
        _record_events(store.url)
    finally:
        store.close()
    _print_ingest_report(report, time.perf_counter() - started, fmt)
    if report.skipped:
        raise typer.Exit(1)


def _no_analyzer() -> Any:
    raise AssertionError("the workers analyse; this process only stores")


def _refuse_unreadable(items: list[Any], args: list[str]) -> None:
    """Nothing readable among the inputs: input error (exit 3) as with `analyze`, said before
    the store is opened, so a mistyped path creates no empty database. Some readable: the batch
    goes on and the unreadable ones are listed (exit 1)."""
    from claimtrail.ingest.readers import InputFailure

    if not items:
        raise InputError("no articles found (an empty folder?)", " ".join(args))
    failures = [item for item in items if isinstance(item, InputFailure)]
    if len(failures) < len(items):
        return
    if len(failures) == 1:
        raise InputError(failures[0].message, failures[0].path)  # one line: "error: …"
    err = error_console()
    err.print(f"[bold]{plural(len(failures), 'input')} failed[/] (nothing stored):")
    for failure in failures:
        err.print(f"  {failure.path}: {failure.message}", highlight=False, soft_wrap=True)
    raise typer.Exit(InputError.exit_code)


def _record_events(url: str) -> None:
    """The ingest's status changes, new claims and stories as events (see docs/watch.md)."""
    from claimtrail.store.events import EventLog

    with EventLog(url) as log:
        log.collect()


@contextmanager
def _progress_bar(total: int) -> Iterator[Callable[[str], None]]:
    progress = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=error_console(),
        transient=True,
    )
    task = progress.add_task("", total=total)
    with progress:
        yield lambda label: progress.update(task, advance=1, description=label[-50:])


def _print_ingest_report(report: Any, seconds: float, fmt: Format) -> None:
    summary = {
        "outcomes": dict(report.outcomes),
        "stored_or_linked": report.stored,
        "analysed": report.analysed,
        "stories_touched": len(report.stories),
        "status_changes": report.status_changes,
        "skipped": [{"input": s.path, "reason": s.message} for s in report.skipped],
        "warnings": report.warnings,
        "seconds": round(seconds, 2),
    }
    for warning in report.warnings:  # on stderr whatever the format, as `analyze` does
        error_console().print(f"[yellow]warning:[/] {warning}", highlight=False)
    if fmt is Format.json:
        print(json.dumps(summary, indent=2))
        return
    if fmt is Format.csv:
        _write_csv([{"outcome": k, "count": v} for k, v in summary["outcomes"].items()])
        return
    err = error_console()
    parts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(report.outcomes.items()))
    err.print(
        f"[bold]{plural(report.stored, 'article')}[/] in {seconds:.1f}s: "
        f"{parts or 'none'}; {plural(len(report.stories), 'story', 'stories')} touched, "
        f"{plural(report.status_changes, 'claim-status change')}",
        highlight=False,
    )
    for item in report.skipped:
        err.print(f"[red]skipped[/] {item.path}: {item.message}", highlight=False)
    if report.skipped:
        err.print(f"[yellow]{plural(len(report.skipped), 'input')} skipped[/] (listed above)")


@handle_errors
def demo(db: DbOpt = None, matcher: Annotated[Matcher, typer.Option()] = Matcher.auto) -> None:
    """Store the bundled demo corpus (two rumours over ten days) and show its stories."""
    ingest([], db=db, demo_corpus=True, matcher=matcher)
    stories_cmd(db=db)


# -- reads ------------------------------------------------------------------------------------
@handle_errors
def stories_cmd(
    db: DbOpt = None, limit: LimitOpt = 20, offset: OffsetOpt = 0, fmt: FormatOpt = Format.text
) -> None:
    """Stories, most recently changed first."""
    with _open(db, must_exist=True) as store:
        page = store.list_stories(limit=limit, offset=offset)
    _emit_page(
        page,
        fmt,
        ["id", "article_count", "central_status", "first_seen", "last_seen", "title"],
        "stories",
    )


@handle_errors
def story_cmd(
    story_id: Annotated[int, typer.Argument(help="Story id (see `stories`).")],
    db: DbOpt = None,
    fmt: FormatOpt = Format.text,
) -> None:
    """One story: its articles, its claims' lifecycles, and the voices heard in it."""
    with _open(db, must_exist=True) as store:
        story = store.get_story(story_id)
    if fmt is not Format.text:
        _emit(
            story,
            fmt,
            [
                c.model_dump(
                    exclude={"lifecycle", "evidence", "status_history", "echo_edges", "variants"}
                )
                for c in story.claims
            ],
        )
        return
    from claimtrail.store.render import print_story

    print_story(Console(), story)


@handle_errors
def claims_cmd(
    db: DbOpt = None,
    status: Annotated[
        str | None,
        typer.Option(
            help="reported, asserted, denied, confirmed, contested, alleged or unresolved."
        ),
    ] = None,
    entity: Annotated[str | None, typer.Option(help="A named entity, e.g. Xiaomi.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Seen on or after (ISO date).", callback=_checked("_time"))
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(help="First seen on or before (ISO date).", callback=_checked("_time")),
    ] = None,
    story: Annotated[int | None, typer.Option(help="Only this story's claims.")] = None,
    limit: LimitOpt = 20,
    offset: OffsetOpt = 0,
    fmt: FormatOpt = Format.text,
) -> None:
    """Claims across all articles, with their current status."""
    _check_status(status)
    with _open(db, must_exist=True) as store:
        page = store.list_claims(
            status=status,
            entity=entity,
            since=since,
            until=until,
            story_id=story,
            limit=limit,
            offset=offset,
        )
    _emit_page(
        page,
        fmt,
        ["id", "status", "article_count", "independent_source_count", "story_id", "text"],
        "claims",
    )


def _check_status(status: str | None) -> None:
    from claimtrail.status import STATUSES

    if status is not None and status not in STATUSES:
        raise typer.BadParameter(
            f"{status!r} is not a status; choose from {', '.join(STATUSES)}", param_hint="--status"
        )


@handle_errors
def claim_cmd(
    claim_id: Annotated[int, typer.Argument(help="Claim id.")],
    db: DbOpt = None,
    fmt: FormatOpt = Format.text,
) -> None:
    """One claim's lifecycle: who reported, echoed, denied or confirmed it, and when."""
    with _open(db, must_exist=True) as store:
        claim = store.get_claim(claim_id)
    if fmt is not Format.text:
        _emit(claim, fmt, [e.model_dump() for e in claim.lifecycle])
        return
    from claimtrail.store.render import print_claim

    print_claim(Console(), claim)


@handle_errors
def article_cmd(
    article_id: Annotated[int, typer.Argument(help="Article id.")],
    db: DbOpt = None,
    fmt: FormatOpt = Format.text,
) -> None:
    """One stored article with its analysis, revisions and linked copies."""
    with _open(db, must_exist=True) as store:
        article = store.get_article(article_id)
    if fmt is Format.text:
        fmt = Format.json  # an analysis reads best as JSON; `claimtrail analyze` renders text
    _emit(article, fmt, [article.model_dump(exclude={"analysis", "revisions", "duplicates"})])


@handle_errors
def speaker_cmd(
    name: Annotated[str, typer.Argument(help="A name variant or a speaker id.")],
    db: DbOpt = None,
    fmt: FormatOpt = Format.text,
) -> None:
    """One speaker across articles: name variants, profile, quotes over time."""
    with _open(db, must_exist=True) as store:
        speaker = store.get_speaker(name)
    if fmt is not Format.text:
        _emit(speaker, fmt, [q.model_dump() for q in speaker.quotes])
        return
    from claimtrail.store.render import print_speaker

    print_speaker(Console(), speaker)


@handle_errors
def speakers_cmd(
    db: DbOpt = None,
    q: Annotated[str | None, typer.Option(help="Part of a name.")] = None,
    limit: LimitOpt = 20,
    offset: OffsetOpt = 0,
    fmt: FormatOpt = Format.text,
) -> None:
    """Speakers, most quoted first."""
    with _open(db, must_exist=True) as store:
        page = store.list_speakers(q=q, limit=limit, offset=offset)
    _emit_page(
        page, fmt, ["id", "name", "kind", "quote_count", "article_count", "role"], "speakers"
    )


@handle_errors
def search_cmd(
    query: Annotated[str, typer.Argument(help="Words to find.")],
    db: DbOpt = None,
    limit: LimitOpt = 20,
    offset: OffsetOpt = 0,
    fmt: FormatOpt = Format.text,
) -> None:
    """Full-text search over articles, claims and quotes."""
    with _open(db, must_exist=True) as store:
        page = store.search(query, limit=limit, offset=offset)
    _emit_page(page, fmt, ["kind", "id", "article_id", "score", "snippet"], "hits")


@handle_errors
def stats_cmd(db: DbOpt = None, fmt: FormatOpt = Format.text) -> None:
    """Counts: articles, duplicates, revisions, stories, claims by status, quotes, speakers."""
    with _open(db, must_exist=True) as store:
        stats = store.stats()
    flat = {k: v for k, v in stats.model_dump().items() if k != "claims_by_status"}
    flat |= {f"claims_{k}": v for k, v in stats.claims_by_status.items()}
    if fmt is Format.text:
        # Articles said as `story` and the dashboard say them: the originals, copies apart.
        copies = stats.duplicates + stats.near_duplicates
        said = {"articles": article_count(stats.originals, copies), "stored rows": stats.articles}
        shown = said | {k: v for k, v in flat.items() if k not in ("articles", "originals")}
        table = Table(show_header=False, box=None)
        for key, value in shown.items():
            table.add_row(key.replace("_", " "), str(value))
        Console().print(table)
        return
    _emit(stats, fmt, [{"name": k, "value": v} for k, v in flat.items()])


# -- output -----------------------------------------------------------------------------------
def _emit(model: BaseModel, fmt: Format, rows: list[dict[str, Any]]) -> None:
    if fmt is Format.csv:
        _write_csv(rows)
    else:
        print(model.model_dump_json(indent=2))


def _emit_page(page: Any, fmt: Format, columns: list[str], noun: str) -> None:
    if fmt is Format.json:
        print(page.model_dump_json(indent=2))
        return
    rows = [item.model_dump() for item in page.items]
    if fmt is Format.csv:
        _write_csv(rows)
        return
    table = Table(
        title=f"{noun} {page.offset + 1}–{page.offset + len(rows)} of {page.total}"
        if rows
        else f"no {noun}"
    )
    for column in columns:
        when = column in _TIME_COLUMNS
        table.add_column(
            _HEADERS.get(column, column.replace("_", " ")), overflow="fold", no_wrap=when
        )
    for row in rows:
        table.add_row(
            *(_when(row.get(c)) if c in _TIME_COLUMNS else _cell(row.get(c)) for c in columns)
        )
    Console().print(table)


_HEADERS = {
    "article_count": "articles",
    "independent_source_count": "sources",
    "central_status": "status",
    "quote_count": "quotes",
}
_TIME_COLUMNS = frozenset({"first_seen", "last_seen", "published", "ingested_at"})


def _when(value: Any) -> str:
    """A stored time for a list's cell: its UTC day, never wrapped (the JSON has it whole;
    `story`, `claim` and `speaker` show hours and minutes)."""
    from datetime import UTC, datetime

    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return _cell(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC)
    return f"{parsed:%Y-%m-%d}"


def _cell(value: Any) -> str:
    return "" if value is None else escape(str(value))  # "[tariff]" is text, not markup


def _write_csv(rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    if not rows:
        return
    fields = list(rows[0])
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: json.dumps(v) if isinstance(v, list | dict) else v for k, v in row.items()}
        )
