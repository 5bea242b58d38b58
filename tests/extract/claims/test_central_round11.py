"""The central claim on ordinary news (match reports, interviews, announcements): the lead
sentence states what the headline names (written texts, invented names)."""

from __future__ import annotations


def central(analysis):
    return next(c for c in analysis.claims if c.central)


def attitudes(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_headline_naming_the_story_gives_way_to_the_speaker_in_the_lead(analyze_text):
    a = analyze_text(
        "Reyes puts trust in juniors\n\n"
        "Harbourside Rovers manager Ann Reyes said she has no regrets after a reserve team "
        "was beaten 4-0 at Kelport in the Cup.\n\n"
        'Reyes said: "The young players will learn from this night."\n'
    )
    claim = central(a)
    assert "no regrets" in claim.text
    assert ("Ann Reyes", "assert") in attitudes(claim)
    assert not any(c.text.startswith("Reyes puts trust") for c in a.claims)


def test_first_lead_sentence_states_the_headline_not_the_next(analyze_text):
    a = analyze_text(
        "Dana stunned by Morrow Vale\n\n"
        "Dana Kirk went out in the opening round at the Lindon Open, her earliest exit "
        "since 2019.\n\n"
        "Petra Morrow Vale, beaten in each of their five earlier matches, won 6-4 7-5.\n"
    )
    claim = central(a)
    assert claim.text.startswith("Dana Kirk went out")
    assert claim.status == "reported"


def test_scare_quoted_phrase_does_not_make_the_lead_a_quotation(analyze_text):
    a = analyze_text(
        "Veteran coach Brandt dies\n\n"
        'Veteran coach Olaf Brandt, the man credited with inventing "fast rugby", has died '
        "aged 81.\n\n"
        "Brandt led the Tarnland side at three tournaments.\n"
    )
    claim = central(a)
    assert "has died" in claim.text
    assert claim.status == "reported"


def test_admission_naming_only_the_subject_does_not_confirm_the_headline(analyze_text):
    a = analyze_text(
        "Orlan handed Tarnland armband\n\n"
        "Mira Orlan will captain Tarnland as she wins her 60th cap in Sunday's friendly "
        "against Pellia.\n\n"
        "Coach Ivo Benes admits he is surprised that Orlan has only now reached the mark.\n"
    )
    claim = central(a)
    assert claim.text.startswith("Mira Orlan will captain")
    assert ("Ivo Benes", "confirm") not in attitudes(claim)


def test_outlet_lead_before_a_quote_in_the_second_sentence_is_central(analyze_text):
    a = analyze_text(
        "Marek to hold talks with Corvale\n\n"
        "Former Lindon striker Tomas Marek will open talks with Corvale while he searches "
        "for a new club.\n\n"
        "\"Marek is coming to sit in the directors' box for the game between Corvale and "
        'Ostrava," said a Corvale official. "After that he is meeting our directors," he added.\n'
    )
    claim = central(a)
    assert claim.text.startswith("Former Lindon striker Tomas Marek will open talks")
    assert claim.status == "reported"


def test_turning_down_a_chance_to_act_is_no_denial(analyze_text):
    a = analyze_text(
        "Dorr turns down Lindon\n\n"
        "Former Kelport manager Ian Dorr has rejected the chance to become Lindon's new boss.\n\n"
        "The Scot had been the chairman's first choice.\n"
    )
    assert not any(c.text.lower().startswith("to become") for c in a.claims)
    claim = central(a)
    assert "rejected the chance" in claim.text
    assert claim.status == "reported"


def test_conceding_a_goal_confirms_nothing(analyze_text):
    a = analyze_text(
        "Reyes unhappy despite win\n\n"
        "Kelport coach Ann Reyes was unhappy after the 2-1 win.\n\n"
        'She said: "I am not pleased at all, even with the points. We missed a third '
        'and then conceded the late goal."\n'
    )
    assert not any(a_.cue and a_.cue.text == "conceded" for c in a.claims for a_ in c.attributions)


def test_outlet_lead_is_central_over_a_complaint_quoted_after_it(analyze_text):
    a = analyze_text(
        "Reyes unhappy despite win\n\n"
        "Kelport coach Ann Reyes was unhappy after the 2-1 win.\n\n"
        'She said: "I am not pleased at all, even with the points. We missed a third '
        'and then conceded the late goal."\n'
    )
    claim = central(a)
    assert claim.text.startswith("Kelport coach Ann Reyes was unhappy")
    assert claim.status == "reported"


def test_contracted_has_after_a_replaced_pronoun_is_not_a_possessive(analyze_text):
    a = analyze_text(
        "Reyes back on top\n\n"
        "Ann Reyes won the Lindon title on Sunday.\n\n"
        "Reyes said she's had a hard couple of seasons with injury.\n"
    )
    texts = [c.text for c in a.claims]
    assert any(t.startswith("Ann Reyes has had a hard couple") for t in texts), texts
    assert not any("Reyes's had" in t for t in texts)


def test_contracted_is_after_a_replaced_pronoun_is_not_a_possessive(analyze_text):
    a = analyze_text(
        "Reyes back on top\n\n"
        "Ann Reyes won the Lindon title on Sunday.\n\n"
        "Reyes said she's ready to defend it next spring.\n"
    )
    texts = [c.text for c in a.claims]
    assert any(t.startswith("Ann Reyes is ready to defend") for t in texts), texts


def test_quote_opening_with_a_question_states_its_answer(analyze_text):
    a = analyze_text(
        "Benes calm after defeat\n\n"
        "Kelport keeper Ivo Benes stayed calm after the 3-0 defeat.\n\n"
        'Benes said: "Am I worried about the next match? As a captain, I never panic after '
        'one result."\n'
    )
    texts = [c.text for c in a.claims]
    assert not any(t.endswith("next match") or t.startswith("Am ") for t in texts), texts
    assert any("never panic" in t for t in texts), texts


def test_blaming_oneself_is_no_allegation(analyze_text):
    a = analyze_text(
        "Benes takes the blame\n\n"
        "Kelport lost 2-0 at home to Lindon on Saturday.\n\n"
        "Keeper Ivo Benes said he blamed himself for the second goal.\n"
    )
    assert not any(x.attitude == "allege" for c in a.claims for x in c.attributions)


def test_opening_interjection_is_no_part_of_the_outlet_report(analyze_text):
    a = analyze_text(
        "Medal chances improve for Tarnland\n\n"
        "What did the winter trials show? Well, the Tarnland squad could bring home five "
        "medals from Lindon.\n\n"
        "Several young runners set personal bests.\n"
    )
    claim = central(a)
    assert claim.text.startswith("The Tarnland squad could bring home"), claim.text


def test_admission_that_founds_its_own_claim_does_not_confirm_the_headline(analyze_text):
    a = analyze_text(
        "Cycling across the harbour towns\n\n"
        "It was back to committee work this month in my post on the Lindon festival board.\n\n"
        "The board chair, Lady Orme, admitted she would never consider cycling up the coast.\n"
    )
    claim = central(a)
    assert not any(x.attitude == "confirm" for x in claim.attributions), claim
