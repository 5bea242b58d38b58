"""The distributed side of ``analyze`` and ``ingest``: ``--out DIR``, ``--workers N`` and
``--dask ADDRESS`` (claimtrail.scale does the work; this module checks the options and
reports)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from claimtrail.cli.apps import error_console
from claimtrail.errors import InputError
from claimtrail.ingest.readers import InputFailure
from claimtrail.wording import plural

if TYPE_CHECKING:
    from claimtrail.scale.run import RunSummary
    from claimtrail.scale.shards import ShardReport
    from claimtrail.scale.work import AnalysisOptions

DaskOpt = Annotated[
    str | None,
    typer.Option(
        "--dask",
        help="Run the analysis on the Dask scheduler at this address (e.g. tcp://host:8786); "
        "its workers need claimtrail, the model and the input files.",
    ),
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        help="Run the analysis on a local Dask cluster of this many worker processes.",
        min=1,
    ),
]
OutOpt = Annotated[
    Path | None,
    typer.Option(
        "--out",
        help="Write the analyses to this folder as Parquet and JSON Lines shards, one per input "
        "shard; a rerun skips the shards already there.",
        file_okay=False,
    ),
]
REPORT_FILE = "_report.json"


def distributed(dask: str | None, workers: int | None) -> bool:
    """Whether the options ask for a Dask run (and not for two kinds at once)."""
    if dask and workers:
        raise typer.BadParameter("give --dask ADDRESS or --workers N, not both")
    return bool(dask or workers)


def client_or_none(
    dask: str | None, workers: int | None, options: AnalysisOptions
) -> AbstractContextManager[Any]:
    from claimtrail.scale.run import dask_client

    if not distributed(dask, workers):
        return nullcontext(None)
    return dask_client(dask, workers, options)


@contextmanager
def shard_progress(total: int | None, label: str) -> Iterator[Callable[[ShardReport], None]]:
    progress = Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("shards"),
        TimeElapsedColumn(),
        console=error_console(),
        transient=True,
    )
    task = progress.add_task("", total=total)
    with progress:
        yield lambda _report: progress.update(task, advance=1)


def analyze_to_folder(
    articles: list[str],
    out: Path,
    dask: str | None,
    workers: int | None,
    options: AnalysisOptions,
) -> None:
    """``claimtrail analyze … --out DIR``: shards of analyses in DIR, in this process or on a
    Dask cluster; the failures of every shard listed at the end."""
    from claimtrail.scale.run import run_to_folder
    from claimtrail.scale.shards import plan_shards, read_done

    shards = plan_shards(articles, out_dir=out)
    if not shards:
        raise InputError("no articles found (an empty folder?)", " ".join(articles))
    if all(read_done(out, s.key) is not None for s in shards):
        dask = workers = None  # nothing left to analyse: no cluster to start
    with client_or_none(dask, workers, options) as client:
        with shard_progress(len(shards), "analyze") as advance:
            summary = run_to_folder(client, shards, out, options, advance)
    _write_report(out, summary)
    for warning in summary.warnings():
        error_console().print(f"[yellow]warning:[/] {warning}", highlight=False)
    earlier = f", {summary.skipped} done by an earlier run" if summary.skipped else ""
    error_console().print(
        f"[bold]{plural(summary.articles, 'article')}[/] in "
        f"{plural(len(summary.reports), 'shard')}{earlier} → {out} "
        f"({summary.seconds:.1f}s, {plural(summary.workers, 'worker')})",
        highlight=False,
    )
    finish(summary.articles, summary.all_failures())


def _write_report(out: Path, summary: RunSummary) -> None:
    """DIR/_report.json: every shard's counts and the failures, for scripts."""
    report = {
        "articles": summary.articles,
        "words": summary.words,
        "shards": [
            {"key": r.key, "articles": r.articles, "inputs": len(r.inputs)} for r in summary.reports
        ],
        "failures": [{"path": f.path, "message": f.message} for f in summary.all_failures()],
    }
    tmp = out / f".tmp-{REPORT_FILE}"
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    tmp.replace(out / REPORT_FILE)


def finish(count: int, failures: list[InputFailure]) -> None:
    """The bad-input report at the end of a batch, and its exit code (1 when some inputs
    failed, 3 when nothing could be analysed)."""
    if not failures:
        return
    if count == 0 and len(failures) == 1:
        raise InputError(failures[0].message, failures[0].path)  # one line: "error: …"
    console = error_console()
    console.print(f"[bold]{plural(len(failures), 'input')} failed[/] ({count} analysed):")
    for failure in failures:
        console.print(f"  {failure.path}: {failure.message}", highlight=False, soft_wrap=True)
    raise typer.Exit(InputError.exit_code if count == 0 else 1)
