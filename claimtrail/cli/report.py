"""Human-readable reports of an analysis: a Rich text report and Markdown."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from claimtrail.models import Analysis, Quote


def _speaker_line(q: Quote) -> str:
    s = q.speaker
    if s is None:
        return "(no speaker)"
    extras = [
        x
        for x in (
            s.role,
            s.organization,
            s.location,
            f"party {s.party}" if s.party else None,
            f"via {s.channel}" if s.channel else None,
        )
        if x
    ]
    return f"{s.name}" + (f" ({'; '.join(extras)})" if extras else "")


def print_analysis_text(analysis: Analysis, console: Console | None = None) -> None:
    console = console or Console()
    art = analysis.article
    console.rule(f"[bold]{art.headline or art.path or 'article'}")
    if art.path:
        console.print(f"[dim]{art.path}[/]", highlight=False)
    for claim in analysis.claims:
        tag = "[bold magenta]central claim[/]" if claim.central else "claim"
        console.print(
            f"{tag} [{claim.id}] {claim.text}  → [bold]{claim.status}[/]", highlight=False
        )
        for a in claim.attributions:
            hedge = " (hedged)" if a.hedged else ""
            cue = f' "{a.cue.text}" @{a.cue.start}' if a.cue else ""
            console.print(f"    {a.attitude:<9} {a.source.name}{cue}{hedge}", highlight=False)
    table = Table(title="Quotes", show_lines=False)
    for col in ("id", "kind", "speaker", "stance", "sent.", "text"):
        table.add_column(col)
    for q in analysis.quotes:
        text = q.text if len(q.text) < 120 else q.text[:117] + "…"
        table.add_row(q.id, q.kind, _speaker_line(q), q.stance, f"{q.sentiment:+.2f}", text)
    console.print(table)
    ents = ", ".join(
        f"{e.name} ({e.type})" + (f" = {' = '.join(e.aliases)}" if e.aliases else "")
        for e in analysis.entities
    )
    console.print(f"[bold]Entities:[/] {ents}", highlight=False)
    if analysis.stance:
        console.print(f"[bold]Article stance:[/] {analysis.stance.label}", highlight=False)


def print_analysis_markdown(analysis: Analysis) -> None:
    lines = [
        f"# {analysis.article.headline or analysis.article.path or 'Article'}",
        "",
        "## Claims",
        "",
    ]
    for c in analysis.claims:
        lines.append(f"- **{c.status}**{' (central)' if c.central else ''}: {c.text}")
        lines += [f"  - {a.attitude} — {a.source.name}" for a in c.attributions]
    lines += ["", "## Quotes", "", "| kind | speaker | stance | text |", "|---|---|---|---|"]
    for q in analysis.quotes:
        lines.append(f"| {q.kind} | {_speaker_line(q)} | {q.stance} | {q.text.replace('|', '/')} |")
    lines += ["", "## Entities", ""]
    lines += [
        f"- {e.name} ({e.type})" + (f": {', '.join(e.aliases)}" if e.aliases else "")
        for e in analysis.entities
    ]
    print("\n".join(lines))
