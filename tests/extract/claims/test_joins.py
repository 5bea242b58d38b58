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
    from claimtrail.extract.claims.records import Record
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
    from claimtrail.extract.claims.records import Record
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


def test_the_subject_answering_a_report_with_but_said_contests_it(analyze_text) -> None:
    # a newspaper reports a plan of the firm's; the firm, in a "but said" clause, answers in
    # other words (no negation, no rebuttal verb): named parties disagree
    text = (
        "Carmaker job fears\n\n"
        "The Daily Courier reported that Brightwell Motors could move as many as 2,000 jobs "
        "abroad to cut costs. The firm makes 80,000 cars a year at two plants. "
        "Brightwell opened a plant in Spain last year but said it would keep creating jobs "
        "at home.\n"
    )
    claims = analyze_text(text).claims
    jobs = next(c for c in claims if "2,000 jobs" in c.text)
    assert ("Brightwell Motors", "contest") in _sides(jobs)
    assert jobs.status == "contested"
    assert not any("keep creating" in c.text for c in claims)


def test_another_party_answering_with_however_right_after_a_claim_contests_it(
    analyze_text,
) -> None:
    # a minister's offer; the firm answers in the next sentences, opening with "However", on
    # what the offer is about (the board, rare in the article)
    text = (
        "Water firm row deepens\n\n"
        "Planning Minister Ana Ruiz said the state could take a seat on the board of Aqualis "
        "in return for funding. The firm supplies water to two million homes. "
        "However, Aqualis told a newspaper that its board was a matter for its shareholders "
        "alone.\n"
    )
    claims = analyze_text(text).claims
    seat = next(c for c in claims if "seat on the board" in c.text)
    assert ("Aqualis", "contest") in _sides(seat)
    assert seat.status == "contested"


def test_a_however_far_from_a_claim_about_another_party_answers_nothing(analyze_text) -> None:
    text = (
        "Water firm row deepens\n\n"
        "Planning Minister Ana Ruiz said the state could take a seat on the board of Aqualis "
        "in return for funding. The firm supplies water to two million homes. "
        "Its network was built in the 1960s. Leaks cost it a fifth of its water. "
        "Prices rose by 4% last year. "
        "However, a rival, Hydra, said its own board would meet in May.\n"
    )
    claims = analyze_text(text).claims
    seat = next(c for c in claims if "seat on the board" in c.text)
    assert not any(a.attitude == "contest" for a in seat.attributions)
    assert seat.status == "asserted"


_PLEA_TEXT = (
    "Bank payout to flood victims\n\n"
    "Harbour Bank has said it will pay $5m to flood victims under a court settlement. "
    "The bank had been accused of hiding the assets of a former minister. "
    "Last year Harbour Bank pleaded guilty to {plea}.\n"
)


def test_a_plea_to_another_offence_confirms_neither_the_accusation_nor_the_news(
    analyze_text,
) -> None:
    text = _PLEA_TEXT.format(plea="failing to flag dubious payments by a shipping firm")
    claims = analyze_text(text).claims
    assert not any(a.attitude == "confirm" for c in claims for a in c.attributions)
    hiding = next(c for c in claims if "hiding" in c.text)
    assert hiding.status == "alleged"
    assert claims[0].status != "confirmed"


def test_a_plea_to_what_the_claim_says_confirms_it(analyze_text) -> None:
    claims = analyze_text(_PLEA_TEXT.format(plea="hiding the assets")).claims
    hiding = next(c for c in claims if "hiding" in c.text)
    assert ("Harbour Bank", "confirm") in _sides(hiding)
    assert hiding.status == "confirmed"


def test_the_party_a_report_is_about_stating_it_in_other_words_confirms_it(analyze_text) -> None:
    # the firm's statement shares only the purchase (and names) with the paper's report, at
    # the lower answer bar: the report's subject speaking of it joins it, and confirms it
    text = (
        "Norvik eyes Brill\n\n"
        "The Evening Courier reported that Norvik planned to buy Brill Foods to expand its "
        "frozen meals business. Norvik employs 900 people at two sites. "
        "Norvik said on Tuesday that it wanted to buy Brill Foods as soon as its finance was "
        "arranged with a group of lenders.\n"
    )
    claims = analyze_text(text).claims
    buy = [c for c in claims if any(a.source.name == "Norvik" for a in c.attributions)]
    assert len(buy) == 1
    assert ("Evening Courier", "report") in _sides(buy[0])
    assert ("Norvik", "confirm") in _sides(buy[0])
    assert buy[0].status == "confirmed"


def test_another_party_restating_a_denied_claim_inflected_otherwise_keeps_it_alive(
    analyze_text,
) -> None:
    # "moving onto the turf" / "a clear move onto our turf": two words of what is said, both
    # rare in the article, one inflected otherwise; a politician maintains what the minister
    # denied: contested
    text = (
        "Minister rejects turf claims\n\n"
        'Energy minister Paul Hart has dismissed claims that his energy policy was "moving '
        'onto the turf" of the Green Party. He said the plans would cut household bills. '
        "The Greens have three MPs. Green leader Ruth Olsen told a newspaper the minister's "
        'plans were "a clear move onto our turf".\n'
    )
    claims = analyze_text(text).claims
    turf = [c for c in claims if "turf" in c.text]
    assert len(turf) == 1
    assert ("Ruth Olsen", "assert") in _sides(turf[0])
    assert turf[0].status == "contested"


def test_stems_meet_inflections_and_a_final_e() -> None:
    from claimtrail.extract.claims.groups import _stems

    stems = _stems({"moving", "move", "plans", "turf"})
    assert stems["moving"] == stems["move"]
    assert stems["plans"] == "plan"
    assert stems["turf"] == "turf"


def test_a_contrast_naming_the_claims_holder_is_no_answer_to_the_claim(analyze_text) -> None:
    # B (with "insisted") names A, but speaks of A, not of what A claims: a contrast reply
    # must be about the claim's party or follow it closely
    text = (
        "Reid dismisses split talk\n\n"
        "Prime minister Tom Reid said voters would care about low mortgages, not about "
        "something in a book. The chancellor is touring Asia this week. She will visit four "
        "countries. But before leaving, Anna Holt insisted she still trusted Mr Reid, despite "
        "claims otherwise in a recent memoir.\n"
    )
    claims = analyze_text(text).claims
    mortgages = next(c for c in claims if "mortgages" in c.text)
    assert mortgages.status == "asserted"
    assert not any(a.attitude == "contest" for a in mortgages.attributions)


def test_a_near_contrast_pointing_at_other_claims_answers_those(analyze_text) -> None:
    # right after A's claim, B's contrast shares a rare word ("book") but answers the claims
    # it names itself (in a memoir), not A
    text = (
        "Reid dismisses split talk\n\n"
        "Prime minister Tom Reid said voters would care about low mortgages, not about "
        "something in a book. The chancellor is touring Asia this week. But before leaving, "
        "Anna Holt insisted she still trusted Mr Reid, despite claims otherwise in a "
        "recent memoir.\n"
    )
    claims = analyze_text(text).claims
    mortgages = next(c for c in claims if "mortgages" in c.text)
    assert mortgages.status == "asserted"
