"""Small hand-built analyses, so store tests need neither spaCy nor the analysis spine."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimtrail.models import (
    Analysis,
    Article,
    ArticleStance,
    Attribution,
    Claim,
    Cue,
    Entity,
    Quote,
    Source,
    Speaker,
)

ENTITY_TYPES = {
    "Ford": "organization",
    "Xiaomi": "organization",
    "Jim Farley": "person",
    "Financial Times": "organization",
    "Lei Jun": "person",
    "Reuters": "organization",
}


@dataclass
class ClaimSpec:
    text: str
    attributions: list[tuple[str, str]] = field(default_factory=list)  # (source, attitude)
    central: bool = True
    status: str = "reported"
    hedged: bool = False


@dataclass
class QuoteSpec:
    speaker: str
    text: str
    stance: str = "discuss"
    sentiment: float = 0.0
    role: str | None = None


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.find(part)
    return (start, start + len(part)) if start >= 0 else (0, min(len(part), len(text)))


def make_analysis(
    headline: str,
    body: str,
    *,
    source: str | None = None,
    url: str | None = None,
    published: str | None = None,
    path: str | None = None,
    claims: list[ClaimSpec] | None = None,
    quotes: list[QuoteSpec] | None = None,
    entities: list[str] | None = None,
) -> Analysis:
    text = f"{headline}\n{body}"
    names = entities or [n for n in ENTITY_TYPES if n in text]
    ents = [
        Entity(id=f"e{i}", name=n, type=ENTITY_TYPES.get(n, "organization"))  # type: ignore[arg-type]
        for i, n in enumerate(names)
    ]
    ids = {e.name: e.id for e in ents}
    claim_models = [_claim(text, i, spec, ids) for i, spec in enumerate(claims or [])]
    quote_models = [_quote(text, i, spec, ids) for i, spec in enumerate(quotes or [])]
    return Analysis(
        article=Article(
            headline=headline,
            text=text,
            body_start=len(headline) + 1,
            source=source,
            url=url,
            published=published,
            path=path,
        ),
        entities=ents,
        claims=claim_models,
        quotes=quote_models,
        stance=ArticleStance(label="discuss"),
    )


def _claim(text: str, i: int, spec: ClaimSpec, ids: dict[str, str]) -> Claim:
    start, end = _span(text, spec.text)
    attributions = []
    for source, attitude in spec.attributions:
        cue_start, cue_end = _span(text, source)
        attributions.append(
            Attribution(
                source=Source(name=source, entity_id=ids.get(source)),
                attitude=attitude,  # type: ignore[arg-type]
                hedged=spec.hedged,
                cue=Cue(text="said", start=cue_start, end=cue_end),
            )
        )
    return Claim(
        id=f"c{i}",
        text=spec.text,
        start=start,
        end=end,
        central=spec.central and i == 0,
        status=spec.status,  # type: ignore[arg-type]
        attributions=attributions,
        entity_ids=[e for n, e in ids.items() if n in spec.text],
    )


def _quote(text: str, i: int, spec: QuoteSpec, ids: dict[str, str]) -> Quote:
    start, end = _span(text, spec.text)
    s_start, s_end = _span(text, spec.speaker)
    return Quote(
        id=f"q{i}",
        text=spec.text,
        start=start,
        end=end,
        kind="direct",
        speaker=Speaker(
            name=spec.speaker,
            start=s_start,
            end=s_end,
            entity_id=ids.get(spec.speaker),
            role=spec.role,
        ),
        stance=spec.stance,
        sentiment=spec.sentiment,
    )  # type: ignore[arg-type]


def ford_xiaomi_corpus() -> list[Analysis]:
    """The FT's report, an echo, two denials, a reaction with a Farley quote."""
    ft = make_analysis(
        "Xiaomi in talks with Ford over US plant",
        "Xiaomi held talks with Ford about building electric cars at a US plant, people "
        "familiar with the matter said.",
        source="Financial Times",
        url="https://ft.com/content/xiaomi-ford",
        published="2025-06-10T06:00:00Z",
        claims=[
            ClaimSpec(
                "Xiaomi held talks with Ford about building electric cars at a US plant",
                [("people familiar with the matter", "report")],
            )
        ],
    )
    echo = make_analysis(
        "Ford and Xiaomi discussed US electric car plant, FT says",
        "Ford and Xiaomi discussed building Xiaomi electric cars at a plant in the US, "
        "according to the Financial Times. Neither company commented.",
        source="Auto Daily",
        url="https://autodaily.example/ford-xiaomi",
        published="2025-06-10T09:00:00Z",
        claims=[
            ClaimSpec(
                "Ford and Xiaomi discussed building Xiaomi electric cars at a plant in the US",
                [("Financial Times", "report")],
            )
        ],
    )
    denial = make_analysis(
        "Ford, Xiaomi deny EV talks",
        "Ford and Xiaomi denied holding talks about building electric cars at a US plant. "
        '"We are not in talks with Xiaomi," Ford CEO Jim Farley said.',
        source="Reuters",
        url="https://reuters.example/ford-xiaomi-deny",
        published="2025-06-11T12:00:00Z",
        claims=[
            ClaimSpec(
                "Ford and Xiaomi held talks about building electric cars at a US plant",
                [("Ford", "deny"), ("Xiaomi", "deny")],
                status="denied",
            )
        ],
        quotes=[
            QuoteSpec(
                "CEO Jim Farley",
                "We are not in talks with Xiaomi",
                "disagree",
                -0.2,
                role="chief executive",
            )
        ],
    )
    reaction = make_analysis(
        "Senator attacks Ford over Xiaomi report; tariff fight looms",
        "A senator attacked Ford after the report of talks with Xiaomi. Farley said the tariff "
        'rules were clear. "Tariffs exist for a reason," the senator said.',
        source="Capitol Wire",
        url="https://capitolwire.example/tariffs",
        published="2025-06-12T15:00:00Z",
        claims=[ClaimSpec("Tariffs on Chinese cars will stay", [("the senator", "assert")])],
        quotes=[
            QuoteSpec("Farley", "the tariff rules were clear", "discuss", 0.1),
            QuoteSpec("Senator James P. Kellner", "Tariffs exist for a reason", "agree", -0.5),
        ],
    )
    return [ft, echo, denial, reaction]
