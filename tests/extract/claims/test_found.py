"""Attributed propositions that must become a claim of their own (claim recall), on texts
written for these tests."""

from __future__ import annotations


def claim_with(analysis, words: str):
    return next((c for c in analysis.claims if words.lower() in c.text.lower()), None)


def attitudes(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_data_gathered_by_a_party_is_its_report(analyze_text):
    a = analyze_text(
        "Ferry firm in trouble\n\nThe Harbourline ferry company has cut two routes. According to "
        "passenger figures gathered by Tidewatch, the northern crossing lost a third of its "
        "travellers in the summer.\n"
    )
    claim = claim_with(a, "lost a third of its travellers")
    assert claim is not None
    assert ("Tidewatch", "report") in attitudes(claim)


def test_trailing_according_to_a_named_bodys_figures(analyze_text):
    a = analyze_text(
        "Bakery sales slow\n\nBread sales in Wales fell for a fourth month in May, according to "
        "figures from the Millers Federation.\n"
    )
    claim = claim_with(a, "fell for a fourth month")
    assert claim is not None
    assert claim.attributions[0].attitude == "report"
    assert "Millers Federation" in claim.attributions[0].source.name


def test_denial_whose_subject_is_this_answers_the_sentence_before(analyze_text):
    a = analyze_text(
        "Ferry firm in trouble\n\nThe Harbourline ferry company has cut two routes. According to "
        "passenger figures gathered by Tidewatch, the northern crossing lost a third of its "
        "travellers in the summer. In a short statement, Harbourline denied that this was the "
        "result of its fare rises.\n"
    )
    claim = claim_with(a, "lost a third of its travellers")
    assert claim is not None
    assert {("Tidewatch", "report"), ("Harbourline", "deny")} <= attitudes(claim)


def test_clashing_with_a_party_for_a_wrong_alleges_it(analyze_text):
    a = analyze_text(
        "Chef sues paper\n\nThe chef Tomas Brel clashed with the Evening Courier for printing his "
        "recipes without asking him first.\n"
    )
    claim = next((c for c in a.claims if "without asking" in c.text), None)
    assert claim is not None
    assert "allege" in {x.attitude for x in claim.attributions}


def test_criticism_for_a_wrong_is_an_allegation_against_who_faced_it(analyze_text):
    a = analyze_text(
        "Council budget row\n\nThe district council came in for criticism for shutting three "
        "swimming pools in one winter.\n"
    )
    claim = next((c for c in a.claims if "swimming pools" in c.text), None)
    assert claim is not None
    assert claim.text.startswith("The district council")
    assert ("unattributed", "allege") in attitudes(claim)
    assert claim.status == "alleged"


def test_attacks_as_a_noun_accuse_nobody(analyze_text):
    a = analyze_text(
        "Town rebuilt\n\nRocket attacks for two years left the old market in ruins, the mayor "
        "said on Monday.\n"
    )
    assert all(x.attitude != "allege" for c in a.claims for x in c.attributions)


def test_seen_by_a_party_as_a_wrong_is_its_allegation(analyze_text):
    a = analyze_text(
        "Mayor on trial\n\nThe mayor of Dunmore denies taking bribes. The inquiry is seen by "
        "his allies as a cover-up.\n"
    )
    claim = claim_with(a, "a cover-up")
    assert claim is not None
    assert claim.text.startswith("The inquiry is")
    assert ("his allies", "allege") in attitudes(claim)


def test_regarded_by_a_party_as_something_is_its_assertion(analyze_text):
    a = analyze_text(
        "Farm levy\n\nThe new levy is regarded by many hill farmers as a tax on success.\n"
    )
    claim = claim_with(a, "a tax on success")
    assert claim is not None
    assert claim.text.startswith("The new levy is")
    assert ("many hill farmers", "assert") in attitudes(claim)


def test_seen_as_with_no_viewer_is_no_claim(analyze_text):
    a = analyze_text("Old town\n\nThe castle is seen as a landmark by the river.\n")
    assert not any("landmark" in c.text and c.attributions for c in a.claims)


def test_worries_that_c_is_an_unattributed_speculation(analyze_text):
    a = analyze_text(
        "Shares slide\n\nShares in Corvell slid amid worries that the firm would miss its sales "
        "target for the spring.\n"
    )
    claim = claim_with(a, "miss its sales target")
    assert claim is not None
    assert ("unattributed", "speculate") in attitudes(claim)


def test_concern_over_a_gerund_states_no_claim(analyze_text):
    a = analyze_text(
        "Councillor advised\n\nThe councillor took advice after concern over him backing a "
        "petition against the new bypass.\n"
    )
    assert not any(x.attitude == "speculate" for c in a.claims for x in c.attributions)


def test_figures_named_in_apposition_are_the_named_bodys(analyze_text):
    a = analyze_text(
        "Ferries\n\nAccording to figures gathered by the sea watchdog, Wavecheck, the northern "
        "crossing lost a third of its travellers in the summer.\n"
    )
    claim = claim_with(a, "lost a third of its travellers")
    assert claim is not None
    assert ("Wavecheck", "report") in attitudes(claim)


def test_according_to_figures_inside_a_quote_is_the_speakers(analyze_text):
    a = analyze_text(
        "Music sales\n\nRina Holt said sales of vinyl, which reached 4 million according to "
        "recent figures, would keep rising this year.\n"
    )
    assert not any(c.text.startswith("Rina Holt said") for c in a.claims)


def test_confirming_this_confirms_the_sentence_before(analyze_text):
    a = analyze_text(
        "Plant news\n\nThe weather was cold in Leeds on Monday. Acme will close its Leeds plant "
        "next year, with the loss of 300 jobs. The company confirmed this in a letter to staff.\n"
    )
    claim = next((c for c in a.claims if "close its Leeds plant" in c.text), None)
    assert claim is not None
    assert "confirm" in {attitude for _, attitude in attitudes(claim)}


def test_denying_this_answers_what_the_sentence_before_reports(analyze_text):
    a = analyze_text(
        "Budget row\n\nThe fight between the two bosses has hurt the firm, analysts feared. The "
        "parent group admitted on Monday that the rail project was running far over budget. "
        "But the chief executive Ann Vole has denied this, telling reporters that costs were "
        "under control.\n"
    )
    claim = next((c for c in a.claims if "far over budget" in c.text), None)
    assert claim is not None
    assert claim.text.startswith("The rail project")
    assert ("Ann Vole", "deny") in attitudes(claim)
