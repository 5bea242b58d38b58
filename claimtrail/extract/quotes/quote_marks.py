"""Find quoted passages from quotation marks alone, before any parsing.

Handles straight and curly double marks, quotes spanning several sentences, multi-paragraph
quotes (a paragraph that continues a quote opens a mark without closing the previous one), and
unbalanced marks: an unclosed quote ends at its paragraph and is flagged, never refused
(textacy crashes on odd mark counts — its issue #379). Articles in the single-mark house style
(British tabloids and some wires: 'We are not in talks,' she said) have their single marks
read as quotation marks, told from apostrophes by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPENING_MARKS = {"\u201c", "\u201e", "\u00ab"}  # “ „ «
CLOSING_MARKS = {"\u201d", "\u00bb"}  # ” »
STRAIGHT = '"'
# A straight mark opens when what precedes it is one of these (or the text start).
_OPEN_CONTEXT = set(" \t\n([{\u2014\u2013-/:")


@dataclass(frozen=True)
class QuotedSpan:
    """``open``/``close`` are the mark offsets; content is ``start:end`` between them."""

    open: int
    close: int | None  # None when the quote never closes (ended at the paragraph end)
    start: int
    end: int
    paragraphs: int = 1

    @property
    def closed(self) -> bool:
        return self.close is not None


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    if ch in OPENING_MARKS:
        return True
    if ch != STRAIGHT:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before in OPENING_MARKS) and not after.isspace()


def _is_closing(text: str, i: int) -> bool:
    ch = text[i]
    if ch in CLOSING_MARKS:
        return True
    return ch == STRAIGHT and not _is_opening(text, i)


def _paragraph_end(text: str, i: int) -> int:
    nl = text.find("\n", i)
    return len(text) if nl < 0 else nl


def _next_paragraph_opens_quote(text: str, para_end: int) -> bool:
    j = para_end
    while j < len(text) and text[j].isspace():
        j += 1
    return j < len(text) and _is_opening(text, j)


def _with_doubled_apostrophes_as_marks(text: str) -> str:
    """Some wires (and the NYT in PolNeAR) write quotes as ''…''. Map each pair to a curly
    mark plus the apostrophe it replaces, keeping every offset unchanged."""
    if "''" not in text:
        return text
    chars = list(text)
    i = 0
    while i < len(chars) - 1:
        if chars[i] == "'" and chars[i + 1] == "'":
            before = chars[i - 1] if i > 0 else " "
            after = chars[i + 2] if i + 2 < len(chars) else " "
            if (before in _OPEN_CONTEXT or before in OPENING_MARKS) and not after.isspace():
                chars[i] = "\u201c"  # “' : opening
            else:
                chars[i + 1] = "\u201d"  # '” : closing
            i += 2
            continue
        i += 1
    return "".join(chars)


def _without_pair_apostrophes(text: str, span: QuotedSpan) -> QuotedSpan:
    start, end = span.start, span.end
    if start < end and text[start] == "'" and text.startswith("''", start - 1):
        start += 1
    if end > start and text[end - 1] == "'" and text.startswith("''", end - 1):
        end -= 1
    return QuotedSpan(span.open, span.close, start, end, span.paragraphs)


# A single mark opens a quote after a space, an opening bracket, a colon or a dash, before a
# letter ("said: 'We…", "like 'crack for toddlers'"), unless it elides a word's start ("'em",
# "rock 'n' roll" stays a quote of "n", harmlessly).
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[{:\u2014\u2013/-]))['\u2018](?=[^\W\d_])", re.M)
_ELISIONS = re.compile(r"['\u2018](?:em|til|tis|twas|cause|n\b)", re.I)
# It closes after a non-space, before a space, the end or punctuation; a plural possessive
# ("the neighbours' house": an s, a space, a lower-case word) is an apostrophe.
_SINGLE_CLOSE = re.compile(r"(?<=\S)['\u2019](?=$|[\s.,;:!?)\]\u2014\u2013-])", re.M)
_POSSESSIVE = re.compile(r"s['\u2019] [a-z0-9]")
_DOUBLE_MARKS = re.compile('[\u201c\u201d\u201e\u00ab\u00bb"]')


@lru_cache(maxsize=64)
def uses_single_marks(text: str) -> bool:
    """Whether ``text`` quotes with single marks: no double mark at all (so nothing nests
    inside another style's quote) and at least two single marks that open a quote."""
    if _DOUBLE_MARKS.search(text) or "''" in text:
        return False
    opens = sum(1 for m in _SINGLE_OPEN.finditer(text) if not _ELISIONS.match(text, m.start()))
    return opens >= 2


def _with_single_marks_as_doubles(text: str) -> str:
    """Map the single marks that open and close quotes to curly double marks, keeping every
    offset; apostrophes inside and at the end of words stay."""
    chars = list(text)
    for m in _SINGLE_OPEN.finditer(text):
        if not _ELISIONS.match(text, m.start()):
            chars[m.start()] = "\u201c"
    for m in _SINGLE_CLOSE.finditer(text):
        if chars[m.start()] == "\u201c" or _POSSESSIVE.match(text, m.start() - 1):
            continue
        chars[m.start()] = "\u201d"
    return "".join(chars)


def find_quoted_spans(text: str, single_marks: bool | None = None) -> list[QuotedSpan]:
    """All top-level quoted passages in ``text``, in order. ``single_marks``: whether single
    marks are quotation marks (default: as ``uses_single_marks`` finds for ``text``; a caller
    scanning one sentence passes its article's answer)."""
    if single_marks is None:
        single_marks = uses_single_marks(text)
    if single_marks:
        return _scan(_with_single_marks_as_doubles(text))
    scanned = _with_doubled_apostrophes_as_marks(text)
    spans = _scan(scanned)
    return [_without_pair_apostrophes(text, s) for s in spans] if scanned is not text else spans


def _scan(text: str) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in OPENING_MARKS and text[i] != STRAIGHT or not _is_opening(text, i):
            i += 1
            continue
        span, i = _read_quote(text, i)
        if span is not None:
            spans.append(span)
    return spans


def _read_quote(text: str, open_at: int) -> tuple[QuotedSpan | None, int]:
    """Read from an opening mark to its closing mark, following paragraph continuations."""
    j, paragraphs = open_at + 1, 1
    para_end = _paragraph_end(text, j)
    while True:
        close = _find_close(text, j, para_end)
        if close is not None:
            span = QuotedSpan(open_at, close, open_at + 1, close, paragraphs)
            return (span if close > open_at + 1 else None), close + 1
        if _next_paragraph_opens_quote(text, para_end):
            # The convention for a quote running on: the next paragraph reopens the mark.
            j = para_end
            while text[j].isspace():
                j += 1
            j += 1
            para_end = _paragraph_end(text, j)
            paragraphs += 1
            continue
        end = para_end
        return QuotedSpan(open_at, None, open_at + 1, end, paragraphs), end


def _find_close(text: str, start: int, stop: int) -> int | None:
    for k in range(start, stop):
        ch = text[k]
        if ch in CLOSING_MARKS or (ch == STRAIGHT and _is_closing(text, k)):
            return k
    return None
