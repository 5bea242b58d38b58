"""``claimtrail eval quotes``: quote P/R/F1 on PolNeAR for claimtrail and textacy, same run.

How the figures are computed: docs/evaluation.md (claimtrail.eval.quotes does the scoring).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from claimtrail.cli.apps import CliApps, error_console, handle_errors
from claimtrail.errors import InputError
from claimtrail.eval.polnear import GoldArticle, iter_polnear
from claimtrail.eval.quote_run import SYSTEM_NAME, SystemResult

T = TypeVar("T")
METRICS = (("overlap", "overlap"), ("exact", "exact_prf"), ("attribution", "attribution"))


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def register(apps: CliApps) -> None:
    apps.eval.command("quotes")(handle_errors(eval_quotes))


def eval_quotes(
    polnear: Annotated[
        Path,
        typer.Option(
            "--polnear",
            help="A PolNeAR compartment with text/ and attributions/ "
            "(e.g. ../shared/data/polnear/data/dev).",
        ),
    ],
    limit: Annotated[
        int | None, typer.Option(min=1, help="Only the first N articles (in name order).")
    ] = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", help="Output format.")
    ] = OutputFormat.text,
    no_peer: Annotated[bool, typer.Option("--no-peer", help="Skip textacy (faster).")] = False,
    errors: Annotated[
        Path | None,
        typer.Option(
            "--errors",
            help="Write claimtrail's per-article "
            "mistakes (missed gold, unmatched predictions, "
            "boundary and speaker errors) as JSON lines.",
        ),
    ] = None,
) -> None:
    """Quote precision/recall/F1 (overlap, exact, attribution) against PolNeAR gold."""
    articles = list(iter_polnear(polnear, limit))
    if not articles:
        raise InputError("no annotated articles found", str(polnear))
    results = _run_systems(articles, peer=not no_peer)
    if errors is not None:
        _write_errors(errors, results[0])
    if output is OutputFormat.json:
        print(json.dumps(_report_dict(polnear, articles, results), indent=2))
    else:
        Console().print(_table(results, len(articles)))
        _print_notes(results, len(articles))


def _run_systems(articles: Sequence[GoldArticle], peer: bool) -> list[SystemResult]:
    from claimtrail.eval.quote_run import (
        claimtrail_predictions,
        peer_predictions,
        score_system,
    )
    from claimtrail.pipeline import Analyzer

    with Progress(console=error_console(), transient=True) as progress:
        # Stance does not change quote spans or speakers; skipping its model saves start-up.
        analyzer = Analyzer(use_stance_model=False)
        ours = _tracked(
            progress, SYSTEM_NAME, len(articles), claimtrail_predictions(articles, analyzer)
        )
        results = [score_system(SYSTEM_NAME, articles, ours)]
        if peer:
            from claimtrail.eval.textacy_peer import PEER_NAME, load_peer_nlp

            crashed: list[str] = []
            theirs = _tracked(
                progress,
                PEER_NAME,
                len(articles),
                peer_predictions(articles, load_peer_nlp(), crashed),
            )
            results.append(score_system(PEER_NAME, articles, theirs, crashed))
    return results


def _tracked(progress: Progress, name: str, total: int, items: Iterable[T]) -> Iterator[T]:
    task = progress.add_task(f"{name}: analysing", total=total)
    for item in items:
        progress.advance(task)
        yield item


def _table(results: Sequence[SystemResult], n_articles: int) -> Table:
    table = Table(title=f"Quotes on {n_articles} PolNeAR articles")
    table.add_column("metric")
    for result in results:
        table.add_column(f"{result.name}\nP / R / F1", justify="right")
    for label, attr in METRICS:
        figures = [getattr(result.counts, attr) for result in results]
        table.add_row(
            label, *(f"{f.precision:.3f} / {f.recall:.3f} / [bold]{f.f1:.3f}[/]" for f in figures)
        )
    table.add_section()
    for label, attr in (("gold quotes", "gold"), ("predicted", "pred"), ("paired", "paired")):
        table.add_row(label, *(str(getattr(result.counts, attr)) for result in results))
    return table


def _print_notes(results: Sequence[SystemResult], n_articles: int) -> None:
    from claimtrail.eval.quote_breakdown import GOLD_KINDS, recall_by_gold_kind

    split = [recall_by_gold_kind(result.scores) for result in results]
    for kind in GOLD_KINDS:
        figures = ", ".join(
            f"{r.name} {s[kind]['paired_recall']:.3f}" for r, s in zip(results, split, strict=True)
        )
        print(f"overlap recall on {split[0][kind]['gold']} {kind} gold quotes: {figures}")
    for result in results:
        if result.crashed:
            print(
                f"{result.name} raised on {len(result.crashed)} of {n_articles} articles "
                "(odd quotation-mark count); counted as no predictions there."
            )


def _report_dict(
    polnear: Path, articles: Sequence[GoldArticle], results: Sequence[SystemResult]
) -> dict[str, object]:
    from claimtrail.parse.nlp import resolve_model_name

    return {
        "dataset": str(polnear),
        "articles": len(articles),
        "spacy_model": resolve_model_name(),
        "systems": {result.name: result.as_dict() for result in results},
    }


def _write_errors(path: Path, result: SystemResult) -> None:
    from claimtrail.eval.quote_errors import MISTAKE_KINDS, doc_errors

    totals = dict.fromkeys(MISTAKE_KINDS, 0)
    try:
        with path.open("w", encoding="utf-8") as out:
            for score in result.scores:
                record = doc_errors(score, result.name)
                if record is None:
                    continue
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                for kind in MISTAKE_KINDS:
                    totals[kind] += len(record[kind])
    except OSError as exc:
        raise InputError(f"cannot write errors file ({exc.strerror})", str(path)) from None
    summary = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in totals.items())
    error_console().print(f"{result.name} mistakes written to {path}: {summary}", highlight=False)
