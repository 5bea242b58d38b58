"""Bounded output (issue 12 item 4): one huge single-line article does not make every response
that mentions it huge. Long texts are cut where they repeat; lists in one response are capped."""

from __future__ import annotations

from claimtrail.models import Analysis, Article, Claim, Quote, Speaker
from claimtrail.store import Store
from claimtrail.store.views import STORY_CLAIMS, VOICE_QUOTES

MAX_RESPONSE_BYTES = 1_000_000
WORDS = ["harbour", "council", "budget", "ferry", "bridge", "school", "rail", "water"]


def _huge_single_line() -> Analysis:
    """What an analysis of a 400,000-character one-line article looked like: the whole line as
    its headline, hundreds of quotes and claims (as ``ingest --analyses`` may still bring)."""
    sentences = [
        f"Officials said kx{i}a {WORDS[i % 8]} kx{i}b kx{i}c rose. "
        f'"We will fund item {i}," said Speaker {i % 40} today. '
        for i in range(5000)
    ]
    text = "".join(sentences)[:400_000]
    quotes, claims = [], []
    pos = 0
    for i in range(600):
        start = text.index(f'"We will fund item {i},"', pos)
        end = start + len(f'"We will fund item {i},"')
        who = f"Speaker {i % 40}"
        s_start = text.index(who, end)
        quotes.append(
            Quote(
                id=f"q{i}",
                text=text[start + 1 : end - 2],
                start=start + 1,
                end=end - 2,
                kind="direct",
                stance="discuss",
                sentiment=0.0,
                speaker=Speaker(name=who, start=s_start, end=s_start + len(who)),
            )
        )
        pos = end
    for i in range(300):
        claim = f"kx{i}a {WORDS[i % 8]} kx{i}b kx{i}c rose"
        start = text.index(claim)
        claims.append(
            Claim(
                id=f"c{i}",
                text=claim,
                start=start,
                end=start + len(claim),
                central=i == 0,
                status="reported",
            )
        )
    return Analysis(
        article=Article(
            headline=text,
            text=text,
            body_start=len(text),
            source="Wire",
            url="https://wire.example/huge",
        ),
        quotes=quotes,
        claims=claims,
    )


def test_story_of_a_huge_one_line_article_is_under_a_megabyte(store: Store) -> None:
    outcome = store.add_analysis(_huge_single_line())
    assert outcome.story_id is not None
    story = store.get_story(outcome.story_id)
    size = len(story.model_dump_json())
    assert size < MAX_RESPONSE_BYTES, f"story response is {size:,} bytes"
    assert story.claims_total > STORY_CLAIMS and len(story.claims) == STORY_CLAIMS
    assert all(len(v.quotes) <= VOICE_QUOTES for v in story.voices)
    assert sum(v.quote_count for v in story.voices) == 600
    assert len(story.title) <= 300 and all(len(a.headline or "") <= 300 for a in story.articles)
    speaker = store.get_speaker(story.voices[0].speaker_id)
    assert len(speaker.model_dump_json()) < MAX_RESPONSE_BYTES
    claim = store.get_claim(story.claims[0].id)
    assert len(claim.model_dump_json()) < MAX_RESPONSE_BYTES
