"""The founding example: every item in ford-xiaomi.expected.json is found.

Matching follows the file's own rules: names and roles case-insensitively after trimming
punctuation; a quote matches when the extracted text covers ≥ 90% of the expected text's
characters; claims by their key words.
"""

from __future__ import annotations

import json
import string

import pytest

from tests.conftest import EXAMPLES

EXPECTED = json.loads((EXAMPLES / "ford-xiaomi.expected.json").read_text())
TEXT = (EXAMPLES / "ford-xiaomi.txt").read_text()


def norm(value: str | None) -> str:
    return (value or "").strip(string.punctuation + " ").lower()


@pytest.fixture(scope="module")
def analysis(analyze_text):
    return analyze_text(TEXT)


def covers(found: str, expected: str) -> bool:
    return expected in found or (len(found) >= 0.9 * len(expected) and found in expected)


def find_quote(analysis, expected):
    return next((q for q in analysis.quotes if covers(q.text, expected["text"])), None)


@pytest.mark.parametrize("expected", EXPECTED["quotes"], ids=lambda e: e["speaker"])
def test_each_expected_quote_is_found_with_its_speaker_profile(analysis, expected):
    quote = find_quote(analysis, expected)
    assert quote is not None, f"missing quote: {expected['text'][:60]}"
    assert quote.kind == expected["kind"]
    assert norm(quote.speaker.name) == norm(expected["speaker"])
    for field in ("role", "organization", "location", "party", "channel"):
        if field in expected:
            assert norm(getattr(quote.speaker, field)) == norm(expected[field]), field
    assert quote.stance == expected["stance_toward_central_claim"]


def test_offsets_index_the_file_itself(analysis):
    assert analysis.article.text == TEXT
    for q in analysis.quotes:
        assert (
            TEXT[q.start : q.end].strip() == q.text
            if not q.kind == "direct" or "\n" not in q.text
            else True
        )
        assert q.speaker is None or q.speaker.start is None or TEXT[q.speaker.start : q.speaker.end]
    for e in analysis.entities:
        for m in e.mentions:
            assert TEXT[m.start : m.end] in {e.name, *e.aliases}


def test_central_claim_is_denied_by_both_companies_after_the_ft_report(analysis):
    central = [c for c in analysis.claims if c.central]
    assert len(central) == 1
    claim = central[0]
    for word in EXPECTED["central_claim"]["keywords"]:
        assert word.lower() in claim.text.lower()
    assert claim.status == EXPECTED["central_claim"]["status"]
    got = {(norm(a.source.name), a.attitude) for a in claim.attributions}
    for want in EXPECTED["central_claim"]["attributions"]:
        assert (norm(want["source"]), want["attitude"]) in got


@pytest.mark.parametrize("expected", EXPECTED["other_claims"], ids=lambda e: e["keywords"][-1])
def test_other_claims_with_status_and_attitudes(analysis, expected):
    claim = next(
        (
            c
            for c in analysis.claims
            if all(k.lower() in c.text.lower() for k in expected["keywords"])
        ),
        None,
    )
    assert claim is not None, expected["text"]
    assert claim.status == expected["status"]
    attitudes = {a.attitude for a in claim.attributions}
    assert {a["attitude"] for a in expected["attributions"]} <= attitudes
    if expected["status"] == "asserted":
        assert norm(claim.attributions[0].source.name) == norm(
            expected["attributions"][0]["source"]
        )


def test_entities_by_type_and_merged_aliases(analysis):
    by_type = {"organizations": "organization", "people": "person", "places": "place"}
    for group, etype in by_type.items():
        names = {norm(e.name) for e in analysis.entities if e.type == etype}
        names |= {norm(a) for e in analysis.entities if e.type == etype for a in e.aliases}
        for name in EXPECTED["entities"][group]:
            assert norm(name) in names, (group, name)
    for aliases in EXPECTED["entities"]["aliases"]:
        present = [a for a in aliases if a in TEXT]
        entity = next(e for e in analysis.entities if present[0] in {e.name, *e.aliases})
        for alias in present:
            assert alias in {entity.name, *entity.aliases}


def test_json_output_has_the_public_fields(analysis):
    data = analysis.to_json_dict()
    assert data["schema"] == "claimtrail.analysis/1"
    assert set(data["article"]) >= {"path", "headline", "published", "source", "url", "text"}
    q = data["quotes"][0]
    assert set(q) >= {"id", "text", "start", "end", "kind", "cue", "speaker", "stance", "sentiment"}
    assert set(q["speaker"]) >= {
        "name",
        "start",
        "end",
        "entity_id",
        "role",
        "organization",
        "location",
        "party",
        "channel",
    }
    c = data["claims"][0]
    assert set(c) >= {"id", "text", "start", "end", "central", "status", "attributions"}
    assert set(c["attributions"][0]) >= {"source", "attitude", "cue", "hedged"}


def test_stances_with_the_shipped_stance_model():
    """The same expectations hold when the trained stance model is loaded (the default)."""
    from claimtrail.ingest.readers import article_from_text
    from claimtrail.pipeline import Analyzer

    analysis = Analyzer().analyze(article_from_text(TEXT, "ford-xiaomi.txt"))
    assert "stance_model" in analysis.versions
    for expected in EXPECTED["quotes"]:
        quote = find_quote(analysis, expected)
        assert quote.stance == expected["stance_toward_central_claim"], expected["speaker"]
    assert analysis.stance.label in {"disagree", "discuss"}
