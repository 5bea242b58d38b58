"""The internal record every quote finder produces, before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Profile:
    """What the text says about a speaker at the point of attribution."""

    name: str | None = None
    role: str | None = None
    organization: str | None = None
    location: str | None = None
    party: str | None = None
    channel: str | None = None


@dataclass(frozen=True)
class QuoteCandidate:
    """A quote found in the text: content, cue and source as character spans.

    ``segments`` holds the content's pieces when an attribution interrupts it
    (``"A," he said, "B."``); ``start``/``end`` run from the first piece to the last.
    """

    start: int
    end: int
    kind: str  # direct | indirect | mixed | partial
    cue: tuple[int, int] | None = None
    cue_lemma: str | None = None
    source: tuple[int, int] | None = None
    source_head: int | None = None  # token index of the source mention's head
    negated: bool = False
    profile: Profile = field(default_factory=Profile)
    segments: tuple[tuple[int, int], ...] = ()
    finder: str = ""  # which rule found it (for error analysis)

    def with_(self, **changes: object) -> QuoteCandidate:
        return replace(self, **changes)  # type: ignore[arg-type]

    def overlaps(self, start: int, end: int) -> int:
        return max(0, min(self.end, end) - max(self.start, start))
