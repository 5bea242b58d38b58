"""Claim-level joins (claimtrail/extract/claims/groups.py, relays.py, contrary.py): a party's
restatement of its own claim in other words, the party a claim is about confirming it after
another stated it, and another party answering it. All texts are written for the tests."""

from __future__ import annotations


def _claims_with(claims, word: str):
    return [c for c in claims if word in c.text]


def _sides(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_a_source_restating_its_claim_later_in_other_words_is_one_claim(analyze_text) -> None:
    # the same speaker, the same rare predicate ("sacked"), first with a pronoun subject, then
    # named and with a date: one claim, its text naming the subject
    text = (
        "Chef loses restaurant job\n\n"
        "Marta Olsen, a chef who wrote a cookery blog, says she has been sacked. "
        "She posted recipes from the kitchen of the Harbour Grill for two years. "
        "The restaurant has 40 tables and opened in 1998. "
        "Its owners plan a second branch in the spring. "
        "Ms Olsen said on her blog that she had been sacked on 3 March.\n"
    )
    claims = analyze_text(text).claims
    sacked = _claims_with(claims, "sacked")
    assert len(sacked) == 1
    assert len(sacked[0].attributions) == 1  # one party, one attitude: one attribution
    assert "Olsen" in sacked[0].text


def _record(start: int, text: str, source: str, words: set[str]):
    from claimtrail.extract.claims.propositions import Record
    from claimtrail.models import Source

    return Record(
        start=start,
        end=start + len(text),
        text=text,
        attitude="assert",
        source=Source(name=source),
        cue=None,
        words=frozenset(words),
        source_words=frozenset({source.lower()[:6]}),
    )


def test_a_claim_opening_with_a_pronoun_takes_its_named_restatement_as_text() -> None:
    from claimtrail.extract.claims.groups import Group, _self_contained

    first = _record(0, "She has been sacked", "Olsen", {"sacked"})
    named = _record(90, "Marta Olsen had been sacked on 3 March", "Olsen", {"sacked", "march"})
    group = Group(words={"sacked", "march"}, start=0, end=20, records=[first, named])
    assert _self_contained(group) is named
    # another party's statement in the claim is not its restatement
    other = _record(90, "The Grill sacked a chef", "Grill", {"sacked"})
    group = Group(words={"sacked"}, start=0, end=20, records=[first, other])
    assert _self_contained(group) is first


def test_a_party_sharing_only_a_common_word_with_its_own_claim_founds_another() -> None:
    # the restatement join needs a word rare in the article: "plant" is in most sentences
    import math

    from claimtrail.extract.claims.groups import Group, _restates
    from claimtrail.extract.claims.propositions import Record
    from claimtrail.models import Source

    def record(start: int, words: set[str]) -> Record:
        return Record(
            start=start,
            end=start + 10,
            text="x",
            attitude="assert",
            source=Source(name="Acme"),
            cue=None,
            words=frozenset(words),
            source_words=frozenset({"acme"}),
        )

    first = record(0, {"acme", "plant", "close"})
    group = Group(words=set(first.words), start=0, end=10, records=[first])
    n = 30
    weights = {"plant": math.log(1 + n / 20), "close": math.log(1 + n / 2), "x": math.log(1 + n)}
    assert not _restates(record(50, {"acme", "plant", "open"}), group, {"plant"}, weights)
    assert _restates(record(50, {"acme", "close"}), group, {"close"}, weights)
    # another party's words are no restatement
    other = record(50, {"acme", "close"})
    other.source_words = frozenset({"union"})
    assert not _restates(other, group, {"close"}, weights)


def test_the_party_a_claim_is_about_stating_it_after_another_confirms_it(analyze_text) -> None:
    text = (
        "Pilot loses job\n\n"
        "Tomas Berg, a pilot, says Skyline Air sacked him over a photograph of a cockpit. "
        "Mr Berg flew for the carrier for six years. "
        "Skyline Air said it had sacked Mr Berg over the photograph.\n"
    )
    claims = analyze_text(text).claims
    dismissed = [c for c in claims if any(a.source.name == "Skyline Air" for a in c.attributions)]
    assert dismissed
    assert ("Skyline Air", "confirm") in _sides(dismissed[0])
    assert dismissed[0].status == "confirmed"


def test_a_party_stating_its_own_position_first_only_asserts(analyze_text) -> None:
    text = (
        "Airline to cut routes\n\n"
        "Skyline Air said it would cut ten routes to save money. "
        "The carrier flies to 40 cities. "
        "Skyline Air said it would cut the ten routes in the spring.\n"
    )
    claims = analyze_text(text).claims
    routes = _claims_with(claims, "routes")
    assert routes
    assert all(c.status == "asserted" for c in routes)
    assert not any(a.attitude == "confirm" for c in routes for a in c.attributions)
