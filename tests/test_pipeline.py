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


def test_the_stance_model_gets_the_articles_own_parse_of_each_quote(analyzer) -> None:
    """A quote is a span of the parsed article: the headline head reads that parse, and no
    quote is parsed a second time (stance/syntax.py)."""
    from claimtrail.pipeline import Analyzer
    from claimtrail.stance.model import StanceModel
    from claimtrail.stance.train import train_body_head, train_headline_head
    from tests.stance.conftest import invented_emergent_rows, invented_fnc_pairs

    seen: list[list[object]] = []

    class Spy(StanceModel):
        def predict_proba(self, claims, texts, parses=None):  # type: ignore[no-untyped-def]
            seen.append(list(parses or []))
            return super().predict_proba(claims, texts, parses)

    body = train_body_head(invented_fnc_pairs(), n_threads=1)
    spy = Spy("spy", body, train_headline_head(invented_emergent_rows()))
    text = (
        "Mayor Smith resigned over the bridge scandal\n\n"
        "Mayor Smith resigned over the bridge scandal, officials said on Monday. "
        '"The mayor quietly resigned last night," a council spokesman said. '
        '"We are not aware of any scandal," said Ann Jones, a councillor.'
    )
    analysis = Analyzer(nlp=analyzer.nlp, stance=spy).analyze(text)
    assert analysis.quotes and seen
    quote_parses = seen[0][: len(analysis.quotes)]
    assert all(parsed for parsed in quote_parses)
    words = [" ".join(w for w, _ in parsed) for parsed in quote_parses]  # type: ignore[union-attr]
    assert any("quietly resigned" in w for w in words)


def test_a_failing_claim_rule_costs_one_article_its_claims_not_the_run(analyzer, monkeypatch):
    import claimtrail.extract.claims.build as build

    calls = {"n": 0}
    real = build.extract_claims

    def flaky(doc, raw, quotes, entities):
        calls["n"] += 1
        if calls["n"] == 1:
            raise IndexError("a reversed span")
        return real(doc, raw, quotes, entities)

    monkeypatch.setattr(build, "extract_claims", flaky)
    first, second = analyzer.analyze_many(
        [
            "Mill to close\n\nThe mill will close in May, the union said on Monday.\n",
            "Mill to stay open\n\nThe mill will stay open, the owner said on Tuesday.\n",
        ]
    )
    assert first.claims == [] and first.quotes  # its quotes are kept
    assert any("claims and stance not extracted" in w and "IndexError" in w for w in first.warnings)
    assert second.claims and not any("internal error" in w for w in second.warnings)
