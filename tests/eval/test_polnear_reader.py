"""Reading PolNeAR brat files: one annotator per article, span rules, and the real dev split."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimtrail.errors import InputError
from claimtrail.eval.polnear import first_annotation, iter_polnear, parse_ann, parse_offsets
from claimtrail.eval.quotes import GoldQuote

TEXT = 'Obama said: "We go." "Stay," she added, "here." It is known that rain falls.\n'
ANN = "\n".join([
    "T1\tSource 0 5\tObama",
    "T2\tCue 6 10\tsaid",
    "T3\tContent 12 19\t\"We go.\"",
    "T4\tAttribution 6 10\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tContent 41 47;21 28\t\"here.\" \"Stay,\"",
    "T6\tSource 29 32\tshe",
    "T7\tCue 33 38\tadded",
    "T8\tAttribution 33 38\tadded",
    "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5",
    "T9\tAttribution-no-source 54 62\tis known",
    "T10\tContent 63 78\tthat rain falls",
    "T11\tDiscard 0 5\tObama",
    "E3\tAttribution-no-source:T9 Content:T10 Cue:T9",
    "#1\tAnnotatorNotes T1\ta note",
])


def shared_data() -> Path:
    env = os.environ.get("CLAIMTRAIL_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared" / "data"


def write_compartment(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "story.txt").write_bytes(TEXT.encode("utf-8"))
    (root / "text" / "unannotated.txt").write_text("No annotation here.\n", encoding="utf-8")
    (root / "attributions" / "story_b2.ann").write_text("E1\tAttribution:T1\n", encoding="utf-8")
    (root / "attributions" / "story_a1.ann").write_text(ANN, encoding="utf-8")
    (root / "attributions" / "story_extra_a0.ann").write_text("", encoding="utf-8")
    return root


def test_parse_offsets_take_earliest_start_and_latest_end() -> None:
    assert parse_offsets("315 448;463 553") == (315, 553)
    assert parse_offsets("41 47;21 28") == (21, 47)
    assert parse_offsets("7 9") == (7, 9)


def test_parse_ann_links_content_and_source_and_skips_discard() -> None:
    quotes = parse_ann(ANN)
    assert quotes == (GoldQuote(12, 19, 0, 5), GoldQuote(21, 47, 29, 32), GoldQuote(63, 78))
    assert TEXT[21:47] == '"Stay," she added, "here."'


def test_content2_extends_the_content_span() -> None:
    ann = "T1\tContent 0 5\ta\nT2\tContent 20 30\tb\nT3\tSource 10 12\tc\n" \
          "E1\tAttribution:T9 Content:T1 Source:T3 Content2:T2\n"
    assert parse_ann(ann) == (GoldQuote(0, 30, 10, 12),)


def test_first_annotator_in_name_order_and_not_a_longer_name(tmp_path: Path) -> None:
    root = write_compartment(tmp_path / "dev")
    chosen = first_annotation(root / "attributions", "story")
    assert chosen is not None and chosen.name == "story_a1.ann"


def test_iter_polnear_reads_text_exactly_and_skips_unannotated(tmp_path: Path) -> None:
    articles = list(iter_polnear(write_compartment(tmp_path / "dev")))
    assert [a.name for a in articles] == ["story"]
    assert articles[0].text == TEXT
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
