"""Name keys that let one speaker, entity or outlet match across articles.

"CEO Jim Farley", "Jim Farley" and "Mr. Farley" share the surname key "farley"; titles and
honorifics are dropped before keys are built. Outlets have aliases ("FT" → "financial times").
"""

from __future__ import annotations

import re
import unicodedata

from claimtrail.vocabulary.gazetteer import (
    CORPORATE_SUFFIXES,
    GENERIC_OUTLET_REFERENCES,
    NAME_TITLES,
    OUTLET_ALIASES,
)

_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_ANONYMOUS = re.compile(
    r"\b(people|person|sources?|insiders?|officials?|executives?|someone|spokes\w*)\b"
    r".*\b(familiar|knowledge|briefed|close|matter|declined|anonymity|said)\b|"
    r"^(a |an |the |some |other )?(sources?|insiders?|people|officials?|analysts?|experts?|"
    r"investors?|executives?|critics?|observers?|economists?|traders?|residents?)$"
)


def fold(text: str) -> str:
    """Lowercase ASCII with punctuation removed and spaces collapsed."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SPACES.sub(" ", _NON_WORD.sub(" ", ascii_text.lower())).strip()


def name_key(name: str) -> str:
    """The name without titles: "CEO Jim Farley" → "jim farley"."""
    words = fold(name).split()
    while words and words[0] in NAME_TITLES:
        words = words[1:]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def surname_key(name: str) -> str | None:
    words = name_key(name).split()
    return words[-1] if words else None


def outlet_key(name: str | None) -> str | None:
    """The canonical outlet a name refers to, or its folded form ("the Verge" → "the verge")."""
    if not name:
        return None
    folded = fold(name)
    bare = folded.removeprefix("the ").strip()
    return OUTLET_ALIASES.get(folded) or OUTLET_ALIASES.get(bare) or bare or None


def known_outlet(name: str, stored_outlets: set[str]) -> str | None:
    """The outlet key when ``name`` names a news outlet (aliased or seen as a source)."""
    folded = fold(name).removeprefix("the ").strip()
    key = OUTLET_ALIASES.get(folded) or (folded if folded in stored_outlets else None)
    return key


def is_generic_outlet(name: str) -> bool:
    """ "the newspaper", "the paper": an outlet named elsewhere in the article."""
    bare = fold(name).removeprefix("the ").removeprefix("that ").strip()
    return bare in GENERIC_OUTLET_REFERENCES


def is_anonymous(name: str | None) -> bool:
    return not name or bool(_ANONYMOUS.search(fold(name)))


def entity_key(name: str) -> str:
    """Entities: "Xiaomi Corp." and "Xiaomi" meet; company suffixes are noise here."""
    words = [w for w in name_key(name).split() if w not in CORPORATE_SUFFIXES]
    return " ".join(words)
