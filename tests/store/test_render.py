"""The terminal rendering of a story, a claim and a speaker (claimtrail/store/render.py): counts
said as people say them, one article count everywhere, and times that never wrap."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from claimtrail.store import Store
from claimtrail.store.render import print_claim, print_speaker, print_story
from tests.store.factory import ford_xiaomi_corpus

# A count of one said in the plural: "1 articles", "1 independent sources", "1 quotes".
ONE_PLURAL = re.compile(r"\b1 (articles|independent sources|quotes|copies)\b")
STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")


def _render(draw, *args: object, width: int = 70) -> str:
    out = io.StringIO()
    draw(Console(file=out, width=width, color_system=None), *args)
    return out.getvalue()


@pytest.fixture
def with_a_copy(store: Store) -> tuple[Store, int]:
    """The corpus, then the FT's text again under another outlet's URL: a linked duplicate."""
    corpus = ford_xiaomi_corpus()
    for analysis in corpus:
        store.add_analysis(analysis)
    article = corpus[0].article.model_copy(
        update={"url": "https://mirror.example/ft-copy", "source": "Mirror"}
    )
    copy = corpus[0].model_copy(update={"article": article})
    outcome = store.add_analysis(copy)
    assert outcome.status == "duplicate" and outcome.story_id is not None
    return store, outcome.story_id


def test_one_article_count_in_the_story_header_its_table_and_stats(
    with_a_copy: tuple[Store, int],
) -> None:
    store, story_id = with_a_copy
    story = store.get_story(story_id)
    assert story.copy_count == 1
    # The table lists every row; the header says the same rows, copies apart.
    assert len(story.articles) == story.articles_total == story.article_count + story.copy_count
    text = _render(print_story, story)
    noun = "article" if story.article_count == 1 else "articles"
    assert f"\n{story.article_count} {noun} (+1 copy), " in text, text
    stats = store.stats()
    stories = [store.get_story(s.id) for s in store.list_stories().items]
    assert sum(s.article_count for s in stories) == stats.originals
    assert sum(s.copy_count for s in stories) == stats.duplicates + stats.near_duplicates


def test_counts_of_one_are_singular(with_a_copy: tuple[Store, int]) -> None:
    store, story_id = with_a_copy
    story = store.get_story(story_id)
    claim = next(c for c in story.claims if c.article_count == 1)
    text = _render(print_claim, claim)
    assert "1 article, 1 independent source" in text, text
    speaker = store.get_speaker("Farley")
    said = _render(print_speaker, speaker)
    for shown in (_render(print_story, story), text, said):
        assert not ONE_PLURAL.search(shown), shown


@pytest.mark.parametrize("width", [60, 80, 120])
def test_times_never_wrap(with_a_copy: tuple[Store, int], width: int) -> None:
    store, story_id = with_a_copy
    story = store.get_story(story_id)
    text = _render(print_story, story, width=width)
    # Every article row's time, and each claim's lifecycle times, whole on one line.
    events = sum(len(c.lifecycle) for c in story.claims[:5])
    assert len(STAMP.findall(text)) >= len(story.articles) + events + 2  # + the header's two
    said = _render(print_speaker, store.get_speaker("Farley"), width=width)
    assert len(STAMP.findall(said)) == len(store.get_speaker("Farley").quotes)
