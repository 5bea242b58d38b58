"""Analyses written in code for the web tests: one rumour over three days, plus a hostile text.

Offsets are computed with ``str.index`` so the records stay consistent with their texts.
"""

from __future__ import annotations

from claimtrail.models import (
    Analysis,
    Article,
    ArticleStance,
    Attribution,
    Claim,
    Entity,
    Quote,
    Source,
    Span,
    Speaker,
)

TALKS = "Ford and Xiaomi held talks about building Xiaomi electric vehicles in the US"
SCRIPT_TEXT = '<script>alert("pwned")</script>'


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _entities(text: str) -> list[Entity]:
    out = []
    for eid, name, kind in (
        ("e-ford", "Ford", "organization"),
        ("e-xiaomi", "Xiaomi", "organization"),
    ):
        if name in text:
            start, end = _span(text, name)
            out.append(
                Entity(
                    id=eid,
                    name=name,
                    type=kind,  # type: ignore[arg-type]
                    mentions=[Span(start=start, end=end)],
                )
            )
    return out


def _quote(
    text: str,
    qid: str,
    words: str,
    speaker: str,
    role: str | None,
    stance: str,
    sentiment: float,
    organization: str | None = None,
) -> Quote:
    start, end = _span(text, words)
    s_start, s_end = _span(text, speaker)
    return Quote(
        id=qid,
        text=words,
        start=start,
        end=end,
        kind="direct",
        speaker=Speaker(
            name=speaker,
            start=s_start,
            end=s_end,
            role=role,
            organization=organization,
            mention=speaker,
        ),
        stance=stance,
        sentiment=sentiment,
    )  # type: ignore[arg-type]


def _claim(
    text: str,
    cid: str,
    sentence: str,
    status: str,
    attributions: list[tuple[str, str]],
    central: bool = True,
) -> Claim:
    start, end = _span(text, sentence)
    return Claim(
        id=cid,
        text=TALKS if central else sentence,
        start=start,
        end=end,
        central=central,
        status=status,  # type: ignore[arg-type]
        attributions=[
            Attribution(source=Source(name=name), attitude=att)  # type: ignore[arg-type]
            for name, att in attributions
        ],
        keywords=["Ford", "Xiaomi", "talks"] if central else [],
        entity_ids=[e.id for e in _entities(sentence)],
    )


def _analysis(
    headline: str,
    body: str,
    published: str,
    source: str,
    url: str,
    claims: list[Claim] | None = None,
    quotes: list[Quote] | None = None,
) -> Analysis:
    text = f"{headline}\n{body}"
    return Analysis(
        article=Article(
            headline=headline,
            text=text,
            body_start=len(headline) + 1,
            published=published,
            source=source,
            url=url,
        ),
        entities=_entities(text),
        claims=claims or [],
        quotes=quotes or [],
        stance=ArticleStance(label="discuss"),
    )


def report_article() -> Analysis:
    headline = "Xiaomi in talks with Ford over US electric car plant"
    body = (
        "Ford and Xiaomi have held talks about building Xiaomi electric vehicles in the US, "
        "according to people familiar with the matter, the Financial Times reported.\n\n"
        'Auto analyst Michael Rodriguez said: "This rumor signals a future playbook for '
        'legacy carmakers."'
    )
    text = f"{headline}\n{body}"
    claim = _claim(
        text,
        "c1",
        "Ford and Xiaomi have held talks about building Xiaomi electric vehicles in the US",
        "reported",
        [("Financial Times", "report")],
    )
    quote = _quote(
        text,
        "q1",
        "This rumor signals a future playbook for legacy carmakers.",
        "Michael Rodriguez",
        "analyst",
        "discuss",
        0.3,
    )
    return _analysis(
        headline,
        body,
        "2026-11-20T09:00:00+00:00",
        "Financial Times",
        "https://example.com/ft-xiaomi-ford",
        [claim],
        [quote],
    )


def denial_article() -> Analysis:
    headline = "Ford and Xiaomi deny EV talks"
    body = (
        "Ford and Xiaomi on Friday denied that they held talks about building electric "
        "vehicles in the US.\n\n"
        'A Ford spokesperson said: "There are no talks with Xiaomi and none are planned."\n\n'
        'Senator James Kellner said: "It would be disgraceful if true."'
    )
    text = f"{headline}\n{body}"
    claim = _claim(
        text,
        "c1",
        "Ford and Xiaomi on Friday denied that they held talks about "
        "building electric vehicles in the US",
        "denied",
        [("Financial Times", "report"), ("Ford", "deny"), ("Xiaomi", "deny")],
    )
    quotes = [
        _quote(
            text,
            "q1",
            "There are no talks with Xiaomi and none are planned.",
            "A Ford spokesperson",
            "spokesperson",
            "disagree",
            -0.2,
            organization="Ford",
        ),
        _quote(
            text,
            "q2",
            "It would be disgraceful if true.",
            "James Kellner",
            "Senator",
            "discuss",
            -0.6,
        ),
    ]
    return _analysis(
        headline,
        body,
        "2026-11-21T15:30:00+00:00",
        "Reuters",
        "https://example.com/reuters-deny",
        [claim],
        quotes,
    )


def hostile_article() -> Analysis:
    """An article whose text is markup: it must reach every page escaped, never executed."""
    headline = f"Markup test {SCRIPT_TEXT}"
    body = (
        f"The page said {SCRIPT_TEXT} and <img src=x onerror=alert(1)> in the body.\n\n"
        f'An official said: "{SCRIPT_TEXT} is not a quote we endorse."'
    )
    text = f"{headline}\n{body}"
    quote = _quote(
        text,
        "q1",
        f"{SCRIPT_TEXT} is not a quote we endorse.",
        "An official",
        "official",
        "unrelated",
        0.0,
    )
    return _analysis(
        headline,
        body,
        "2026-11-22T08:00:00+00:00",
        "Example <b>News</b>",
        "https://example.com/markup",
        [],
        [quote],
    )


def corpus() -> list[Analysis]:
    return [report_article(), denial_article(), hostile_article()]
