"""Incremental grouping: each arriving article's claims are matched to known claims, and the
article joins the story of its matched claims (or the closest story, or a new one).

Pure logic over in-memory indexes; the store loads them from the database on open and feeds
them each committed article. A claim matches a known claim when the cosine of their sentence
vectors, nudged by the overlap of their named entities, reaches the embedder's threshold. An
article joins a story when its average cosine to the story's articles, plus credit for the
specific (rare) entities both name, reaches the story threshold: a story is one event or
thread, and entities every story of a topic names ("Labour") must not chain it into a topic.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from claimtrail.link.ann import Vectors, make_vectors
from claimtrail.link.embed import _WORD, Embedder
from claimtrail.link.names import entity_key
from claimtrail.models import Analysis, Claim
from claimtrail.vocabulary.grammar import MATCH_STOP_WORDS, uninflected

# Shared named entities are strong evidence two sentences are about the same event, disjoint
# ones that they are not ("Ford in talks with Xiaomi" vs "GM in talks with BYD").
ENTITY_BONUS = 0.10
ENTITY_PENALTY = 0.10
# The entity adjustment is at most ±0.1, so only rows near the top by cosine can win.
SHORTLIST = 32
# A time window keeps only rows seen inside it: up to this many neighbours are fetched to find
# a shortlist inside the window (beyond it the window holds too few close rows to matter).
WINDOW_FETCH_MAX = 4096
# How far below the story threshold an article may be and still join a story its claims
# point to: the claim match is evidence, the gate stops chains across topics ("the
# Conservatives would cut taxes" matched in two unrelated Tory stories). 0.15 let the BBC
# politics folder chain 9-21 unrelated articles into one story; see docs/evaluation.md.
STORY_GATE_SLACK = 0.05
# A story's score for an article is the article's average cosine to the story's articles plus
# credit for the *specific* entities both name. An entity's specificity is its inverse story
# frequency above GENERIC_IDF (named by fewer than ~2% of stories: log(1/0.018) = 4.0):
# "Yukos", "Baikal Finance" count, "Tony Blair", "Labour", "the UK" do not. Specificity
# SPECIFIC_ENOUGH (one rare entity, or a few fairly rare ones) earns the full weight.
STORY_ENTITY_WEIGHT = 0.25
GENERIC_IDF = 4.0
IDF_MIN_ROWS = 200
SPECIFIC_ENOUGH = 2.0
# Both name entities but none in common: likely another event ("US jobs" vs "German jobs").
STORY_DISJOINT_PENALTY = 0.10
# Only generic entities in common: the same topic, not yet the same event.
STORY_GENERIC_PENALTY = 0.05
# An article with no recognised entity (a bare headline) is keyed by its headline's content
# words instead, prefixed TERM_PREFIX, credited the same way with their own thresholds
# (chosen on Emergent's training split: story ARI 0.77 without them, 0.80 with).
STORY_TERM_WEIGHT = 0.2
TERM_PREFIX = "~"
TERM_GENERIC_IDF = 3.0
TERMS_ENOUGH = 2.0
# Headline terms' frequencies count as if the store held at least this many stories (0: the
# stories there are). With only the stories there are, a store of 40 stories credits no term
# at all (log(41 / 2) < TERM_GENERIC_IDF), so a claim's first headlines each start a story.
TERM_MIN_ROWS = 0
# Headline + central claim stand for the article when comparing it with story centroids.
ARTICLE_TEXT_CHARS = 400
# Inside the chosen story a claim matches a known one at this much below the claim threshold:
# the story already says the two are about one event (Emergent claim ARI 0.66 → 0.71).
STORY_CLAIM_SLACK = 0.10
# Across stories two claims must share TERMS_SHARED content words outside the names they
# mention (``claim_terms``), unless their cosine alone reaches PARAPHRASE_COSINE ("Apple buys
# Beats" / "Apple to acquire Beats Electronics"). Statements that share only a name reach the
# claim threshold on MiniLM (0.53-0.57 for "Tony Blair" statements), and one shared topic word
# ("tax", "election") is not enough either: cross-article claims were topic buckets (BBC
# business+politics: 97 claims over 5+ articles, 24 with this rule; Emergent claim ARI 0.711
# → 0.708, linked in memory; docs/evaluation.md). Inside the article's story the looser
# STORY_CLAIM_SLACK match stays as it was: a word rule there cost Emergent 0.01-0.02 ARI.
PARAPHRASE_COSINE = 0.70
TERMS_SHARED = 2
# A claim's terms are asked for several times while it is linked and stored (each pass of the
# plan, the article's later claims, the writer): the latest claims' are remembered.
CLAIM_TERMS_CACHE = 4096


@dataclass
class VectorIndex:
    """Rows of unit vectors with an id, a story, entity keys and when they were last seen.

    The vectors live in a nearest-neighbour index (``claimtrail.link.ann``: an HNSW graph, or
    the exact matrix it is measured against), so a lookup costs about the same at ten thousand
    rows as at a million; the bookkeeping beside it is plain lists."""

    dim: int
    # Stories compare entity sets by overlap (an article names a few of a story's many
    # entities); claims by Jaccard.
    by_overlap: bool = False
    search: str = "hnsw"  # or "exact" (the reference; see claimtrail.link.ann)
    ids: list[int] = field(default_factory=list)
    stories: list[int | None] = field(default_factory=list)
    entities: list[frozenset[str]] = field(default_factory=list)
    # Days since the epoch the row was last seen (None: unknown, inside every window).
    seen: list[float | None] = field(default_factory=list)
    # Claims: content words outside names (``claim_terms``); None where not known (no check).
    terms: list[frozenset[str] | None] = field(default_factory=list)
    vectors: Vectors = field(init=False, repr=False)
    _position: dict[int, int] = field(default_factory=dict, init=False, repr=False)
    _by_story: dict[int | None, list[int]] = field(default_factory=dict, init=False, repr=False)
    # How many rows name each key: a key most rows name ("labour party" among UK politics
    # stories) says little about which row an article belongs to.
    _key_rows: Counter[str] = field(default_factory=Counter, init=False, repr=False)

    def __post_init__(self) -> None:
        self.vectors = make_vectors(self.search, self.dim)

    def add(
        self,
        item_id: int,
        vector: np.ndarray | None,
        story_id: int | None,
        entities: frozenset[str],
        seen: float | None = None,
        terms: frozenset[str] | None = None,
    ) -> None:
        """A new row, or new entities, time and vector for a known one; ``vector`` None: the
        vectors already hold this row's (loaded from a snapshot). ``terms``: a claim's content
        words outside names (``claim_terms``), None when not known."""
        pos = self._position.get(item_id)
        if pos is None:
            pos = len(self.ids)
            self._position[item_id] = pos
            self.ids.append(item_id)
            self.stories.append(story_id)
            self.entities.append(entities)
            self.seen.append(seen)
            self.terms.append(terms)
            self._by_story.setdefault(story_id, []).append(pos)
            self._key_rows.update(entities)
        else:
            self._key_rows.subtract(self.entities[pos])
            self._key_rows.update(entities)
            self.entities[pos] = entities  # a row keeps its story: claims never move
            if terms is not None:
                self.terms[pos] = terms
            self.touch(item_id, seen)
        if vector is None:
            if item_id not in self.vectors:
                raise KeyError(f"no vector for row {item_id}")
        elif item_id not in self.vectors or not np.array_equal(
            self.vectors.get([item_id])[0], vector
        ):
            self.vectors.upsert(item_id, vector)  # new, or a story's centroid moved

    def touch(self, item_id: int, seen: float | None) -> None:
        """The row was seen again (a claim repeated): it stays inside a time window longer."""
        pos = self._position.get(item_id)
        if pos is None or seen is None:
            return
        old = self.seen[pos]
        self.seen[pos] = seen if old is None else max(old, seen)

    def vector(self, item_id: int) -> np.ndarray | None:
        if item_id not in self._position:
            return None
        return self.vectors.get([item_id])[0].copy()

    def score(self, item_id: int, vector: np.ndarray, entities: frozenset[str]) -> float | None:
        pos = self._position.get(item_id)
        if pos is None:
            return None
        return float(np.einsum("j,j->", self.vectors.get([item_id])[0], vector)) + self._adjust(
            entities, self.entities[pos]
        )

    def idf(self, key: str) -> float:
        """Inverse row frequency of a key, smoothed: log((1 + rows) / (1 + rows naming it)),
        entities with at least ``IDF_MIN_ROWS`` rows: a young store has seen too few stories
        to call an entity generic, so one few of them name counts as specific. Headline terms
        are counted against the rows there are (a headline's words are many, so until enough
        stories are seen few of them can be trusted to name an event; measured on Emergent)."""
        floor = TERM_MIN_ROWS if key.startswith(TERM_PREFIX) else IDF_MIN_ROWS
        rows = max(len(self.ids), floor)
        return math.log((1 + rows) / (1 + max(self._key_rows[key], 0)))

    def _adjust(self, entities: frozenset[str], row: frozenset[str]) -> float:
        if self.by_overlap:
            return _story_entity_adjust(entities, row, self.idf)
        return _entity_adjust(entities, row)

    def story_of(self, item_id: int) -> int | None:
        return self.stories[self._position[item_id]]

    def best(
        self,
        vector: np.ndarray,
        entities: frozenset[str],
        story: int | None = None,
        since: float | None = None,
        terms: frozenset[str] | None = None,
    ) -> tuple[int, float] | None:
        """The closest row by cosine plus entity adjustment: only rows of ``story`` if given,
        else the ``SHORTLIST`` nearest by cosine (from the index), only rows seen ``since``
        (days since the epoch) if given. With ``terms`` (a claim's content words outside
        names), a row sharing fewer than ``TERMS_SHARED`` of them counts only if its cosine
        reaches ``PARAPHRASE_COSINE``."""
        if story is not None:
            rows = self._by_story.get(story, [])
            if not rows:
                return None
            cosines = np.einsum("ij,j->i", self.vectors.get([self.ids[p] for p in rows]), vector)
            if len(rows) > SHORTLIST:
                picked = np.argpartition(-cosines, SHORTLIST)[:SHORTLIST]
                rows = [rows[i] for i in picked]
                cosines = cosines[picked]
        else:
            rows, cosines = self._nearest_rows(vector, since)
            if not rows:
                return None
        # The shortlist's cosines are computed row by row from the float32 rows (the index's
        # re-ranking, or the line above), the same way whichever index found it, so the graph
        # and the exact matrix agree to the last bit on the rows they share.
        scored = [
            (float(cosines[i]) + self._adjust(entities, self.entities[pos]), pos)
            for i, pos in enumerate(rows)
            if terms is None or self._says_the_same(terms, pos, float(cosines[i]))
        ]
        if not scored:
            return None
        score, pos = max(scored)
        return self.ids[pos], score

    def _says_the_same(self, terms: frozenset[str], pos: int, cosine: float) -> bool:
        """The row shares ``TERMS_SHARED`` content words outside names, or its cosine says it
        is a paraphrase; a row whose words are not known is not checked."""
        known = self.terms[pos]
        return known is None or cosine >= PARAPHRASE_COSINE or len(terms & known) >= TERMS_SHARED

    def search_ahead(self, vectors: np.ndarray) -> None:
        """The shortlists ``best`` will ask the index for, for each row of ``vectors``, found
        in one call and remembered until the next write (``claimtrail.link.ann``): what
        ``best`` then finds is the same, the index's per-call cost is paid once."""
        if len(vectors):
            self.vectors.search_ahead(vectors, SHORTLIST)

    def _nearest_rows(
        self, vector: np.ndarray, since: float | None
    ) -> tuple[list[int], np.ndarray]:
        """Positions of the ``SHORTLIST`` nearest rows (seen ``since``, if given) and their
        cosines: a window fetches more neighbours until enough fall inside it or
        ``WINDOW_FETCH_MAX`` are seen."""
        count = SHORTLIST
        while True:
            found, scores = self.vectors.nearest_scored(vector, count)
            keys = found.tolist()
            kept = [
                (i, p)
                for i, k in enumerate(keys)
                if (p := self._position.get(k)) is not None
                and (since is None or (s := self.seen[p]) is None or s >= since)
            ]
            exhausted = len(keys) < count or count >= WINDOW_FETCH_MAX
            if len(kept) >= SHORTLIST or exhausted or since is None:
                kept = kept[:SHORTLIST]
                return [p for _, p in kept], scores[[i for i, _ in kept]]
            count *= 4

    def __len__(self) -> int:
        return len(self.ids)


def _entity_adjust(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    overlap = len(a & b)
    if overlap == 0:
        return -ENTITY_PENALTY
    return ENTITY_BONUS * overlap / len(a | b)


def _story_entity_adjust(
    article: frozenset[str], story: frozenset[str], idf: Callable[[str], float]
) -> float:
    """Credit for the specific keys the article and the story share: each counts by how far its
    inverse frequency (``idf``) lies above ``GENERIC_IDF`` (``TERM_GENERIC_IDF`` for headline
    terms), so "Yukos" and "Baikal" count and "Labour", "Tony Blair" and "the UK" do not;
    sharing only generic entities, or none while both name some, costs a little."""
    shared = article & story
    terms = sum(max(0.0, idf(k) - TERM_GENERIC_IDF) for k in shared if k.startswith(TERM_PREFIX))
    bonus = STORY_TERM_WEIGHT * min(1.0, terms / TERMS_ENOUGH)
    named = [k for k in shared if not k.startswith(TERM_PREFIX)]
    if not named:
        both_name = any(not k.startswith(TERM_PREFIX) for k in article) and any(
            not k.startswith(TERM_PREFIX) for k in story
        )
        return bonus - (STORY_DISJOINT_PENALTY if both_name else 0.0)
    specific = sum(max(0.0, idf(k) - GENERIC_IDF) for k in named)
    if specific <= 0:
        return bonus - STORY_GENERIC_PENALTY
    return bonus + STORY_ENTITY_WEIGHT * min(1.0, specific / SPECIFIC_ENOUGH)


@dataclass(frozen=True)
class ClaimLink:
    claim: Claim
    vector: np.ndarray
    entities: frozenset[str]
    match: int | None  # a known claim id, or None for a new claim
    score: float | None
    # For a new claim: the index of an earlier new claim of the same article it repeats (a
    # headline and its lead sentence usually state one claim twice).
    same_as: int | None = None

    @property
    def terms(self) -> frozenset[str]:
        """The claim's content words outside names (what a cross-article match must share)."""
        return claim_terms(self.claim.text, self.entities)


@dataclass(frozen=True)
class LinkPlan:
    claims: list[ClaimLink]
    story_id: int | None  # None: start a new story
    article_vector: np.ndarray
    entities: frozenset[str]


@dataclass
class Linker:
    embedder: Embedder
    claims: VectorIndex
    stories: VectorIndex
    # Match only claims and stories seen this many days before the article (None: all time).
    window_days: float | None = None
    # The article being planned: the start of its window (days since the epoch), if any.
    _since: float | None = field(default=None, init=False, repr=False)

    @classmethod
    def empty(
        cls, embedder: Embedder, search: str = "hnsw", window_days: float | None = None
    ) -> Linker:
        claims = VectorIndex(embedder.dim, search=search)
        stories = VectorIndex(embedder.dim, by_overlap=True, search=search)
        return cls(embedder, claims, stories, window_days)

    def plan(
        self,
        analysis: Analysis,
        at: float | None = None,
        vectors: LinkVectors | None = None,
    ) -> LinkPlan:
        """Claims naming entities are matched across the whole store (or the window before
        ``at``, days since the epoch) and decide the story; claims naming none ("declined to
        comment") are matched only inside that story. ``vectors``: the rows of ``link_texts``
        computed beforehand (a batch of articles in one model call, or on a worker); used when
        they come from this linker's embedder, else the texts are encoded here."""
        self._since = (
            at - self.window_days if at is not None and self.window_days is not None else None
        )
        texts = link_texts(analysis)
        if vectors is not None and vectors.fits(self.embedder, len(texts)):
            vectors_ = vectors.rows
        else:
            vectors_ = self.embedder.encode(texts)
        return self._plan(analysis, vectors_)

    def _plan(self, analysis: Analysis, vectors: np.ndarray) -> LinkPlan:
        claim_keys = [claim_entities(analysis, c) for c in analysis.claims]
        # Every claim naming entities is searched for across the store: all in one call.
        self.claims.search_ahead(vectors[[i for i, keys in enumerate(claim_keys) if keys]])
        anchored = [
            self._link_claim(claim, vectors[i], claim_keys[i], [], None) if claim_keys[i] else None
            for i, claim in enumerate(analysis.claims)
        ]
        entities = frozenset(k for keys in claim_keys for k in keys) or article_entities(analysis)
        if not entities:  # a bare headline: its rare words name the event
            entities = article_terms(analysis)
        story = self._choose_story([a for a in anchored if a is not None], vectors[-1], entities)
        links: list[ClaimLink] = []
        for i, claim in enumerate(analysis.claims):
            scope = None if claim_keys[i] else story
            if scope is None and not claim_keys[i]:
                links.append(self._local_only(claim, vectors[i], links))
            else:
                links.append(self._link_claim(claim, vectors[i], claim_keys[i], links, scope))
        return LinkPlan(links, story, vectors[-1], entities)

    def _link_claim(
        self,
        claim: Claim,
        vector: np.ndarray,
        entities: frozenset[str],
        earlier: list[ClaimLink],
        story: int | None,
    ) -> ClaimLink:
        threshold = self.embedder.claim_threshold
        if story is not None:  # inside one event's story a rewording may be looser
            threshold -= STORY_CLAIM_SLACK
        best = self.claims.best(
            vector,
            entities,
            story,
            self._since if story is None else None,
            claim_terms(claim.text, entities) if story is None else None,  # across stories
        )
        local = _best_local(vector, entities, earlier)
        if best is not None and best[1] >= threshold and (local is None or best[1] >= local[1]):
            return ClaimLink(claim, vector, entities, best[0], best[1])
        return self._local_only(claim, vector, earlier, entities, local)

    def _local_only(
        self,
        claim: Claim,
        vector: np.ndarray,
        earlier: list[ClaimLink],
        entities: frozenset[str] = frozenset(),
        local: tuple[int, float] | None = None,
    ) -> ClaimLink:
        local = local if local is not None else _best_local(vector, entities, earlier)
        if local is not None and local[1] >= self.embedder.claim_threshold:
            first = earlier[local[0]]
            if first.match is not None and (
                float(first.vector @ vector) >= PARAPHRASE_COSINE
                or len(claim_terms(claim.text, entities) & first.terms) >= TERMS_SHARED
            ):
                # A stored claim is inherited from the article's own restatement only as it
                # would be matched across stories: a neighbouring statement of the same article
                # took every other statement's match along (the BBC's 12-article buckets).
                return ClaimLink(claim, vector, entities, first.match, local[1])
            if first.match is not None:
                return ClaimLink(claim, vector, entities, None, None)
            return ClaimLink(
                claim,
                vector,
                entities,
                None,
                local[1],
                same_as=first.same_as if first.same_as is not None else local[0],
            )
        return ClaimLink(claim, vector, entities, None, None)

    def _choose_story(
        self, links: list[ClaimLink], article_vector: np.ndarray, entities: frozenset[str]
    ) -> int | None:
        votes: Counter[int] = Counter()
        for link in links:
            story = self._story_of_claim(link.match)
            if story is not None:
                votes[story] += 3 if link.claim.central else 1  # the central claim leads
        for story, _ in votes.most_common():
            if self._plausible(story, article_vector, entities):
                return story
        best = self.stories.best(article_vector, entities, since=self._since)
        if best is not None and best[1] >= self.embedder.story_threshold:
            return best[0]
        return None

    def _plausible(self, story: int, article_vector: np.ndarray, entities: frozenset[str]) -> bool:
        """A story reached through claim matches must still resemble the article: matches of
        generic claims ("the government will act") otherwise chain unrelated stories."""
        score = self.stories.score(story, article_vector, entities)
        return score is None or score >= self.embedder.story_threshold - STORY_GATE_SLACK

    def _story_of_claim(self, claim_id: int | None) -> int | None:
        if claim_id is None:
            return None
        return self.claims.story_of(claim_id)

    def story_vector(self, story_id: int, article_vector: np.ndarray, count: int) -> np.ndarray:
        """The mean of the story's article vectors after adding one (a running mean, not
        renormalised): its dot product with an article is the article's average cosine to the
        story's articles (average link), which falls as a story sprawls over a topic, where
        the cosine to a renormalised centroid does not."""
        old = self.stories.vector(story_id)
        if old is None or count <= 1:
            return article_vector
        return (old * ((count - 1) / count) + article_vector / count).astype(np.float32)


@dataclass(frozen=True)
class LinkVectors:
    """An article's ``link_texts`` encoded ahead of its linking (``Linker.plan``): the rows
    and the name of the embedder that made them, so a linker with another embedder (or rows
    for other texts) is never given them."""

    embedder: str
    rows: np.ndarray

    def fits(self, embedder: Embedder, count: int) -> bool:
        return (
            self.embedder == embedder.name
            and self.rows.ndim == 2
            and self.rows.shape == (count, embedder.dim)
            and self.rows.dtype == np.float32
        )


def link_texts(analysis: Analysis) -> list[str]:
    """What linking an article encodes: each claim's text, then the article's own text
    (headline + central claim, ``article_text``)."""
    return [c.text for c in analysis.claims] + [article_text(analysis)]


def encode_articles(embedder: Embedder, analyses: list[Analysis]) -> list[LinkVectors]:
    """Every article's ``link_texts`` in one model call (the model batches texts of similar
    length across articles: less padding and fewer calls than one call per article), split
    back per article. The rows equal one call per article's to the last bit (the model's
    rows do not depend on their batch; ``tests/link/test_embed.py``)."""
    texts = [link_texts(a) for a in analyses]
    rows = embedder.encode([t for group in texts for t in group])
    out: list[LinkVectors] = []
    start = 0
    for group in texts:
        out.append(LinkVectors(embedder.name, rows[start : start + len(group)]))
        start += len(group)
    return out


def _best_local(
    vector: np.ndarray, entities: frozenset[str], earlier: list[ClaimLink]
) -> tuple[int, float] | None:
    scores = [
        (i, float(link.vector @ vector) + _entity_adjust(entities, link.entities))
        for i, link in enumerate(earlier)
    ]
    return max(scores, key=lambda pair: pair[1], default=None)


def article_text(analysis: Analysis) -> str:
    central = analysis.central_claim()
    parts = [analysis.article.headline or "", central.text if central else ""]
    text = " ".join(p for p in parts if p) or analysis.article.text
    return text[:ARTICLE_TEXT_CHARS]


def claim_entities(analysis: Analysis, claim: Claim) -> frozenset[str]:
    """Entity keys of a claim: its linked entities, else entities named in its text."""
    names = [e.name for e in (analysis.entity(i) for i in claim.entity_ids) if e is not None]
    if not names:
        lowered = claim.text.lower()
        names = [
            e.name
            for e in analysis.entities
            if any(n.lower() in lowered for n in [e.name, *e.aliases] if len(n) > 2)
        ]
    return frozenset(k for k in (entity_key(n) for n in names) if k)


def article_entities(analysis: Analysis) -> frozenset[str]:
    return frozenset(
        k
        for k in (
            entity_key(e.name) for e in analysis.entities if e.type in {"person", "organization"}
        )
        if k
    )


def article_terms(analysis: Analysis) -> frozenset[str]:
    """The headline's content words as keys ("~beheading"), to weigh by how few stories use
    them: where no entity is recognised (a bare headline) they are what names the event."""
    text = (analysis.article.headline or analysis.article.text[:ARTICLE_TEXT_CHARS]).lower()
    bare = (_bare(w) for w in _WORD.findall(text))  # "al-Baghdadi's" meets "al-Baghdadi"
    words = (w for w in bare if w not in MATCH_STOP_WORDS and len(w) > 2)
    return frozenset(TERM_PREFIX + uninflected(w) for w in words)


@lru_cache(maxsize=CLAIM_TERMS_CACHE)
def claim_terms(text: str, entities: frozenset[str]) -> frozenset[str]:
    """A claim's content words outside the names it mentions, stemmed: "To take the matter to
    Tony Blair" → {take, matter}. What two claims of different articles must share (or be
    paraphrases) to be one claim: a shared name says they are about someone, not that they
    say the same thing. Names are the words of its entity keys and, unless the text is set in
    title case (a headline), its capitalised words after the first ("the Tories", "the
    Budget": a party or an institution named the way the entity list does not spell it)."""
    name_words = {w for key in entities for w in key.split()}
    tokens = _CASED_WORD.findall(text)
    title_case = sum(t[0].isupper() for t in tokens) * 2 > len(tokens)
    kept = (
        _bare(t.lower()) for i, t in enumerate(tokens) if i == 0 or title_case or not t[0].isupper()
    )
    return frozenset(
        uninflected(w)
        for w in kept
        if len(w) > 2 and w not in MATCH_STOP_WORDS and w not in name_words
    )


_CASED_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")


def _bare(word: str) -> str:
    """The word without its clitic: "blair's" → "blair"."""
    return word.split("'")[0].split("\u2019")[0]
