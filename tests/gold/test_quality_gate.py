"""The quality gate: quote F1 on our hand-written gold set must not drop below the floors.

The gold set (quotes.json) covers direct quotes with straight and curly marks, "X said that …",
"according to …", a quote interrupted by its attribution, reaction lines, a pronoun speaker,
a partial quote, a multi-paragraph quote, a denial, a source-less attribution, an article
with no quotes, and three articles on speaker resolution (a narrative description naming a
person and their role, "the airline" and unnamed speakers followed by "he", "the woman" and a
subjectless "…, her lawyer, X, said."). Floors live in floors.json (see its comment on when they
may change).

Speakers and roles: each gold quote may name its resolved ``speaker`` and stated ``role``; over
the gold quotes a prediction overlaps, the speaker is right when the names share a word (as the
BBC gold's score.py counts it) and the role when either contains the other.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimtrail.eval.quote_errors import doc_errors
from claimtrail.eval.quote_run import SystemResult, claimtrail_predictions, score_system
from claimtrail.eval.snippet_gold import load_snippet_gold

HERE = Path(__file__).resolve().parent
GOLD = HERE / "quotes.json"
FLOORS = HERE / "floors.json"
METRICS = {"overlap_f1": "overlap", "exact_f1": "exact_prf", "attribution_f1": "attribution"}


NAME_STOP = {"mr", "mrs", "ms", "dr", "the", "of", "a", "an", "for"}


def name_words(name: str | None) -> set[str]:
    words = re.findall(r"[a-z][a-z'\-]+", (name or "").lower())
    return {w for w in words if w not in NAME_STOP and len(w) > 2}


def speaker_and_role_hits(analyzer) -> dict[str, list[bool]]:  # type: ignore[no-untyped-def]
    """Per gold quote with a ``speaker`` (``role``): whether the overlapping prediction has it."""
    from claimtrail.eval.snippet_gold import unique_span
    from claimtrail.ingest.readers import article_from_text

    data = json.loads(GOLD.read_text(encoding="utf-8"))
    hits: dict[str, list[bool]] = {"speaker": [], "role": []}
    for item in data["articles"]:
        analysis = analyzer.analyze(article_from_text(item["text"], "gold.txt"))
        for gold in item["quotes"]:
            parts = gold["content"] if isinstance(gold["content"], list) else [gold["content"]]
            start = unique_span(item["text"], parts[0], item["id"])[0]
            end = unique_span(item["text"], parts[-1], item["id"])[1]
            pred = next((q for q in analysis.quotes if q.start < end and start < q.end), None)
            if pred is None:
                continue
            speaker = pred.speaker
            if gold.get("speaker"):
                names = [speaker.name] if speaker else []
                names += next(
                    (
                        [e.name, *e.aliases]
                        for e in analysis.entities
                        if speaker and e.id == speaker.entity_id
                    ),
                    [],
                )
                hits["speaker"].append(
                    any(name_words(gold["speaker"]) & name_words(n) for n in names)
                )
            if gold.get("role"):
                role = (speaker.role if speaker else None) or ""
                want = gold["role"].lower()
                hits["role"].append(bool(role) and (want in role.lower() or role.lower() in want))
    return hits


@pytest.fixture(scope="module")
def hits(analyzer) -> dict[str, list[bool]]:  # type: ignore[no-untyped-def]
    return speaker_and_role_hits(analyzer)


@pytest.mark.parametrize("floor_name", ["speaker_acc", "role_acc"])
def test_speaker_and_role_stay_above_their_floors(hits, floor_name: str) -> None:
    found = hits[floor_name.removesuffix("_acc")]
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))[floor_name]
    assert len(found) >= 8
    accuracy = sum(found) / len(found)
    assert accuracy >= floor, f"{floor_name} {accuracy:.3f} < floor {floor} ({found})"


@pytest.fixture(scope="module")
def result(analyzer) -> SystemResult:  # type: ignore[no-untyped-def]
    articles = load_snippet_gold(GOLD)
    return score_system("claimtrail", articles, claimtrail_predictions(articles, analyzer, "news"))


def mistakes(result: SystemResult) -> str:
    """The per-article errors, so a failing gate says what went wrong."""
    records = (doc_errors(score, result.name) for score in result.scores)
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records if r is not None)


def test_gold_set_is_well_formed() -> None:
    articles = load_snippet_gold(GOLD)
    assert 8 <= len(articles) <= 16
    assert len({a.name for a in articles}) == len(articles)


@pytest.mark.parametrize("floor_name", sorted(METRICS))
def test_f1_stays_above_its_floor(result: SystemResult, floor_name: str) -> None:
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))[floor_name]
    f1 = getattr(result.counts, METRICS[floor_name]).f1
    assert f1 >= floor, f"{floor_name} {f1:.3f} < floor {floor}\n{mistakes(result)}"
