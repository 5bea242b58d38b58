"""Grouping helpers (claimtrail/extract/claims/groups.py): weighted word overlap, and an
article's attributions as the status rule sees them."""

from __future__ import annotations

from claimtrail.extract.claims.groups import share, stands_of
from claimtrail.models import Attribution, Cue, Source


def test_share_weighs_common_words_against_the_smaller_set() -> None:
    weights = {"xiaomi": 3.0, "talks": 1.0, "ford": 2.0, "plant": 1.0}
    assert share({"ford", "xiaomi", "talks"}, {"xiaomi", "talks"}, weights) == (1.0, 2)
    ratio, common = share({"ford", "talks"}, {"xiaomi", "talks", "plant"}, weights)
    assert common == 1 and ratio == 1.0 / 3.0
    assert share({"a"}, {"b"}, weights) == (0.0, 0)


def _attribution(source: str, attitude: str, hedged: bool = False) -> Attribution:
    return Attribution(
        source=Source(name=source),
        attitude=attitude,  # type: ignore[arg-type]
        cue=Cue(text="said", start=0, end=4),
        hedged=hedged,
    )


def test_stands_keep_text_order_and_give_standing_only_to_named_parties() -> None:
    stands = stands_of(
        [
            _attribution("The Daily Paper", "report"),
            _attribution("Ford", "deny"),
            _attribution("some analysts", "assert"),
        ]
    )
    assert [s.order for s in stands] == sorted(s.order for s in stands)
    assert [s.standing for s in stands] == [False, True, False]


def test_share_does_not_depend_on_the_order_sets_are_summed_in() -> None:
    # a naive sum of these weights is 0.0, 1.0 or 2.0 depending on the (hash-seeded) order a
    # set is walked in, which made an article's grouping change from run to run
    weights = {"big": 1e16, "one": 1.0, "minus": -1e16}
    for extra in ("a", "b", "c", "d"):
        assert share({"big", "one", "minus"}, {"big", "one", "minus", extra}, weights) == (1.0, 3)


def test_a_pointing_answer_joins_the_claim_its_own_sentence_restates(analyze_text) -> None:
    text = (
        "Row over voters\n\n"
        "Rival leader Ann Gray said she expected many Green voters to back the Reds. "
        "Critics claimed the Reds and the Greens shared the same radical instincts. "
        "Asked whether the Reds and the Greens shared the same radical instincts, Tom Bell "
        'told the BBC: "I reject that entirely."\n'
    )
    claims = analyze_text(text).claims
    expectation = next(c for c in claims if "expected many Green voters" in c.text)
    assert not any(a.attitude == "deny" for a in expectation.attributions)
    instincts = next(c for c in claims if "same radical instincts" in c.text)
    assert ("Tom Bell", "deny") in {(a.source.name, a.attitude) for a in instincts.attributions}


def test_the_central_claim_reads_as_the_article_first_states_it(analyze_text) -> None:
    # the report comes first, the denial restates it negated: the claim is the report's words,
    # not the denial's affirmed ("It was in talks to buy Globex")
    text = (
        "Acme eyes Globex\n\n"
        "Acme is in talks to buy rival toy maker Globex, the Financial Times reported on "
        "Monday.\n\nAcme said it was not in talks to buy Globex.\n"
    )
    [claim] = [c for c in analyze_text(text).claims if c.central]
    assert claim.text == "Acme is in talks to buy rival toy maker Globex"
    assert claim.status == "denied"


def test_claims_made_later_about_a_denier_are_found_by_its_name_only() -> None:
    # "a three-judge appeal court panel rejected the claim" before "lawyers would ask the Court
    # of Appeals to hear the case" (which an analyst's prediction joined): the panel's common
    # words do not make that claim one made about the panel
    from claimtrail.extract.claims.groups import Group, _about_after
    from claimtrail.extract.claims.records import Record, name_words

    def record(start: int, source: str, attitude: str, words: set[str]) -> Record:
        return Record(
            start=start,
            end=start + 10,
            text="x",
            attitude=attitude,
            source=Source(name=source),
            cue=None,
            words=frozenset(words),
            source_words=name_words(source),
        )

    panel = record(0, "a three-judge appeal court panel", "deny", set())
    later = Group(words={"lawyer", "ask", "court", "appeal", "case"}, start=50, end=90)
    later.records = [
        record(50, "Government lawyers", "assert", later.words),
        record(70, "Ann Lee", "speculate", {"appeal", "expect"}),
    ]
    assert _about_after(panel, [later], frozenset({"ann", "lee"})) is None
    acme = record(0, "Acme", "deny", set())
    about = Group(words={"acme", "unsafe", "workplace"}, start=50, end=90)
    about.records = [record(50, "her lawyer", "allege", about.words)]
    assert _about_after(acme, [about], frozenset({"acme"})) is about
