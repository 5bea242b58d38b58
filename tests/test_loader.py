"""Corpus runs (claimtrail/loader.py): every article stored in input order, a text the store
holds never analysed again, whatever the batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, text

from claimtrail.ingest.inputs import read_inputs
from claimtrail.ingest.readers import RawArticle
from claimtrail.loader import Loader
from claimtrail.models import Analysis
from claimtrail.store import open_store


class RecordingAnalyzer:
    """An analysis of the text alone; remembers what it was asked to analyse."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def analyze(self, raw: RawArticle) -> Analysis:
        self.seen.append(Path(raw.path or "").name)
        return Analysis(article=raw.record())

    def analyze_many(
        self, raws: Iterable[RawArticle], batch_size: int = 16, n_process: int = 1
    ) -> Iterator[Analysis]:
        return (self.analyze(r) for r in list(raws))


def _write(folder: Path, names_and_texts: list[tuple[str, str]]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in names_and_texts:
        (folder / name).write_text(f"{body.split('.')[0]}\n\n{body}\n", encoding="utf-8")
    return [str(folder / name) for name, _ in names_and_texts]


def _rows(db: Path) -> list[tuple[str, str]]:
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT path, kind FROM articles ORDER BY id")).all()
    engine.dispose()
    return [(Path(p).name, kind) for p, kind in rows]


def test_a_stored_text_keeps_its_place_and_is_not_analysed(tmp_path: Path) -> None:
    held = "The mayor said the bridge would reopen in May after the repairs ended."
    first = _write(tmp_path / "first", [("held.txt", held)])
    second = _write(
        tmp_path / "second",
        [
            ("a-new.txt", "The harbour board said fares would rise by a tenth next year."),
            ("b-copy.txt", held),  # the stored text at another path: a linked copy
            ("c-new.txt", "Teachers said the school budget left them two posts short."),
        ],
    )
    db = tmp_path / "store.db"
    with open_store(str(db), matcher="lexical") as store:
        analyzer = RecordingAnalyzer()
        Loader(store, lambda: analyzer).load(read_inputs(first, absolute=True))
        report = Loader(store, lambda: analyzer).load(read_inputs(second, absolute=True))
    assert analyzer.seen == ["held.txt", "a-new.txt", "c-new.txt"]
    assert report.analysed == 2
    # Input order, although the copy needed no analysis and its neighbours waited for theirs.
    assert _rows(db) == [
        ("held.txt", "original"),
        ("a-new.txt", "original"),
        ("b-copy.txt", "duplicate"),
        ("c-new.txt", "original"),
    ]
