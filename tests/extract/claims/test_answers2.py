"""Answers joined to the claims they answer by structure rather than wording
(claimtrail/extract/claims/contrary.py): the party a claim is about, or the party a question
is put to, answering in the next sentence with a contrast or a rebuttal cue. All texts are
written for the tests."""

from __future__ import annotations


def _claims_with(claims, word: str):
    return [c for c in claims if word in c.text]


def _sides(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_a_question_answered_in_the_next_sentence_with_a_contrast_is_contested(
    analyze_text,
) -> None:
    # the answer shares only a name with the question and sets itself against it ("But"),
    # naming the party who asked
    text = (
        "Minister clashes with rival over port figures\n\n"
        "The harbour board moved its dredging budget to capital spending in May. "
        "Opposition spokesman Peter Lund asked the minister whether the ministry had pressed "
        "the harbour board to move the budget. "
        "But the minister, Anna Berg, said Mr Lund was smearing the harbour board and that "
        "its staff acted alone.\n"
    )
    claims = analyze_text(text).claims
    pressed = _claims_with(claims, "pressed")
    assert len(pressed) == 1
    assert ("Anna Berg", "contest") in _sides(pressed[0])
    assert pressed[0].status == "contested"


def test_a_statement_after_a_question_without_a_contrast_is_no_answer(analyze_text) -> None:
    text = (
        "Minister clashes with rival over port figures\n\n"
        "The harbour board moved its dredging budget to capital spending in May. "
        "Opposition spokesman Peter Lund asked the minister whether the ministry had pressed "
        "the harbour board to move the budget. "
        "The minister, Anna Berg, said Mr Lund would visit the harbour board next week.\n"
    )
    claims = analyze_text(text).claims
    pressed = _claims_with(claims, "pressed")
    assert len(pressed) == 1
    assert all(a.source.name != "Anna Berg" for a in pressed[0].attributions)


def test_the_accused_party_insisting_in_other_words_contests_the_claim(analyze_text) -> None:
    # no word of what is said in common ("fail" / "on track"): the party the claim names
    # answers it in the next sentence with a rebuttal cue
    text = (
        "Union doubts rail upgrade\n\n"
        "The rail union said Norline's upgrade of the coastal line would collapse within a year. "
        "Norline insisted the programme was on track and within budget.\n"
    )
    claims = analyze_text(text).claims
    collapse = _claims_with(claims, "collapse")
    assert len(collapse) == 1
    assert ("Norline", "contest") in _sides(collapse[0])
    assert collapse[0].status == "contested"


def test_a_partys_officer_named_with_it_answers_for_it(analyze_text) -> None:
    # the answerer is named by its office in the party the claim names ("chief executive of
    # Norline"): its rebuttal contests the claim, with no word of what is said in common
    text = (
        "Union fears depot closure\n\n"
        "The rail union said Norline would shut the Bristol depot next spring. "
        "Jo Bell, chief executive of Norline, insisted the site had a long future.\n"
    )
    claims = analyze_text(text).claims
    depot = _claims_with(claims, "depot")
    assert len(depot) == 1
    assert ("Jo Bell", "contest") in _sides(depot[0])


def test_a_party_does_not_answer_its_own_officer(analyze_text) -> None:
    # the firm arguing after its chief executive spoke states its own side, not a reply
    text = (
        "Airline weighs move\n\n"
        "Norair chief executive Jo Bell said the airline could no longer afford to stay "
        "all-Norwegian. "
        "Norair has argued that it must make savings if it is to stay in the Norwegian market.\n"
    )
    claims = analyze_text(text).claims
    for claim in claims:
        assert ("Norair", "contest") not in _sides(claim)


def test_a_commitment_by_the_named_party_contests_a_report_about_it(analyze_text) -> None:
    # no rebuttal cue: the party the report names answers with its commitment ("committed to")
    text = (
        "Brewer may move jobs\n\n"
        "Danish brewer Holmbrau could move 900 jobs to Poland, a newspaper reported. "
        '"We are totally committed to keeping our brewing jobs in Denmark," Holmbrau chief '
        "executive Jo Bell said.\n"
    )
    claims = analyze_text(text).claims
    jobs = _claims_with(claims, "900 jobs")
    assert len(jobs) == 1
    assert ("Jo Bell", "contest") in _sides(jobs[0])


def test_a_party_merely_pleased_is_no_answer(analyze_text) -> None:
    text = (
        "Brewer may move jobs\n\n"
        "Danish brewer Holmbrau could move 900 jobs to Poland, a newspaper reported. "
        '"We are totally happy to be keeping our brewing jobs in Denmark," Holmbrau chief '
        "executive Jo Bell said.\n"
    )
    claims = analyze_text(text).claims
    assert all(("Jo Bell", "contest") not in _sides(c) for c in claims)


def _plea_report(answer: str) -> str:
    return (
        "Mayor answers plea report\n\n"
        "The Daily Post reported that Mayor Jo Bell begged the governor for a pardon last week. "
        f'But Ms Bell said in a statement: "{answer}"\n'
    )


def test_the_named_party_saying_never_denies_a_report_outright(analyze_text) -> None:
    claims = analyze_text(_plea_report("I have never done any such thing in my life.")).claims
    pardon = _claims_with(claims, "pardon")
    assert len(pardon) == 1
    assert ("Jo Bell", "deny") in _sides(pardon[0])
    assert pardon[0].status == "denied"  # only an outlet holds it (guidelines C)


def test_the_named_party_answering_without_never_contests_it(analyze_text) -> None:
    claims = analyze_text(_plea_report("I do not think that conversation mattered much.")).claims
    pardon = _claims_with(claims, "pardon")
    assert len(pardon) == 1
    assert ("Jo Bell", "contest") in _sides(pardon[0])


def _vandalism(denial: str) -> str:
    return (
        "Walkers and farmers clash\n\n"
        "Hundreds of walkers crossed the moor on Sunday. "
        "Ann Cole, of the Walkers Trust, said vandalism had been widespread on the moor. "
        f"{denial}\n"
    )


def test_a_short_denial_of_the_statement_just_before_splits_no_claim(analyze_text) -> None:
    claims = analyze_text(_vandalism("But farmer Tom Reed denied there was any vandalism.")).claims
    vandalism = _claims_with(claims, "andalism")
    assert len(vandalism) == 1
    assert ("Tom Reed", "deny") in _sides(vandalism[0])
    assert vandalism[0].status == "contested"  # a party with standing maintains it


def test_a_denial_saying_more_than_the_statement_before_is_its_own(analyze_text) -> None:
    claims = analyze_text(
        _vandalism("But farmer Tom Reed denied that hunters had shot any buzzards.")
    ).claims
    for claim in claims:
        if "vandalism" in claim.text:
            assert all(a.source.name != "Tom Reed" for a in claim.attributions)


def _tram(reply: str) -> str:
    # the topic word is in every sentence: not rare enough to tie a reply to the claim
    return (
        "Tram plan divides city\n\n"
        "The city will vote on the tram in May. "
        "The tram would run every ten minutes. "
        "A tram depot is planned near the station. "
        "Mayor Ann Cole said a tram would bring shoppers back to the city centre. "
        f"{reply}\n"
    )


def test_a_negated_reply_in_the_next_sentence_contests_the_claim(analyze_text) -> None:
    claims = analyze_text(
        _tram("But councillor Tom Reed said residents did not ask for a tram.")
    ).claims
    shoppers = _claims_with(claims, "shoppers")
    assert len(shoppers) == 1
    assert ("Tom Reed", "contest") in _sides(shoppers[0])


def test_a_negated_statement_without_a_contrast_is_no_reply(analyze_text) -> None:
    claims = analyze_text(
        _tram("Councillor Tom Reed said residents did not ask for a tram.")
    ).claims
    shoppers = _claims_with(claims, "shoppers")
    assert len(shoppers) == 1
    assert all(a.source.name != "Tom Reed" for a in shoppers[0].attributions)


def _consultation(before: str) -> str:
    return (
        "Council under fire over car park\n\n"
        "The council approved the car park in June. "
        f"{before} "
        "The council's chief officer, Ann Cole, later said the consultation was not run well "
        "and should have been longer.\n"
    )


def test_an_official_conceding_a_fault_after_complaints_confirms(analyze_text) -> None:
    claims = analyze_text(
        _consultation("Residents were not told of the meeting, prompting claims of a cover-up.")
    ).claims
    run = _claims_with(claims, "consultation")
    assert len(run) == 1
    assert ("Ann Cole", "confirm") in _sides(run[0])
    assert run[0].status == "confirmed"


def test_a_concession_with_no_complaint_before_it_is_a_statement(analyze_text) -> None:
    claims = analyze_text(_consultation("Residents met the planners in July.")).claims
    run = _claims_with(claims, "consultation")
    assert len(run) == 1
    assert ("Ann Cole", "confirm") not in _sides(run[0])
