"""Split an article's text into segments so every quote and claim can be highlighted by offset.

Quotes and claims overlap (a claim inside a quote, a partial quote inside a claim), so instead
of nesting tags the text is cut at every span boundary: each segment carries the ids of all the
marks covering it. The template escapes each segment's text; no markup is ever built by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

MarkKind = Literal["quote", "claim"]


@dataclass(frozen=True)
class Mark:
    """One highlighted span: ``start``/``end`` are offsets into the article text."""

    id: str
    kind: MarkKind
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    text: str
    start: int
    marks: tuple[Mark, ...] = ()

    @property
    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.marks})

    @property
    def ids(self) -> list[str]:
        return [m.id for m in self.marks]

    @property
    def innermost(self) -> Mark | None:
        """The shortest covering mark: what a hover describes when spans nest."""
        return min(self.marks, key=lambda m: m.end - m.start, default=None)


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def segments(text: str, marks: list[Mark], start: int = 0, end: int | None = None) -> list[Segment]:
    """Cut ``text[start:end]`` at every mark boundary; empty or out-of-range marks are dropped."""
    end = len(text) if end is None else end
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    inside = [p for m in valid for p in (m.start, m.end) if start < p < end]
    cuts = sorted({start, end, *inside})
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = tuple(m for m in valid if m.start <= left and right <= m.end)
        out.append(Segment(text=text[left:right], start=left, marks=covering))
    return out


def paragraphs(text: str, marks: list[Mark], start: int = 0) -> list[list[Segment]]:
    """The text from ``start`` as paragraphs (split at blank lines), each a list of segments."""
    paras: list[list[Segment]] = []
    left = start
    for brk in PARAGRAPH_BREAK.finditer(text, start):
        if text[left : brk.start()].strip():
            paras.append(segments(text, marks, left, brk.start()))
        left = brk.end()
    if text[left:].strip():
        paras.append(segments(text, marks, left, len(text)))
    return paras
