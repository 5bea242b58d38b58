"""The front door's batching: bounded by count and by characters (issue 12 item 5)."""

from __future__ import annotations

from claimtrail.ingest.inputs import batched
from claimtrail.ingest.readers import article_from_text


def test_batches_stop_at_the_count_or_the_characters() -> None:
    long = [article_from_text("Long\n" + "word " * 80_000, f"l{i}") for i in range(4)]
    short = [article_from_text(f"Short {i}\nA note.", f"s{i}") for i in range(40)]
    sizes = [[a.path for a in b] for b in batched(long + short, max_count=16, max_chars=200_000)]
    assert sizes[:4] == [["l0"], ["l1"], ["l2"], ["l3"]]  # 400k characters: each alone
    assert [len(b) for b in sizes[4:]] == [16, 16, 8]
    assert sum(len(b) for b in sizes) == 44
