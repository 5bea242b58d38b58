"""Reading PolNeAR brat files: one annotator per article, span rules, and the real dev split."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimtrail.errors import InputError
from claimtrail.eval.polnear import first_annotation, iter_polnear, parse_ann, parse_offsets
from claimtrail.eval.quotes import GoldQuote


def shared_data() -> Path:
    env = os.environ.get("CLAIMTRAIL_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared" / "data"


def test_parse_offsets_take_earliest_start_and_latest_end() -> None:
    assert parse_offsets("315 448;463 553") == (315, 553)
    assert parse_offsets("41 47;21 28") == (21, 47)
    assert parse_offsets("7 9") == (7, 9)


def test_parse_ann_links_content_and_source_and_skips_discard(polnear_dir: Path) -> None:
    quotes = parse_ann((polnear_dir / "attributions" / "story_a1.ann").read_text("utf-8"))
    assert quotes == (
        GoldQuote(12, 20, 0, 5, 6, 10),
        GoldQuote(21, 47, 29, 32, 33, 38),
        GoldQuote(60, 75, None, None, 51, 59),
    )
    text = (polnear_dir / "text" / "story.txt").read_text("utf-8")
    assert text[21:47] == '"Stay," she added, "here."'


def test_content2_extends_the_content_span() -> None:
    ann = (
        "T1\tContent 0 5\ta\nT2\tContent 20 30\tb\nT3\tSource 10 12\tc\n"
        "E1\tAttribution:T9 Content:T1 Source:T3 Content2:T2\n"
    )
    assert parse_ann(ann) == (GoldQuote(0, 30, 10, 12),)


def test_first_annotator_in_name_order_and_not_a_longer_name(polnear_dir: Path) -> None:
    chosen = first_annotation(polnear_dir / "attributions", "story")
    assert chosen is not None and chosen.name == "story_a1.ann"


def test_iter_polnear_reads_text_exactly_and_skips_unannotated(polnear_dir: Path) -> None:
    articles = list(iter_polnear(polnear_dir))
    assert [a.name for a in articles] == ["story"]
    assert articles[0].text == (polnear_dir / "text" / "story.txt").read_bytes().decode()
    assert len(articles[0].quotes) == 3


def test_iter_polnear_refuses_a_folder_without_the_layout(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="PolNeAR"):
        list(iter_polnear(tmp_path))


@pytest.mark.data
def test_real_dev_split_offsets_reproduce_the_annotated_text() -> None:
    dev = shared_data() / "polnear" / "data" / "dev"
    if not dev.is_dir():
        pytest.skip(f"PolNeAR dev split not found at {dev}")
    articles = list(iter_polnear(dev, limit=10))
    assert len(articles) == 10
    for article in articles:
        assert article.quotes, article.name
        for quote in article.quotes:
            assert 0 <= quote.start < quote.end <= len(article.text)
