"""Contested claims on text the rules were not written from (issue 9): named parties that
disagree in other words, and parties with standing named by a description ("the government",
"a spokesman for Northwave"). All texts are written for the tests."""

from __future__ import annotations

from claimtrail.status import has_standing


def _claims_with(claims, word: str):
    return [c for c in claims if word in c.text]


def _sides(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_official_bodies_and_those_speaking_for_a_party_have_standing() -> None:
    # guidelines C: official bodies and insiders keep a claim alive against a denial
    assert has_standing("the government", "assert")
    assert has_standing("The select committee", "assert")
    assert has_standing("a spokesman for Northwave", "assert")
    assert has_standing("a spokeswoman for the Home Office", "contest")
    # a description that names nobody, or a document, still has none
    assert not has_standing("the report", "assert")
    assert not has_standing("a spokesman", "assert")
    assert not has_standing("the government", "report")


def test_the_government_answering_with_but_contests_a_named_body_s_claim(analyze_text) -> None:
    text = (
        "Nurses oppose new clinic rules\n\n"
        "The Royal College of Nursing said pharmacists at Westfield clinics lacked the training "
        "to examine patients safely. But the government said the change would help Westfield "
        "surgeries cope with winter demand. The health minister is expected to publish the "
        "rules next month.\n"
    )
    claims = analyze_text(text).claims
    training = _claims_with(claims, "training")
    assert len(training) == 1
    assert ("the government", "contest") in _sides(training[0])
    assert training[0].status == "contested"


def test_a_spokesman_for_the_accused_firm_insisting_contests_the_claim(analyze_text) -> None:
    text = (
        "Ferry firm hit by safety row\n\n"
        "The Maritime Union said Northwave ferries were sailing with too few crew on board. "
        "A spokesman for Northwave insisted that every crossing met the rules.\n"
    )
    claims = analyze_text(text).claims
    crew = _claims_with(claims, "crew")
    assert len(crew) == 1
    assert ("a spokesman for Northwave", "contest") in _sides(crew[0])
    assert crew[0].status == "contested"


def test_the_government_stating_something_else_later_answers_nothing(analyze_text) -> None:
    text = (
        "Nurses oppose new clinic rules\n\n"
        "The Royal College of Nursing said pharmacists at Westfield clinics lacked the training "
        "to examine patients safely. The college will meet in March. Its members will vote on "
        "a new president. The government said rail fares in Westfield would rise in January.\n"
    )
    claims = analyze_text(text).claims
    training = _claims_with(claims, "training")
    assert len(training) == 1
    assert training[0].status == "asserted"


def test_a_but_between_two_parties_in_one_sentence_contests_the_first_claim(
    analyze_text,
) -> None:
    # the answer ("a disgrace") shares no word with the claim; the sentence itself sets the
    # two named parties against each other
    text = (
        "Mayor backs harbour scheme\n\n"
        "Mayor Clara Holm said the new harbour wall had been finished on time, but councillor "
        'Jonas Wirth called the contract for it "a disgrace". The wall cost four million '
        "euros.\n"
    )
    claims = analyze_text(text).claims
    wall = _claims_with(claims, "harbour wall")
    assert len(wall) == 1
    assert ("Jonas Wirth", "contest") in _sides(wall[0])
    assert wall[0].status == "contested"


def test_one_party_s_but_does_not_contest_its_own_claim(analyze_text) -> None:
    text = (
        "Harbour wall finished\n\n"
        "Mayor Clara Holm said the new harbour wall had been finished on time, but she said "
        "the quay would open in May. The wall cost four million euros.\n"
    )
    claims = analyze_text(text).claims
    assert all(c.status != "contested" for c in claims)


def test_a_rebuttal_after_the_holder_s_own_quotation_still_answers_the_holder(
    analyze_text,
) -> None:
    # a quotation with no cue of its own carries on Lord Ashdale's statement: the minister's
    # "But" answers him, not the quotation
    text = (
        "Peers threaten to rewrite water bill\n\n"
        "Lord Ashdale warned ministers that the Water Bill would be heavily amended in the "
        'Lords. "They should drop the metering clauses altogether and look again at the '
        'charges." But the minister, Helen Carr, said the changes already made to the Bill '
        "would satisfy the Lords.\n"
    )
    claims = analyze_text(text).claims
    amended = _claims_with(claims, "amended")
    assert len(amended) == 1
    assert ("Helen Carr", "contest") in _sides(amended[0])
    assert amended[0].status == "contested"


def test_a_rebuttal_after_another_party_s_statement_is_too_far_to_answer(analyze_text) -> None:
    text = (
        "Peers threaten to rewrite water bill\n\n"
        "Lord Ashdale warned ministers that the Water Bill would be heavily amended in the "
        "Lords. Campaigner Ruth Ames said household meters were already common in the north. "
        "But the minister, Helen Carr, said the changes already made to the Bill would satisfy "
        "the Lords.\n"
    )
    claims = analyze_text(text).claims
    amended = _claims_with(claims, "amended")
    assert len(amended) == 1
    assert all(a.source.name != "Helen Carr" for a in amended[0].attributions)


def test_a_party_s_own_negative_statement_under_its_headline_is_no_denial(analyze_text) -> None:
    # nobody held the positive claim: the mayor states her own position
    text = (
        "No new runway, says mayor\n\n"
        "Mayor Anna Berg has said the city will not build a third runway at Eastfield airport "
        "before 2030. The airport handled nine million passengers last year.\n"
    )
    claims = analyze_text(text).claims
    runway = _claims_with(claims, "runway")
    assert runway
    assert all(c.status != "denied" for c in runway)
    assert all(a.attitude != "deny" for c in runway for a in c.attributions)


def test_an_outlet_s_negative_report_under_a_verbless_headline_is_a_report(analyze_text) -> None:
    # the lead restates the headline's story with a negation: nobody held the positive
    text = (
        "'Standoff' on Norvik's port bid\n\n"
        "Norvik investors unhappy with its Eastfield port bid will have no chance to remove "
        "the firm's managers until June, the Daily Courier says. The board meets in March.\n"
    )
    claims = analyze_text(text).claims
    chance = [c for c in claims if any(a.source.name == "Daily Courier" for a in c.attributions)]
    assert chance
    assert all(c.status != "denied" for c in chance)


def test_a_negation_with_the_rumour_it_answers_in_its_sentence_is_still_a_denial(
    analyze_text,
) -> None:
    # the rumour comes after the answer in the same sentence: it is held by the end
    text = (
        "Minister rejects 'floating casino' jibe\n\n"
        "The tourism minister, Karin Lode, said there would be no floating casinos in the "
        "harbour, as rumoured in the press. Critics said the plan would bring crime.\n"
    )
    claims = analyze_text(text).claims
    casinos = _claims_with(claims, "casinos")
    assert casinos
    assert ("Karin Lode", "deny") in _sides(casinos[0])


def test_a_party_s_second_statement_does_not_deny_its_first(analyze_text) -> None:
    # the same witness's negated statement joins her claim by wording: it answers nothing
    text = (
        "Brill ex-boss trial hears auditor\n\n"
        "Former Brill accountant Jane Moss told the court that outside auditors had approved "
        "the Brill accounts in 2003. Ms Moss said the finance chief had not raised any worries "
        "about the Brill accounts at the 2003 audit meeting.\n"
    )
    claims = analyze_text(text).claims
    approved = _claims_with(claims, "approved")
    assert len(approved) == 1
    assert approved[0].status != "denied"
    assert ("Jane Moss", "deny") not in _sides(approved[0])


def test_the_accused_party_s_but_reply_to_an_allegation_contests_it(analyze_text) -> None:
    # the allegation names its target only as "the party"; the reply opens with "But" in the
    # next sentence and shares no word with it
    text = (
        "Greens outspent rivals on council poll\n\n"
        "The Green Party spent more than any rival in the council elections, new figures show. "
        "Opponents have accused the party of buying seats with its poster campaign. But a Green "
        "Party spokeswoman said Labour and the Liberals had spent far more on leaflets.\n"
    )
    claims = analyze_text(text).claims
    buying = _claims_with(claims, "buying")
    assert len(buying) == 1
    assert buying[0].status == "contested"


def test_a_reply_to_an_allegation_without_a_contrast_stays_apart(analyze_text) -> None:
    text = (
        "Greens outspent rivals on council poll\n\n"
        "The Green Party spent more than any rival in the council elections, new figures show. "
        "Opponents have accused the party of buying seats with its poster campaign. A Green "
        "Party spokeswoman said the party would publish its accounts in May.\n"
    )
    claims = analyze_text(text).claims
    buying = _claims_with(claims, "buying")
    assert len(buying) == 1
    assert buying[0].status == "alleged"


def test_a_speaker_left_as_a_pronoun_holds_nothing_for_another_party_to_deny() -> None:
    # "While I don't rule out X, I don't think Y": the "I" attribution the headline's claim
    # picked up is the answering speaker's own, so Y is his position, not a denial
    from claimtrail.extract.claims.groups import Group, _add
    from claimtrail.extract.claims.records import Record
    from claimtrail.models import Attribution, Claim, Source

    seed = Claim(
        id="C1",
        text="Mayor's hope for club's return",
        start=0,
        end=30,
        central=True,
        attributions=[Attribution(source=Source(name="I"), attitude="speculate")],
    )
    group = Group(words={"hope", "club", "return"}, start=0, end=30, seed=seed)
    reply = Record(
        start=80,
        end=140,
        text="I don't think the club's return can simply be waved through",
        attitude="assert",
        source=Source(name="Tom Reid", entity_id="E2"),
        cue=None,
        negated=True,
        words=frozenset({"club", "return", "waved"}),
        source_words=frozenset({"tom", "reid"}),
        sentence=60,
    )
    _add(group, reply)
    assert reply.attitude == "assert"
    # a named holder in the headline's claim is another party: the negation answers it
    named = seed.model_copy(
        update={
            "attributions": [Attribution(source=Source(name="Anna Berg"), attitude="speculate")]
        }
    )
    group = Group(words={"hope", "club", "return"}, start=0, end=30, seed=named)
    reply.attitude = "assert"
    _add(group, reply)
    assert reply.attitude == "deny"


def test_a_but_reply_in_the_next_sentence_contests_a_party_s_main_statement(
    analyze_text,
) -> None:
    # no word in common; both parties named, the reply opens with "But"
    text = (
        "Greens attack harbour wall\n\n"
        "The Green Party said the new harbour wall would flood the old quay. But harbour "
        "minister Karl Dahl said engineers had tested the design against ten years of storms.\n"
    )
    claims = analyze_text(text).claims
    flood = _claims_with(claims, "flood")
    assert len(flood) == 1
    assert ("Karl Dahl", "contest") in _sides(flood[0])
    assert flood[0].status == "contested"


def test_a_but_reply_does_not_answer_a_claim_inside_another_statement(analyze_text) -> None:
    # the transport board's claim sits in a clause of the councillor's backing: the "But"
    # answers the backing, not the board
    text = (
        "Council backs new tram line\n\n"
        "Councillor Tom Reid backed the tram plan, as the transport board said the line would "
        "halve journey times. But councillor Ana Lind said there were still deep worries about "
        "the cost among residents.\n"
    )
    claims = analyze_text(text).claims
    halve = _claims_with(claims, "halve")
    assert len(halve) == 1
    assert halve[0].status == "asserted"


def test_a_litigant_named_by_a_description_keeps_the_claim_contested(analyze_text) -> None:
    # guidelines C: a litigant has standing; "a homeowner" who sued is one
    text = (
        "Builder sued over cracked walls\n\n"
        "Eastfield builder Norcon has been sued for £2m by a homeowner who claimed its workers "
        "had used faulty concrete in her house. A spokesman for Norcon said the claims were "
        "untrue.\n"
    )
    claims = analyze_text(text).claims
    sued = _claims_with(claims, "sued")
    assert len(sued) == 1
    assert ("a spokesman for Norcon", "deny") in _sides(sued[0])
    assert sued[0].status == "contested"
