"""spaCy's Doc.text joins every token each time it is read, so reading it once per candidate
makes extraction quadratic in the article's length (a 150k-character text took 56 s instead of
0.2 s). Extraction code reads the text through claimtrail.parse.text.text_of, which caches it."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "claimtrail"
DOC_TEXT = re.compile(r"\b(?:doc|\.doc)\.text\b")


def test_no_extraction_code_reads_doc_text_directly():
    offenders = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for folder in ("extract", "parse")
        for path in sorted((PACKAGE / folder).glob("*.py"))
        if path.name != "text.py"
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if DOC_TEXT.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []
