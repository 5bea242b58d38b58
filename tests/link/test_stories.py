"""Grouping claims and stories (claimtrail/link/stories.py), with an embedder whose cosines are
chosen here: one axis per topic word, so two texts are similar exactly when they share one."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from claimtrail.link.ann import INITIAL_ROWS
from claimtrail.link.stories import (
    ARTICLE_TEXT_CHARS,
    ENTITY_BONUS,
    ENTITY_PENALTY,
    GENERIC_IDF,
    IDF_MIN_ROWS,
    PARAPHRASE_COSINE,
    SPECIFIC_ENOUGH,
    STORY_CLAIM_SLACK,
    STORY_DISJOINT_PENALTY,
    STORY_ENTITY_WEIGHT,
    STORY_GENERIC_PENALTY,
    STORY_TERM_WEIGHT,
    TERM_PREFIX,
    TERMS_SHARED,
    Linker,
    LinkPlan,
    LinkVectors,
    VectorIndex,
    _entity_adjust,
    _story_entity_adjust,
    article_entities,
    article_terms,
    article_text,
    claim_entities,
    claim_terms,
    encode_articles,
    link_texts,
)
from tests.store.factory import ClaimSpec, make_analysis

TOPICS = ("talks", "dairy", "tariff", "comment")


@dataclass
class TopicEmbedder:
    """A text's vector is the unit sum of the topic words it contains."""

    dim: int = len(TOPICS) + 1
    name: str = "topics"
    claim_threshold: float = 0.5
    story_threshold: float = 0.5

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for axis, word in enumerate(TOPICS):
                out[row, axis] = float(word in text.lower())
            if not out[row].any():
                out[row, -1] = 1.0  # no topic: its own direction
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def remember(linker: Linker, plan: LinkPlan, story_id: int, first_claim_id: int) -> list[int]:
    """What the store does after committing an article: index its new claims and its story."""
    ids = []
    for offset, link in enumerate(plan.claims):
        claim_id = link.match if link.match is not None else first_claim_id + offset
        linker.claims.add(claim_id, link.vector, story_id, link.entities, terms=link.terms)
        ids.append(claim_id)
    linker.stories.add(story_id, plan.article_vector, story_id, plan.entities)
    return ids


# -- the index ---------------------------------------------------------------------------------
SEARCHES = pytest.mark.parametrize("search", ["hnsw", "exact"])


@SEARCHES
def test_index_grows_past_its_first_allocation_and_keeps_every_row(search: str) -> None:
    index = VectorIndex(dim=3, search=search)
    for i in range(INITIAL_ROWS + 5):
        index.add(
            i, unit(1, 0, 0) if i % 2 else unit(0, 1, 0), story_id=i % 3, entities=frozenset()
        )
    assert len(index) == INITIAL_ROWS + 5
    assert np.allclose(index.vector(INITIAL_ROWS + 3), unit(1, 0, 0))
    assert index.vector(10_000) is None


@SEARCHES
def test_best_is_the_nearest_row_and_can_be_kept_to_one_story(search: str) -> None:
    index = VectorIndex(dim=3, search=search)
    index.add(1, unit(1, 0, 0), 10, frozenset())
    index.add(2, unit(0, 1, 0), 20, frozenset())
    index.add(3, unit(1, 1, 0), 20, frozenset())
    assert index.best(unit(1, 0, 0), frozenset())[0] == 1
    item, score = index.best(unit(1, 0, 0), frozenset(), story=20)
    assert item == 3 and score == pytest.approx(np.sqrt(0.5))
    assert index.best(unit(1, 0, 0), frozenset(), story=99) is None
    assert VectorIndex(dim=3).best(unit(1, 0, 0), frozenset()) is None


@SEARCHES
def test_adding_a_known_id_again_updates_it_but_keeps_its_story(search: str) -> None:
    index = VectorIndex(dim=3, search=search)
    index.add(1, unit(1, 0, 0), 10, frozenset({"ford"}))
    index.add(1, unit(0, 0, 1), 99, frozenset({"xiaomi"}))
    assert len(index) == 1 and index.story_of(1) == 10
    assert np.allclose(index.vector(1), unit(0, 0, 1))
    assert index.score(1, unit(0, 0, 1), frozenset({"xiaomi"})) == pytest.approx(1 + ENTITY_BONUS)


def test_entities_nudge_claim_scores() -> None:
    ford, xiaomi, gm = "ford", "xiaomi", "gm"
    assert _entity_adjust(frozenset(), frozenset({ford})) == 0.0
    assert _entity_adjust(frozenset({ford}), frozenset({gm})) == -ENTITY_PENALTY
    assert _entity_adjust(frozenset({ford, xiaomi}), frozenset({ford, xiaomi})) == ENTITY_BONUS
    assert _entity_adjust(frozenset({ford}), frozenset({ford, xiaomi})) == ENTITY_BONUS / 2


def test_only_specific_shared_entities_earn_story_credit() -> None:
    """The BBC politics folder chained unrelated articles through "Labour", "Tony Blair" and
    "the Conservatives": an entity most stories name earns nothing, a rare one earns credit."""
    idf = {"labour party": 1.5, "tony blair": 2.0, "yukos": GENERIC_IDF + SPECIFIC_ENOUGH}.get
    story = frozenset({"labour party", "tony blair", "yukos"})
    generic = frozenset({"labour party", "tony blair"})
    assert _story_entity_adjust(generic, story, idf) == -STORY_GENERIC_PENALTY
    assert _story_entity_adjust(frozenset({"yukos"}), story, idf) == STORY_ENTITY_WEIGHT
    assert _story_entity_adjust(frozenset({"gazprom"}), story, idf) == -STORY_DISJOINT_PENALTY
    assert _story_entity_adjust(frozenset(), story, idf) == 0.0
    half = {"rosneft": GENERIC_IDF + SPECIFIC_ENOUGH / 2}.get
    assert _story_entity_adjust(
        frozenset({"rosneft"}), frozenset({"rosneft"}), half
    ) == pytest.approx(STORY_ENTITY_WEIGHT / 2)


def test_headline_terms_earn_credit_by_their_own_rarity() -> None:
    idf = {f"{TERM_PREFIX}sotloff": 9.0, f"{TERM_PREFIX}isis": 1.0}.get
    story = frozenset({f"{TERM_PREFIX}sotloff", f"{TERM_PREFIX}isis"})
    rare = frozenset({f"{TERM_PREFIX}sotloff"})
    assert _story_entity_adjust(rare, story, idf) == STORY_TERM_WEIGHT
    assert _story_entity_adjust(frozenset({f"{TERM_PREFIX}isis"}), story, idf) == 0.0
    # terms never count as disjoint entities: a story keyed by entities is not penalised
    assert _story_entity_adjust(rare, frozenset({"ford"}), idf) == 0.0


def test_key_frequencies_follow_the_rows() -> None:
    index = VectorIndex(dim=3, by_overlap=True, search="exact")
    index.add(1, unit(1, 0, 0), None, frozenset({"labour party", "yukos", "~strike"}))
    index.add(2, unit(0, 1, 0), None, frozenset({"labour party", "~strike"}))
    index.add(3, unit(0, 0, 1), None, frozenset({"labour party", "~strike"}))
    assert index.idf("never named") > index.idf("yukos") > index.idf("labour party")
    index.add(1, unit(1, 0, 0), None, frozenset({"labour party"}))  # a story's keys change
    assert index.idf("yukos") == index.idf("never named")


def test_a_young_store_calls_no_entity_generic_but_counts_terms_as_they_are() -> None:
    """Two stories both naming Ford: too few to call Ford generic (the demo corpus's two
    stories fell apart into eight without the floor); a headline word both use is."""
    index = VectorIndex(dim=3, by_overlap=True, search="exact")
    for i in range(2):
        index.add(i, unit(1, 0, 0), None, frozenset({"ford", f"{TERM_PREFIX}talk"}))
    assert index.idf("ford") == pytest.approx(np.log((1 + IDF_MIN_ROWS) / 3))
    assert index.idf("ford") > GENERIC_IDF
    assert index.idf(f"{TERM_PREFIX}talk") == 0.0


def test_a_row_sharing_too_few_content_words_counts_only_as_a_paraphrase() -> None:
    index = VectorIndex(dim=3, search="exact")
    query, words = unit(1, 0, 0), frozenset({"resign", "budget", "vote"})
    index.add(1, unit(0.6, 0.8, 0), None, frozenset(), terms=frozenset({"resign", "vote"}))
    index.add(2, unit(0.8, 0, 0.6), None, frozenset(), terms=frozenset({"tax"}))  # cos 0.8
    assert TERMS_SHARED == 2 and 0.8 >= PARAPHRASE_COSINE > 0.65
    assert index.best(query, frozenset(), terms=words)[0] == 2  # a paraphrase by its cosine
    index.add(2, unit(0.65, 0, 0.76), None, frozenset(), terms=frozenset({"resign"}))  # cos 0.65
    assert index.best(query, frozenset(), terms=words)[0] == 1  # shares two words
    assert index.best(query, frozenset(), terms=frozenset({"resign"})) is None  # one is too few
    assert index.best(query, frozenset())[0] == 2  # no words asked: no check
    index.add(3, unit(0.5, -0.87, 0), None, frozenset())  # words not known: no check
    assert index.best(query, frozenset(), terms=frozenset({"resign"}))[0] == 3


# -- texts and entities of an article ----------------------------------------------------------
def test_article_text_is_headline_and_central_claim_cut_short() -> None:
    analysis = make_analysis(
        "Ford denies talks", "Body.", claims=[ClaimSpec("Ford held talks with Xiaomi")]
    )
    assert article_text(analysis) == "Ford denies talks Ford held talks with Xiaomi"
    long = make_analysis("x" * 1000, "Body.")
    assert len(article_text(long)) == ARTICLE_TEXT_CHARS


def test_a_headline_without_entities_is_keyed_by_its_content_words() -> None:
    bare = make_analysis("ISIS beheads Steve Sotloff", "ISIS beheads Steve Sotloff.", entities=[])
    assert article_terms(bare) == {
        f"{TERM_PREFIX}isi",  # the crude stemmer of claimtrail.link.embed
        f"{TERM_PREFIX}behead",
        f"{TERM_PREFIX}steve",
        f"{TERM_PREFIX}sotloff",
    }
    plan = Linker.empty(TopicEmbedder()).plan(bare)
    assert plan.entities == article_terms(bare)
    named = _talks("Ford and Xiaomi held talks", "Ford and Xiaomi held talks")
    assert not any(
        k.startswith(TERM_PREFIX) for k in Linker.empty(TopicEmbedder()).plan(named).entities
    )


def test_a_possessive_headline_term_meets_the_bare_name() -> None:
    """ "Zorvath's" and "Zorvath" are one key (the possessive kept them apart), and a
    contraction's stem is a stop word like its base ("it's", "that's")."""
    possessive = make_analysis("It's Zorvath's wife, says Quarnley", "Body.", entities=[])
    bare = make_analysis("Quarnley arrests wife of Zorvath", "Body.", entities=[])
    shared = article_terms(possessive) & article_terms(bare)
    assert shared == {f"{TERM_PREFIX}zorvath", f"{TERM_PREFIX}wife", f"{TERM_PREFIX}quarnley"}
    assert f"{TERM_PREFIX}it" not in article_terms(possessive)


def test_claim_entities_from_links_else_from_names_in_the_text() -> None:
    analysis = make_analysis(
        "Ford and Xiaomi",
        "Ford said talks with Xiaomi Corp. ended.",
        claims=[ClaimSpec("Ford held talks")],
        entities=["Ford", "Xiaomi"],
    )
    assert claim_entities(analysis, analysis.claims[0]) == {"ford"}
    unlinked = analysis.claims[0].model_copy(
        update={"entity_ids": [], "text": "xiaomi made an offer"}
    )
    assert claim_entities(analysis, unlinked) == {"xiaomi"}  # named in the text, any case
    assert article_entities(analysis) == {"ford", "xiaomi"}


def test_claim_terms_are_its_content_words_outside_the_names_it_mentions() -> None:
    terms = claim_terms("To take the matter to Tony Blair if necessary", frozenset({"tony blair"}))
    assert terms == {"take", "matter", "necessary"}
    assert claim_terms("Mr Blair's plans were rejected", frozenset({"tony blair"})) == {
        "plan",
        "reject",
    }
    assert claim_terms("Blair said it", frozenset({"tony blair"})) == frozenset()
    # a name the entity keys spell otherwise ("conservative party") is capitalised in a sentence
    tories = claim_terms("Voters say the Tories would cut taxes", frozenset({"conservative party"}))
    assert tories == {"voter", "cut", "tax"}
    # a headline in title case keeps its capitalised words (else nothing would be left)
    assert claim_terms("Apple Is Buying Beats", frozenset({"apple"})) == {"buy", "beat"}


# -- the linker ----------------------------------------------------------------------------------
def _talks(headline: str, claim: str) -> object:
    return make_analysis(
        headline, f"{claim}.", claims=[ClaimSpec(claim)], entities=["Ford", "Xiaomi"]
    )


def test_first_article_starts_a_story_and_a_follow_up_joins_it() -> None:
    linker = Linker.empty(TopicEmbedder())
    first = linker.plan(_talks("Ford and Xiaomi held talks", "Ford and Xiaomi held talks"))
    assert first.story_id is None and first.claims[0].match is None
    (claim_id,) = remember(linker, first, story_id=1, first_claim_id=100)

    follow = linker.plan(_talks("Xiaomi denies talks with Ford", "Ford and Xiaomi held talks"))
    assert follow.story_id == 1
    assert follow.claims[0].match == claim_id and follow.claims[0].score >= 0.5


def test_vectors_encoded_ahead_give_the_same_plan_and_others_are_not_used() -> None:
    embedder = TopicEmbedder()
    first = _talks("Ford and Xiaomi held talks", "Ford and Xiaomi held talks")
    follow = _talks("Xiaomi denies dairy talks with Ford", "Ford and Xiaomi held talks")
    ahead = encode_articles(embedder, [first, follow])
    assert [len(v.rows) for v in ahead] == [len(link_texts(first)), len(link_texts(follow))]
    assert np.array_equal(ahead[1].rows, embedder.encode(link_texts(follow)))

    plans = []
    for vectors in (None, ahead):
        linker = Linker.empty(embedder)
        remember(linker, linker.plan(first, vectors=vectors and vectors[0]), 1, 100)
        plans.append(linker.plan(follow, vectors=vectors and vectors[1]))
    assert plans[0].story_id == plans[1].story_id == 1
    assert [c.match for c in plans[0].claims] == [c.match for c in plans[1].claims] == [100]

    # rows of another embedder, or for other texts, are not used: the texts are encoded
    assert ahead[0].rows.shape == ahead[1].rows.shape
    assert not np.array_equal(ahead[0].rows[-1], ahead[1].rows[-1])
    for vectors in (
        LinkVectors("another-model", ahead[0].rows),
        LinkVectors(embedder.name, ahead[0].rows[:1]),
        LinkVectors(embedder.name, ahead[0].rows.astype(np.float64)),
    ):
        plan = Linker.empty(embedder).plan(follow, vectors=vectors)
        assert np.array_equal(plan.article_vector, ahead[1].rows[-1])
    # the same rows under this embedder's name are used as they are
    used = Linker.empty(embedder).plan(follow, vectors=LinkVectors(embedder.name, ahead[0].rows))
    assert np.array_equal(used.article_vector, ahead[0].rows[-1])


def test_another_topic_starts_another_story() -> None:
    linker = Linker.empty(TopicEmbedder())
    remember(
        linker,
        linker.plan(_talks("Ford and Xiaomi held talks", "Ford and Xiaomi held talks")),
        story_id=1,
        first_claim_id=100,
    )
    dairy = make_analysis(
        "Halvorsen bids for Brightwater dairy",
        "Body.",
        claims=[ClaimSpec("Halvorsen bids for Brightwater dairy")],
        entities=["Halvorsen", "Brightwater"],
    )
    plan = linker.plan(dairy)
    assert plan.story_id is None and plan.claims[0].match is None


def test_a_claim_stated_twice_in_one_article_is_one_claim() -> None:
    analysis = make_analysis(
        "Ford and Xiaomi held talks",
        "Ford and Xiaomi held talks, FT says.",
        claims=[
            ClaimSpec("Ford and Xiaomi held talks"),
            ClaimSpec("Ford and Xiaomi held talks, FT says"),
        ],
        entities=["Ford", "Xiaomi"],
    )
    plan = Linker.empty(TopicEmbedder()).plan(analysis)
    assert plan.claims[0].same_as is None and plan.claims[1].same_as == 0


def test_a_claim_naming_no_entity_matches_only_inside_the_chosen_story() -> None:
    linker = Linker.empty(TopicEmbedder())
    no_comment = ClaimSpec("The company declined to comment", central=False)
    one = make_analysis(
        "Ford and Xiaomi held talks",
        "Body.",
        entities=["Ford", "Xiaomi"],
        claims=[ClaimSpec("Ford and Xiaomi held talks"), no_comment],
    )
    remember(linker, linker.plan(one), story_id=1, first_claim_id=100)
    two = make_analysis(
        "Halvorsen bids for Brightwater dairy",
        "Body.",
        entities=["Halvorsen", "Brightwater"],
        claims=[ClaimSpec("Halvorsen bids for Brightwater dairy"), no_comment],
    )
    plan = linker.plan(two)
    assert plan.story_id is None  # a new story, so the generic claim must not join story 1's
    assert plan.claims[1].match is None


def test_inside_its_story_a_claim_matches_at_a_looser_cosine() -> None:
    """A side claim naming no entity is matched only inside the article's story, where the
    claim threshold is lowered by STORY_CLAIM_SLACK (here a cosine of 1/sqrt(6) = 0.41)."""
    linker = Linker.empty(TopicEmbedder())
    central = ClaimSpec("Ford and Xiaomi met")

    def article(side: str) -> object:
        return make_analysis(
            "Ford and Xiaomi met",
            "Body.",
            entities=["Ford", "Xiaomi"],
            claims=[ClaimSpec(side, central=False), central],
        )

    remember(linker, linker.plan(article("dairy tariff")), story_id=1, first_claim_id=100)
    plan = linker.plan(article("tariff talks comment"))
    assert plan.story_id == 1
    cosine = 1 / np.sqrt(6)
    threshold = TopicEmbedder().claim_threshold
    assert threshold - STORY_CLAIM_SLACK <= cosine < threshold
    assert plan.claims[0].match == 100


def _dairy(claim: str) -> object:
    return make_analysis(
        "Dairy Crest news", f"{claim}.", claims=[ClaimSpec(claim)], entities=["Dairy Crest"]
    )


@pytest.mark.parametrize("search", ["hnsw", "exact"])
def test_across_articles_claims_sharing_only_a_name_stay_apart(search: str) -> None:
    """MiniLM put statements that share only a person's name at cosines of 0.53-0.57, over
    the claim threshold, and cross-article claims became buckets of everything said about
    him. Across stories a match must share TERMS_SHARED content words outside the names (or
    be a paraphrase by its cosine alone)."""
    linker = Linker.empty(TopicEmbedder(), search=search)
    remember(linker, linker.plan(_dairy("Dairy Crest will shut plants")), 1, 100)
    linker.stories.add(1, unit(0, 0, 0, 0, 1), None, frozenset())  # a story nothing joins

    def match(claim: str) -> int | None:
        plan = linker.plan(_dairy(claim))
        assert plan.story_id is None  # across stories
        cosine = float(plan.claims[0].vector @ linker.claims.vector(100))
        assert TopicEmbedder().claim_threshold <= cosine < PARAPHRASE_COSINE  # 1/sqrt(3)
        return plan.claims[0].match

    assert match("Dairy Crest praised the tariff talks") is None  # only the name
    assert match("Dairy Crest plants face tariff talks") is None  # one word, "plant"
    assert match("Dairy Crest plants shut after tariff talks") == 100  # "plant" and "shut"


def test_a_statement_inherits_its_neighbours_match_only_by_the_same_rule() -> None:
    """An article's statement close to one that matched a stored claim used to take that
    match along whatever it said ("A major change of direction is needed" joined a £35bn
    tax-cut claim beside its neighbour): inheriting needs the words a match needs."""
    linker = Linker.empty(TopicEmbedder())
    remember(linker, linker.plan(_dairy("Dairy Crest will shut plants")), 1, 100)
    both = make_analysis(
        "Dairy Crest news",
        "Body.",
        entities=["Dairy Crest"],
        claims=[
            ClaimSpec("Dairy Crest plants shut after tariff talks"),
            ClaimSpec("Dairy Crest praised tariff comment", central=False),
        ],
    )
    first, second = linker.plan(both).claims
    assert first.match == 100
    local = float(first.vector @ second.vector)
    assert TopicEmbedder().claim_threshold <= local < PARAPHRASE_COSINE  # 2/3
    assert len(first.terms & second.terms) < TERMS_SHARED  # only "tariff"
    assert second.match is None and second.same_as is None


def test_story_vector_is_the_mean_so_its_dot_is_the_average_cosine() -> None:
    """Not renormalised: a story sprawling over a topic scores lower with every article."""
    linker = Linker.empty(TopicEmbedder())
    linker.stories.add(1, unit(1, 0, 0, 0, 0), 1, frozenset())
    assert np.allclose(linker.story_vector(1, unit(0, 1, 0, 0, 0), count=1), unit(0, 1, 0, 0, 0))
    mean = linker.story_vector(1, unit(0, 1, 0, 0, 0), count=2)
    assert np.allclose(mean, [0.5, 0.5, 0, 0, 0])
    article = unit(1, 0, 0, 0, 0)
    assert float(mean @ article) == pytest.approx((1.0 + 0.0) / 2)
    assert np.allclose(
        linker.story_vector(7, unit(0, 1, 0, 0, 0), count=3), unit(0, 1, 0, 0, 0)
    )  # an unknown story: the article itself


# -- time windows ------------------------------------------------------------------------------
def _remember_at(linker: Linker, plan: LinkPlan, story_id: int, claim_id: int, at: float) -> None:
    for link in plan.claims:
        linker.claims.add(claim_id, link.vector, story_id, link.entities, seen=at)
    linker.stories.add(story_id, plan.article_vector, None, plan.entities, seen=at)


@pytest.mark.parametrize("search", ["hnsw", "exact"])
def test_a_window_matches_only_claims_and_stories_seen_inside_it(search: str) -> None:
    linker = Linker.empty(TopicEmbedder(), search=search, window_days=30)
    talks = _talks("Ford and Xiaomi held talks", "Ford and Xiaomi held talks")
    _remember_at(linker, linker.plan(talks, at=1000.0), story_id=1, claim_id=100, at=1000.0)

    inside = linker.plan(talks, at=1020.0)
    assert inside.story_id == 1 and inside.claims[0].match == 100
    outside = linker.plan(talks, at=1040.0)  # 40 days on: a new claim, a new story
    assert outside.story_id is None and outside.claims[0].match is None
    assert linker.plan(talks).claims[0].match == 100  # no time known: no window

    linker.claims.touch(100, 1035.0)  # repeated on day 1035: inside the window again
    linker.stories.touch(1, 1035.0)
    assert linker.plan(talks, at=1040.0).claims[0].match == 100


def test_without_a_window_age_does_not_matter() -> None:
    linker = Linker.empty(TopicEmbedder())
    talks = _talks("Ford and Xiaomi held talks", "Ford and Xiaomi held talks")
    _remember_at(linker, linker.plan(talks, at=1000.0), story_id=1, claim_id=100, at=1000.0)
    assert linker.plan(talks, at=5000.0).claims[0].match == 100


def test_a_window_looks_past_newer_rows_outside_it() -> None:
    """The nearest rows are all too old: more neighbours are fetched until one inside is."""
    index = VectorIndex(dim=3)
    for i in range(100):  # 100 old, near-identical rows
        index.add(i, unit(1, 0.001 * i, 0), story_id=None, entities=frozenset(), seen=0.0)
    index.add(500, unit(1, 0.5, 0), story_id=None, entities=frozenset(), seen=99.0)
    assert index.best(unit(1, 0, 0), frozenset())[0] == 0
    assert index.best(unit(1, 0, 0), frozenset(), since=90.0)[0] == 500
    assert index.best(unit(1, 0, 0), frozenset(), since=100.0) is None
