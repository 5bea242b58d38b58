"""`claimtrail stance`, `claimtrail eval fnc1|emergent` and `claimtrail train stance`.

Exit codes are those of ``claimtrail.errors``: 3 for bad input (the message names the file and
row), 4 when the shipped stance model is missing or corrupt, 1 when some articles failed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from claimtrail.cli.apps import CliApps, error_console, handle_errors
from claimtrail.errors import InputError, ModelError

if TYPE_CHECKING:
    from claimtrail.stance.articles import ArticleClaimStance
    from claimtrail.stance.metrics import ClassReport

# Pairs per model call in the evaluations: large enough to amortise the per-call set-up,
# small enough for the progress bar to move every second or so.
PREDICTION_CHUNK = 500
FNC_COLUMNS = ("agree", "disagree", "discuss", "unrelated")
# Quotes are cut to this many characters so the probability columns fit an 80-column terminal.
QUOTE_WIDTH = 30


class StanceFormat(StrEnum):
    text = "text"
    json = "json"


def register(apps: CliApps) -> None:
    apps.main.command("stance")(stance)
    apps.eval.command("fnc1")(eval_fnc1)
    apps.eval.command("emergent")(eval_emergent)
    apps.train.command("stance")(train_stance)


# --- claimtrail stance ------------------------------------------------------------------------


@handle_errors
def stance(
    articles: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    claim: Annotated[str, typer.Option("--claim", "-c", help="The claim to take a stance on.")],
    fmt: Annotated[StanceFormat, typer.Option("--format", "-f")] = StanceFormat.text,
    model: Annotated[str | None, typer.Option(help="spaCy model name.")] = None,
) -> None:
    """Stance of each article, and of each of its quotes, toward CLAIM (with probabilities)."""
    from claimtrail.ingest.inputs import read_inputs
    from claimtrail.ingest.readers import InputFailure
    from claimtrail.pipeline import Analyzer
    from claimtrail.stance import load_stance_model
    from claimtrail.stance.articles import stance_toward_claim

    if not claim.strip():
        raise InputError("--claim is empty: give the claim the stance is about")
    stance_model = load_stance_model()
    analyzer = Analyzer(model_name=model, stance=stance_model)
    failures: list[InputFailure] = []
    results = []
    for item in read_inputs(articles):
        if isinstance(item, InputFailure):
            failures.append(item)
            error_console().print(f"[red]skipped[/] {item.path}: {item.message}", highlight=False)
            continue
        analysis = analyzer.analyze(item)
        results.append(stance_toward_claim(stance_model, claim, analysis, analyzer.nlp))
    _print_stances(claim, stance_model.version, results, fmt)
    if failures and not results:
        raise InputError(failures[0].message, failures[0].path)
    if failures:
        raise typer.Exit(1)


def _print_stances(
    claim: str, version: str, results: list[ArticleClaimStance], fmt: StanceFormat
) -> None:
    if fmt is StanceFormat.json:
        document = {
            "claim": claim,
            "stance_model": version,
            "articles": [r.to_json_dict() for r in results],
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    console = Console()
    console.print(f"[bold]Claim:[/] {claim}   [dim](model {version})[/]", highlight=False)
    for result in results:
        console.print(_article_table(result))


def _article_table(result: ArticleClaimStance) -> Table:
    title = f"{result.path or 'input'}: {result.headline or ''}"
    table = Table(title=title, title_justify="left")
    table.add_column("", no_wrap=True, min_width=len("article"))
    table.add_column("stance", no_wrap=True, min_width=len("unrelated"))
    for label in FNC_COLUMNS:
        table.add_column(label, justify="right", no_wrap=True, min_width=len(label))
    table.add_column("speaker: quote", overflow="ellipsis", no_wrap=True, max_width=QUOTE_WIDTH)
    table.add_row("article", result.stance.label, *_probabilities(result.stance.scores), "")
    for quote in result.quotes:
        who = quote.speaker or "?"
        table.add_row(
            quote.quote_id,
            quote.stance.label,
            *_probabilities(quote.stance.scores),
            f"{who}: {quote.text}",
        )
    return table


def _probabilities(scores: dict[str, float]) -> list[str]:
    return [f"{scores[label]:.2f}" for label in FNC_COLUMNS]


# --- claimtrail eval fnc1 ----------------------------------------------------------------------


@handle_errors
def eval_fnc1(
    bodies: Annotated[Path, typer.Option(help="FNC-1 bodies CSV (Body ID, articleBody).")],
    stances: Annotated[Path, typer.Option(help="FNC-1 stances CSV (Headline, Body ID[, Stance]).")],
    predict: Annotated[
        Path | None, typer.Option(help="Write Headline,Body ID,Stance here.")
    ] = None,
    body_ids: Annotated[
        Path | None,
        typer.Option(
            help="Keep only pairs whose Body ID is listed (e.g. splits/hold_out_ids.txt)."
        ),
    ] = None,
) -> None:
    """Predict FNC-1 stances; with gold labels, print the official score, macro-F1, confusion."""
    from claimtrail.stance import load_stance_model
    from claimtrail.stance.build import read_body_ids
    from claimtrail.stance.fnc1 import fnc_score, read_bodies, read_pairs, write_submission

    pairs = read_pairs(stances, read_bodies(bodies), bodies)
    if body_ids is not None:
        keep = read_body_ids(body_ids)
        pairs = [p for p in pairs if p.body_id in keep]
    if not pairs:
        raise InputError("no headline/body pairs to predict", str(stances))
    model = load_stance_model()
    predicted = _predict_with_progress(
        model.predict_body_stance,
        [p.headline for p in pairs],
        [p.body for p in pairs],
        "FNC-1 pairs",
    )
    if predict is not None:
        write_submission(predict, pairs, predicted)
        error_console().print(f"wrote {len(pairs):,} predictions to {predict}", highlight=False)
    gold = [p.stance for p in pairs]
    if all(g is not None for g in gold):
        score = fnc_score([g for g in gold if g is not None], predicted)
        console = Console()
        console.print(
            f"FNC-1 {stances.name}: {len(pairs):,} pairs, model {model.version}", highlight=False
        )
        console.print(
            f"FNC score {score.score:,.2f} of {score.max_score:,.2f} = "
            f"[bold]{score.relative:.2f}%[/] of the maximum"
        )
        _print_report(console, score.report)


# --- claimtrail eval emergent ------------------------------------------------------------------


@handle_errors
def eval_emergent(
    csv: Annotated[Path, typer.Option(help="Emergent CSV (claimHeadline, articleHeadline, ...).")],
    predict: Annotated[
        Path | None, typer.Option(help="Write the input plus predictedStance.")
    ] = None,
    cv: Annotated[
        int | None,
        typer.Option(
            help="Instead of the shipped model: K-fold cross-validation grouped by claim.",
            min=2,
        ),
    ] = None,
) -> None:
    """Predict Emergent headline stances (for/against/observing); score them with gold labels."""
    from claimtrail.stance.emergent import emergent_report, read_emergent, write_predictions

    data = read_emergent(csv)
    if cv is not None and not data.labelled:
        raise InputError("--cv needs gold labels (column 'articleHeadlineStance')", str(csv))
    predicted, where = _emergent_predictions(data.rows, cv)
    if predict is not None:
        write_predictions(predict, data, predicted)
        error_console().print(f"wrote {len(predicted):,} predictions to {predict}", highlight=False)
    if data.labelled:
        console = Console()
        console.print(
            f"Emergent {csv.name}: {len(predicted):,} headlines, {where}", highlight=False
        )
        _print_report(console, emergent_report([r.stance or "" for r in data.rows], predicted))


def _emergent_predictions(rows: Sequence[Any], folds: int | None) -> tuple[list[str], str]:
    if folds is not None:
        from claimtrail.stance.train import cross_validate_headline

        with _progress() as progress:
            task = progress.add_task("cross-validation", total=folds)
            predicted = cross_validate_headline(rows, folds, lambda _: progress.advance(task))
        return predicted, f"{folds}-fold cross-validation grouped by claim"
    from claimtrail.stance import load_stance_model

    model = load_stance_model()
    predicted = _predict_with_progress(
        model.predict_headline_stance,
        [r.claim for r in rows],
        [r.headline for r in rows],
        "headlines",
    )
    return predicted, f"model {model.version}"


# --- claimtrail train stance -------------------------------------------------------------------


@handle_errors
def train_stance(
    fnc1: Annotated[Path, typer.Option(help="FNC-1 folder (train_*.csv).")],
    emergent: Annotated[Path, typer.Option(help="Emergent folder (...-clean-train.csv).")],
    out: Annotated[
        Path | None,
        typer.Option(
            help="Model folder (default: ./trained/stance; the shipped one is "
            "claimtrail/data/stance)."
        ),
    ] = None,
    threads: Annotated[
        int,
        typer.Option(
            help="Threads for the boosted trees (more than 1 may change the last bits).", min=1
        ),
    ] = 1,
    cv_folds: Annotated[
        int,
        typer.Option(
            help="Also cross-validate the FNC-1 model on this many claim-disjoint folds (0: none).",
            min=0,
        ),
    ] = 0,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Exit 1 unless the new model file equals the shipped one (sha256)."
        ),
    ] = False,
) -> None:
    """Train the stance model on all FNC-1 training pairs and Emergent's training split; report
    claim-disjoint FNC-1 and grouped Emergent cross-validation figures."""
    from claimtrail.stance.build import build_stance_model
    from claimtrail.stance.model_file import default_model_dir

    if cv_folds == 1:
        raise InputError("--cv-folds needs at least 2 folds (or 0 for none)")
    out_dir = out or Path("trained") / default_model_dir().name  # never the installed package
    with _progress(spinner=True) as progress:
        task = progress.add_task("training", total=None)
        result = build_stance_model(
            fnc1,
            emergent,
            out_dir,
            lambda step: progress.update(task, description=step),
            n_threads=threads,
            cv_folds=cv_folds,
        )
    console = Console()
    console.print(
        f"saved {result.manifest['version']} to {out_dir} in {result.seconds:.0f} s",
        highlight=False,
    )
    if result.claim_cv is not None:
        cv = result.claim_cv
        (relative, relative_sd), (macro, macro_sd) = cv.relative, cv.macro_f1
        console.print(
            f"FNC-1, {len(cv.folds)} claim-disjoint folds: FNC score {relative:.2f}% "
            f"± {relative_sd:.2f} of the maximum, macro-F1 {macro:.4f} ± {macro_sd:.4f}",
            highlight=False,
        )
        console.print(
            "  F1 "
            + "  ".join(f"{k} {m:.3f} ± {sd:.3f}" for k, (m, sd) in cv.per_class_f1().items()),
            highlight=False,
        )
    console.print("Emergent, cross-validation grouped by claim:")
    _print_report(console, result.emergent_cv)
    shipped = shipped_stance_sha256()
    if shipped == result.manifest["sha256"]:
        console.print(f"identical to the shipped model ({default_model_dir()})", highlight=False)
    else:
        console.print(
            f"differs from the shipped model ({default_model_dir()}); to ship it, copy both "
            "files there",
            highlight=False,
        )
        if check:
            raise typer.Exit(1)


def shipped_stance_sha256() -> str | None:
    """The sha256 the shipped manifest gives for its model file (None: no shipped model)."""
    from claimtrail.stance.model_file import default_model_dir, read_manifest

    try:
        sha256 = read_manifest(default_model_dir()).get("sha256")
    except ModelError:
        return None
    return sha256 if isinstance(sha256, str) else None


# --- shared output -----------------------------------------------------------------------------


def _print_report(console: Console, report: ClassReport) -> None:
    console.print(
        f"accuracy {report.accuracy:.4f}  macro-F1 [bold]{report.macro_f1:.4f}[/]  "
        + "  ".join(f"F1 {label} {f1:.3f}" for label, f1 in report.per_class_f1.items())
    )
    table = Table(
        "gold \\ predicted", *report.labels, title="confusion matrix", title_justify="left"
    )
    for label, row in zip(report.labels, report.confusion, strict=True):
        table.add_row(label, *(f"{n:,}" for n in row))
    console.print(table)


def _predict_with_progress(
    predict: Callable[[list[str], list[str]], list[str]],
    claims: list[str],
    texts: list[str],
    what: str,
) -> list[str]:
    predicted: list[str] = []
    with _progress() as progress:
        task = progress.add_task(f"predicting {what}", total=len(claims))
        for start, stop in _chunks(len(claims), PREDICTION_CHUNK):
            predicted += predict(claims[start:stop], texts[start:stop])
            progress.advance(task, stop - start)
    return predicted


def _chunks(total: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, size):
        yield start, min(start + size, total)


def _progress(spinner: bool = False) -> Progress:
    columns = [
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ]
    if spinner:
        columns = [TextColumn("{task.description}"), TimeElapsedColumn()]
    return Progress(*columns, console=error_console(), transient=True)
