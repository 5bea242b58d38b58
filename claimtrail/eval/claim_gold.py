"""Claim gold in the BBC development gold's format, and its three figures.

A gold article is ``{"name", "text", "claims": [{"keywords", "status", "attributions":
[{"source", "attitude"}]}]}`` (``text``'s first line is the headline). The figures follow the gold
set's scorer (``../shared/gold/score.py``), so a CI gate on written articles measures what the
BBC figures measure:

- claim recall: a predicted claim's text (first 300 characters), or the article text at its span
  (at most 400 characters), holds every keyword (case-insensitive);
- status accuracy: of all gold claims, found with the gold status on the matching claim whose
  span covers most of the claim's keywords (the central one on a tie);
- attribution recall: of all gold attributions, a matching claim has one with the same attitude
  whose source shares a name word (longer than two letters) with the gold source.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from claimtrail.models import Analysis, Claim
from claimtrail.vocabulary.grammar import NAME_STOP_WORDS

MAX_TEXT = 300
MAX_SPAN = 400


@dataclass(frozen=True)
class ClaimScores:
    claims: int
    found: int
    status_ok: int
    attributions: int
    attributions_ok: int

    @property
    def claim_recall(self) -> float:
        return self.found / self.claims if self.claims else 0.0

    @property
    def status_acc(self) -> float:
        return self.status_ok / self.claims if self.claims else 0.0

    @property
    def attribution_recall(self) -> float:
        return self.attributions_ok / self.attributions if self.attributions else 0.0


def load_claim_gold(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return list(data["articles"])


def _name_words(name: str | None) -> set[str]:
    words = re.findall(r"[a-z][a-z'\-]+", (name or "").lower())
    return {w for w in words if w not in NAME_STOP_WORDS and len(w) > 2}


def _haystack(claim: Claim, text: str) -> str:
    span = text[claim.start : claim.end] if 0 < claim.end - claim.start <= MAX_SPAN else ""
    return (claim.text[:MAX_TEXT] + " " + span).lower()


def score_claims(gold: list[dict], analyses: list[Analysis]) -> tuple[ClaimScores, list[str]]:
    """The figures over ``gold`` and the analyses of its texts (same order), and every miss."""
    n = found = status_ok = n_att = att_ok = 0
    misses: list[str] = []
    for article, analysis in zip(gold, analyses, strict=True):
        text = analysis.article.text
        for gc in article["claims"]:
            n += 1
            n_att += len(gc["attributions"])
            keywords = [k.lower() for k in gc["keywords"]]
            cands = [c for c in analysis.claims if all(k in _haystack(c, text) for k in keywords)]
            if not cands:
                misses.append(f"{article['name']}: claim not found {gc['keywords']}")
                continue
            found += 1
            positions = [
                m.start() for k in keywords for m in re.finditer(re.escape(k), text.lower())
            ]

            def covered(c: Claim, positions: list[int] = positions) -> tuple[int, bool]:
                return sum(c.start <= p < c.end for p in positions), c.central

            best = max(cands, key=covered)
            if best.status == gc["status"]:
                status_ok += 1
            else:
                misses.append(
                    f"{article['name']}: status {best.status} != {gc['status']} {gc['keywords']}"
                )
            for ga in gc["attributions"]:
                want = _name_words(ga["source"])
                hit = any(
                    x.attitude == ga["attitude"] and want & _name_words(x.source.name)
                    for c in cands
                    for x in c.attributions
                )
                att_ok += hit
                if not hit:
                    misses.append(
                        f"{article['name']}: attribution missed {ga['source']} {ga['attitude']}"
                    )
    return ClaimScores(n, found, status_ok, n_att, att_ok), misses
