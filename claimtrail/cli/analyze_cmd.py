"""`claimtrail analyze ARTICLE…`: one analysis per input, streamed in input order."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Annotated, Any

import typer

from claimtrail.cli.apps import CliApps, error_console, handle_errors
from claimtrail.cli.report import print_analysis_markdown, print_analysis_text
from claimtrail.cli.scale_cmd import DaskOpt, OutOpt, WorkersOpt, distributed, finish
from claimtrail.errors import InputError
from claimtrail.ingest.inputs import ANALYSIS_BATCH_CHARS, batched, read_inputs
from claimtrail.ingest.readers import InputFailure, RawArticle, ReadResult


class OutputFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"


def register(apps: CliApps) -> None:
    apps.main.command("analyze")(analyze)
    apps.main.command("schema")(schema)


@handle_errors
def analyze(
    articles: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories, - for stdin, or http(s) URLs of pages, feeds and sitemaps."
        ),
    ],
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.text,
    model: Annotated[
        str | None, typer.Option(help="spaCy model name (default: installed en_core_web_sm).")
    ] = None,
    no_stance_model: Annotated[
        bool, typer.Option("--no-stance-model", help="Stance by rules only.")
    ] = False,
    processes: Annotated[int, typer.Option(help="Parser processes for large batches.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Articles per parser batch.")] = 16,
    out: OutOpt = None,
    dask: DaskOpt = None,
    workers: WorkersOpt = None,
) -> None:
    """Analyse news articles: quotes, speakers, claims, entities and stance."""
    from claimtrail.pipeline import Analyzer

    if out is not None or distributed(dask, workers):
        options = (model, no_stance_model, processes, batch_size)
        _analyze_sharded(articles, out, dask, workers, *options)
        return
    failures: list[InputFailure] = []
    analyzer = Analyzer(model_name=model, use_stance_model=not no_stance_model)
    raws = _articles_only(read_inputs(articles), failures)
    count = 0
    as_array = fmt is OutputFormat.json and _many(articles)
    if as_array:
        sys.stdout.write("[\n")
    # One process: batches bounded by characters too, so a few huge files do not sit in the
    # parser at once. Several: one stream, so the worker processes start once.
    groups = batched(raws, batch_size, ANALYSIS_BATCH_CHARS) if processes == 1 else [raws]
    analyses = (
        a
        for group in groups
        for a in analyzer.analyze_many(group, batch_size=batch_size, n_process=processes)
    )
    for analysis in analyses:
        for warning in analysis.warnings:
            error_console().print(f"[yellow]warning:[/] {warning}", highlight=False)
        _emit(analysis, fmt, first=count == 0, as_array=as_array)
        count += 1
    if as_array:
        sys.stdout.write("\n]\n")
    if count == 0 and not failures:  # an empty folder: say so rather than print nothing
        raise InputError("no articles found (an empty folder?)", " ".join(articles))
    finish(count, failures)


def _analyze_sharded(
    articles: list[str],
    out: Any,
    dask: str | None,
    workers: int | None,
    model: str | None,
    no_stance_model: bool,
    processes: int,
    batch_size: int,
) -> None:
    from claimtrail.cli.scale_cmd import analyze_to_folder
    from claimtrail.scale.work import AnalysisOptions

    if out is None:
        raise typer.BadParameter("a Dask run writes shards: name their folder with --out DIR")
    if processes != 1:
        raise typer.BadParameter("--processes is for one machine; with --out use --workers N")
    options = AnalysisOptions(model, not no_stance_model, batch_size)
    analyze_to_folder(articles, out, dask, workers, options)


def _many(args: list[str]) -> bool:
    from pathlib import Path

    from claimtrail.ingest.fetch import is_url  # a feed or sitemap URL yields many

    return len(args) > 1 or any(is_url(a) or Path(a).is_dir() for a in args)


def _articles_only(
    results: Iterable[ReadResult], failures: list[InputFailure]
) -> Iterator[RawArticle]:
    for item in results:
        if isinstance(item, InputFailure):
            failures.append(item)  # said once, by finish
        else:
            assert isinstance(item, RawArticle)
            yield item


def _emit(analysis: object, fmt: OutputFormat, first: bool, as_array: bool) -> None:
    from claimtrail.models import Analysis

    assert isinstance(analysis, Analysis)
    if fmt is OutputFormat.jsonl:
        sys.stdout.write(json.dumps(analysis.to_json_dict(), ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.json:
        if as_array and not first:
            sys.stdout.write(",\n")
        sys.stdout.write(json.dumps(analysis.to_json_dict(), ensure_ascii=False, indent=2))
        if not as_array:
            sys.stdout.write("\n")
    elif fmt is OutputFormat.markdown:
        print_analysis_markdown(analysis)
    else:
        print_analysis_text(analysis)
    sys.stdout.flush()


@handle_errors
def schema() -> None:
    """Print the JSON Schema of the analysis output (claimtrail.analysis/1)."""
    from claimtrail.schema import analysis_json_schema

    sys.stdout.write(json.dumps(analysis_json_schema(), indent=2) + "\n")
