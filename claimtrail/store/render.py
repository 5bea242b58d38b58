"""Terminal rendering (Rich) of a story, a claim's lifecycle and a speaker."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimtrail.store.views import ClaimDetail, LifecycleEvent, SpeakerDetail, StoryDetail
from claimtrail.wording import article_count, plural

STATUS_STYLE = {
    "confirmed": "green",
    "denied": "red",
    "contested": "magenta",
    "reported": "yellow",
    "alleged": "yellow",
    "asserted": "cyan",
    "unresolved": "dim",
}
# Quotes longer than this are cut in tables; the JSON output has them whole.
QUOTE_CHARS = 140


def _status(status: str | None) -> str:
    if status is None:
        return "-"
    return f"[{STATUS_STYLE.get(status, 'white')}]{status}[/]"


def _day(value: str | None) -> str:
    return (value or "")[:16].replace("T", " ")


def _columns(table: Table, names: tuple[str, ...], times: frozenset[str]) -> None:
    """Times never wrap (a folded "2025-06-09 | 07:30" reads as two values); text folds."""
    for name in names:
        table.add_column(name, overflow="fold", no_wrap=name in times)


_WHEN = frozenset({"published", "when"})


def print_story(console: Console, story: StoryDetail) -> None:
    console.print(f"[bold]Story {story.id}[/]: {escape(story.title)}", highlight=False)
    console.print(
        f"central claim: {escape(story.central_claim or '-')} — {_status(story.central_status)}",
        highlight=False,
    )
    console.print(
        f"{article_count(story.article_count, story.copy_count)}, "
        f"{_day(story.first_seen)} → {_day(story.last_seen)}\n",
        highlight=False,
    )
    table = Table(title="articles (publication order)")
    _columns(table, ("id", "published", "outlet", "kind", "headline"), _WHEN)
    for a in story.articles:
        table.add_row(
            str(a.id), _day(a.published), escape(a.source or ""), a.kind, escape(a.headline or "")
        )
    console.print(table)
    for claim in story.claims[:5]:
        print_claim(console, claim)
    if story.voices:
        voices = Table(title="voices")
        for column in ("name", "kind", "stance", "sentiment", "quotes"):
            voices.add_column(column)
        for v in story.voices:
            voices.add_row(
                escape(v.name), v.kind, v.stance, f"{v.sentiment:+.2f}", str(v.quote_count)
            )
        console.print(voices)


def print_claim(console: Console, claim: ClaimDetail) -> None:
    console.print(
        f"\n[bold]Claim {claim.id}[/] {_status(claim.status)}: {escape(claim.text)}",
        highlight=False,
    )
    if claim.status_reason:
        console.print(f"  why: {escape(claim.status_reason)}", highlight=False)
    console.print(
        f"  {article_count(claim.article_count)}, "
        f"{plural(claim.independent_source_count, 'independent source')}",
        highlight=False,
    )
    table = Table(show_header=True, box=None, padding=(0, 1))
    _columns(table, ("when", "outlet", "role", "source", "cue"), _WHEN)
    for event in claim.lifecycle:
        table.add_row(
            _day(event.published),
            escape(event.outlet or ""),
            _role(event),
            escape(event.source),
            escape(event.cue or ""),
        )
    console.print(table)
    for edge in claim.echo_edges:
        target = f"article {edge.to_article_id}" if edge.to_article_id else "(not stored)"
        console.print(
            f"  echo: article {edge.from_article_id} repeats {edge.outlet} → {target}",
            highlight=False,
        )


def _role(event: LifecycleEvent) -> str:
    role = event.role.replace("_", " ")
    return f"{role} (hedged)" if event.hedged else role


def print_speaker(console: Console, speaker: SpeakerDetail) -> None:
    console.print(
        f"[bold]{escape(speaker.name)}[/] ({speaker.kind}) — "
        f"{plural(speaker.quote_count, 'quote')} in {article_count(speaker.article_count)}",
        highlight=False,
    )
    if len(speaker.variants) > 1:
        console.print(
            f"also: {escape(', '.join(v for v in speaker.variants if v != speaker.name))}",
            highlight=False,
        )
    for key, value in speaker.profile.items():
        console.print(f"{key}: {escape(value)}", highlight=False)
    table = Table()
    _columns(table, ("when", "outlet", "stance", "quote"), _WHEN)
    for q in speaker.quotes:
        text = q.text if len(q.text) <= QUOTE_CHARS else q.text[:QUOTE_CHARS] + "…"
        table.add_row(_day(q.published), escape(q.outlet or ""), q.stance, escape(text))
    console.print(table)
