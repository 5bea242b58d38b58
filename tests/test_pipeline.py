"""The Python API's inputs (claimtrail/pipeline.py): a text, a dict, an Article, a RawArticle."""

from __future__ import annotations

import pytest

import claimtrail
from claimtrail.errors import InputError
from claimtrail.ingest.readers import RawArticle
from claimtrail.models import Article
from claimtrail.pipeline import as_raw_article

TEXT = "Mayor rules out tax rise\nThe mayor said that council taxes would not rise."


def test_a_text_is_headline_then_body() -> None:
    raw = as_raw_article(TEXT)
    assert raw.headline == "Mayor rules out tax rise" and raw.text == TEXT
    assert raw.text[raw.body_start :].startswith("The mayor")


def test_a_dict_reads_like_a_json_record() -> None:
    raw = as_raw_article(
        {
            "title": "Mayor rules out tax rise",
            "body": "The mayor said so.",
            "source": "City Herald",
            "published": "2025-06-10",
        }
    )
    assert raw.headline == "Mayor rules out tax rise" and raw.source == "City Herald"
    assert raw.text == "Mayor rules out tax rise\nThe mayor said so." and raw.path is None
    assert as_raw_article({"text": "Body only.", "path": "a.json"}).path == "a.json"


def test_an_article_record_goes_back_in_unchanged() -> None:
    article = Article(
        headline="Mayor rules out tax rise",
        text=TEXT,
        body_start=25,
        source="City Herald",
        url="https://example.org/a",
    )
    raw = as_raw_article(article)
    assert (raw.text, raw.headline, raw.body_start, raw.source, raw.url) == (
        TEXT,
        article.headline,
        25,
        "City Herald",
        "https://example.org/a",
    )
    same = RawArticle(text=TEXT)
    assert as_raw_article(same) is same


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        (42, "expected a text, a dict, an Article or a RawArticle, got int"),
        ({"author": "nobody"}, "no 'headline'/'title'"),
        ("   ", "is empty"),
    ],
)
def test_what_cannot_be_an_article_is_named(bad: object, words: str) -> None:
    with pytest.raises(InputError, match=words) as caught:
        as_raw_article(bad, 2)  # type: ignore[arg-type]
    assert "article 3" in str(caught.value) or "input" in str(caught.value)


def test_the_package_exports_the_api() -> None:
    for name in claimtrail.__all__:
        assert getattr(claimtrail, name) is not None
    assert claimtrail.Article is Article and claimtrail.RawArticle is RawArticle


def test_analyze_many_takes_every_form_in_order(analyzer) -> None:
    items = [
        TEXT,
        {"headline": "Council backs budget", "body": "The council said it would."},
        Article(headline="Third", text="Third\nA third article.", body_start=6),
    ]
    heads = [a.article.headline for a in analyzer.analyze_many(items)]
    assert heads == ["Mayor rules out tax rise", "Council backs budget", "Third"]
