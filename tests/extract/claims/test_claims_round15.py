"""Claims, round 15 (issue 9): the central claim worded as the lead states it, and the
speakers of headlines and labels; each on a text written here."""

from __future__ import annotations


def test_a_headline_in_shorthand_is_worded_as_the_lead_spells_it_out(analyze_text):
    """'Ferry firms enjoy bumper summer' is shorthand, and the lead's "reported record bookings"
    (a report of figures, no quote) joins it: the central claim's text is the lead sentence,
    which states the story in full; its span is still the headline."""
    text = (
        "Ferry firms enjoy bumper summer\n\n"
        "Ferry firms across Tarvik reported record bookings over the holiday weekend, with some "
        "claiming their busiest summer yet.\n\n"
        'A spokesman for Coastline Ferries said it was "the best August to date" with sales up '
        "5%. Harbour officials said queues had formed at dawn.\n"
    )
    central = analyze_text(text).claims[0]
    assert central.central
    assert "record bookings" in central.text and "Tarvik" in central.text
    assert central.start == 0


def test_a_denial_headline_takes_the_content_the_lead_denies(analyze_text):
    """'Minister denies budget leak claim' beside 'The finance minister has denied his memo to
    the cabinet was leaked by his own office': the claim is what was denied, the memo leaked,
    with the pronoun named; not the headline's noun phrase."""
    text = (
        "Tarvik minister denies budget leak claim\n\n"
        "The finance minister has denied his memo to the cabinet was leaked by his own office.\n\n"
        "Opposition members had called for an inquiry into the leak last week.\n"
    )
    central = analyze_text(text).claims[0]
    assert central.central
    assert "was leaked by" in central.text
    assert not central.text.lower().startswith("his ")
    assert central.status == "denied"


def test_a_passive_label_names_what_is_labelled(analyze_text):
    """'Plans to X have been branded "reckless" by the Greens': the proposition is 'Plans to X
    are reckless', not the bare label."""
    text = (
        "Port plan attacked\n\n"
        "Plans to sell the harbour at Kelmouth to a private fund have been branded "
        '"utterly reckless" by the Green Party.\n'
    )
    claims = analyze_text(text).claims
    assert any(
        c.text.startswith("Plans to sell the harbour") and "utterly reckless" in c.text
        for c in claims
    )
    assert not any(c.text.strip("'\" ").lower() == "utterly reckless" for c in claims)


def test_the_lead_party_claim_is_central_in_other_words_than_the_headline(analyze_text):
    """'Bar ban details set out' over 'Smoke-free pubs will cut heart disease, the health
    minister Ann Reyes has insisted': the lead's claim is the story, even without the
    headline's words, rather than a question asked far below."""
    text = (
        "Bar ban details set out\n\n"
        "Smoke-free pubs will cut heart disease and save lives in Tarvik, Health Minister "
        "Ann Reyes has insisted.\n\n"
        "The rules come into force next spring. Landlords will face fines of up to 200 pounds "
        "for each breach, and staff will be trained to enforce them. Several councils have "
        "already run trials. Officials expect the first inspections in the summer, after a "
        "period of advice. Later, opposition leader Tom Vale questioned what the smoking ban "
        "would exempt.\n"
    )
    central = analyze_text(text).claims[0]
    assert central.central
    assert "heart disease" in central.text
    assert any(a.source.name == "Ann Reyes" for a in central.attributions)


def test_a_headline_ally_is_not_the_person_named_before_the_noun(analyze_text):
    """'Vance ally denies charges': the speaker is the ally the body names, not Vance."""
    text = (
        "Vance ally denies tax charges\n\n"
        "A longtime partner of the banker Peter Vance told judges on Monday that the tax charges "
        'brought against him were "invented".\n\n'
        "Oskar Lind has been on trial with Mr Vance since June. Mr Lind said there were "
        '"absurd gaps" in the case.\n'
    )
    analysis = analyze_text(text)
    central = analysis.claims[0]
    denials = [a for a in central.attributions if a.attitude == "deny" and a.cue is not None]
    assert denials and denials[0].cue.start < text.index("\n")
    assert denials[0].source.name == "Oskar Lind"


def test_a_closing_press_tag_reports_the_claim_in_its_name(analyze_text):
    """'C, local press reports.' is the press's report of C, not a rumour nobody holds."""
    text = (
        "Bread riots in Tarvik\n\n"
        "Three towns in Tarvik saw days of angry marches over a planned rise in bread prices, "
        "local press reports.\n"
    )
    central = analyze_text(text).claims[0]
    assert central.text.endswith("bread prices")
    assert [(a.source.name, a.attitude) for a in central.attributions] == [
        ("local press", "report")
    ]


def test_a_closing_it_is_reported_is_no_part_of_the_claim(analyze_text):
    """'C, it is reported.' is an agentless report of C: the claim text is C, without the
    evidential verb that follows it."""
    text = (
        "Inmate to sue\n\n"
        "A sailor who spent two years in a foreign jail intends to take the navy to court, it is "
        "reported.\n\nHe was freed last year.\n"
    )
    central = analyze_text(text).claims[0]
    assert central.text.endswith("intends to take the navy to court")
    assert [(a.source.name, a.attitude) for a in central.attributions] == [
        ("unattributed", "report")
    ]


def test_conflicting_interests_weighed_up_are_no_accusation(analyze_text):
    """'had looked at the many conflicting interests' names no wrong (the stem of "conflict"
    matched it); "a conflict of interest" still does."""
    weighed = analyze_text(
        "Party backs port plan\n\n"
        "Opposition leader Tom Vale said his front bench had looked at the many conflicting "
        "interests in the port before it chose.\n"
    ).claims
    assert {a.attitude for c in weighed for a in c.attributions} == {"assert"}
    conflict = analyze_text(
        "Mayor under fire\n\n"
        "Councillor Ann Reyes said the mayor had a conflict of interest over the harbour sale.\n"
    ).claims
    assert "allege" in {a.attitude for c in conflict for a in c.attributions}


def test_a_body_described_by_its_trade_holds_a_claim(analyze_text):
    """'The furniture and garden lighting retailer said C': a body described by its trade is a
    party that can hold a claim, however long the description."""
    text = (
        "Retailer loses chief\n\n"
        "A chain of high street shops has lost its managing director.\n\n"
        "The furniture and garden lighting retailer said the director had left to care for "
        "an ill relative.\n"
    )
    claims = analyze_text(text).claims
    assert any("to care for an ill relative" in c.text for c in claims)


def test_a_wrong_someone_puts_an_end_to_or_condemns_is_no_accusation(analyze_text):
    """'the rules were meant to put an end to illegal trading', 'the ministry condemned and
    prohibited torture': the wrong is what someone acts against, not a wrong anyone is said to
    do; 'the mayor had acted illegally' still accuses."""
    text = (
        "Court backs port rules\n\n"
        "Judge Ann Reyes said the harbour rules were meant to put an end to illegal trading on "
        "the quays.\n\n"
        "A spokesman said the ministry condemned and prohibited torture.\n\n"
        "Councillor Tom Vale said the mayor had acted illegally over the harbour sale.\n"
    )
    claims = analyze_text(text).claims
    attitudes = {
        c.text.split()[1]: {a.attitude for a in c.attributions}
        for c in claims
        if c.text.startswith("The ")
    }
    assert attitudes["harbour"] == {"assert"}
    assert attitudes["ministry"] == {"assert"}
    assert "allege" in attitudes["mayor"]


def test_an_alleged_wrong_named_by_nobody_is_alleged_unattributed(analyze_text):
    """'following an alleged parking offence': an allegation by nobody named (guidelines:
    allege), its text without a stray "An"; 'his alleged third offence' names its owner as a
    subject, not "His has"."""
    text = (
        "Singer held\n\n"
        "Folk singer Rhona Tay was held in Kelmouth on Friday following an alleged parking "
        "offence. Police said the singer's tour bus was searched. It was his alleged third "
        "offence this year, her manager Tom Vale said.\n"
    )
    claims = analyze_text(text).claims
    parking = next(c for c in claims if "parking offence" in c.text)
    assert parking.text == "A parking offence"
    assert [(a.source.name, a.attitude) for a in parking.attributions] == [
        ("unattributed", "allege")
    ]
    assert not any(c.text.startswith("His has") for c in claims)


def test_a_bare_participle_accusation_names_whom_it_accuses(analyze_text):
    """'X is on trial, accused of overseeing a fraud' and 'X, accused of hiding losses, will
    ...': the accusation's text names X, not 'Accused of ...'."""
    text = (
        "Trial goes on\n\n"
        "The ex-Kelda chairman Tom Vale appears in court this week, accused of running a 2bn pound "
        "fraud.\n\nThe banker Ann Reyes, accused of hiding losses from auditors, will give "
        "evidence on Monday.\n"
    )
    texts = [c.text for c in analyze_text(text).claims if c.status == "alleged"]
    assert "The ex-Kelda chairman Tom Vale is accused of running a 2bn pound fraud" in texts
    assert "The banker Ann Reyes is accused of hiding losses from auditors" in texts


def test_a_description_in_a_content_is_the_body_so_described_not_the_speaker(analyze_text):
    """'Winemaker Kelda confirmed the brewer had sought a meeting', the article having called
    Orbis a brewer: the brewer is Orbis, not Kelda speaking."""
    text = (
        "Drinks firms lift Tarvik market\n\n"
        "Tarvik brewer Orbis has taken a 12% holding in the winemaker Kelda, lifting both "
        "firms' shares.\n\n"
        "In a statement of its own, Kelda confirmed the brewer had sought a meeting.\n"
    )
    claims = analyze_text(text).claims
    assert any(c.text == "Orbis had sought a meeting" for c in claims)


def test_it_after_a_firms_shares_is_that_firm(analyze_text):
    """'Kelda's shares have climbed on speculation that it could be bought': "it" is Kelda,
    whose shares rose, not a firm named as a subject before."""
    text = (
        "Winemaker shares climb\n\n"
        'Orbis has done a U-turn, one fund manager said. "Nobody saw it coming."\n\n'
        "Kelda's shares have climbed in recent weeks on speculation that it could be bought by "
        "a rival.\n"
    )
    claims = analyze_text(text).claims
    assert any(c.text.startswith("Kelda could be bought") for c in claims)


def test_a_ballot_question_is_no_doubt_about_the_claim(analyzer):
    """'by putting the EU referendum question in a long bill': a question put to voters is a
    text, not a party questioning anything; 'the union's question over the deal' still doubts."""
    from claimtrail.extract.claims.attitudes import cues_in_sentence

    nlp = analyzer.nlp
    ballot = nlp(
        "She accused the council of muddying the waters by putting the EU referendum question "
        "in a long bill."
    )
    assert "question" not in {c.attitude for s in ballot.sents for c in cues_in_sentence(s)}
    doubt = nlp("The union's question over the harbour deal went unanswered on Monday.")
    assert "question" in {c.attitude for s in doubt.sents for c in cues_in_sentence(s)}


def test_a_headline_claims_bare_description_names_its_subject(analyze_text):
    """'Reyes says mayor should resign' over 'Councillor Ann Reyes has urged Kelmouth mayor Tom
    Vale to resign over the harbour sale': the claim names the mayor the body describes."""
    text = (
        "Reyes says mayor should resign\n\n"
        "Councillor Ann Reyes has urged Kelmouth mayor Tom Vale to resign over the harbour "
        "sale.\n\nMr Vale has refused to go.\n"
    )
    central = analyze_text(text).claims[0]
    assert central.central
    assert central.text.startswith("Tom Vale should resign")


def test_the_accused_it_is_the_firm_named_as_subject(analyze_text):
    """'Orbis was sued by Kelda Marine after its rival accused it of stealing designs': "it"
    is Orbis, the clause's subject, not Kelda Marine named since."""
    text = (
        "Shipyard fined\n\n"
        "Orbis was sued by Kelda Marine in 2003 after its rival accused it of stealing hull "
        "designs.\n"
    )
    claims = analyze_text(text).claims
    accusation = next(c for c in claims if "stealing hull designs" in c.text)
    assert "accused Orbis of" in accusation.text


def test_a_headline_decision_on_an_offer_is_no_denial(analyze_text):
    """'Winemaker rejects brewer's offer' over 'Tarvik winemaker Kelda has rejected a takeover
    offer from brewer Orbis': a decision the outlet reports, not a claim called false."""
    text = (
        "Winemaker rejects brewer's offer\n\n"
        "Tarvik winemaker Kelda has rejected a takeover offer worth 2bn dollars from the brewer "
        "Orbis.\n\nKelda's board met on Friday.\n"
    )
    central = analyze_text(text).claims[0]
    assert central.central
    assert central.status == "reported"
    assert "deny" not in {a.attitude for a in central.attributions}


def test_headline_nouns_and_modifiers_are_no_cues(analyze_text):
    """'Tarvik plans hidden wealth pardon' (a participle modifying the object: an act, no
    saying) and 'Vale hopes ended in Lisbon' (the hopes ended): the central claim is the
    outlet's report in the lead's words."""
    plan = analyze_text(
        "Tarvik plans hidden wealth pardon\n\n"
        "Tarvik is offering a one-off amnesty to people who hid their savings abroad.\n"
    ).claims[0]
    assert plan.status == "reported" and plan.text.startswith("Tarvik is offering")
    hopes = analyze_text(
        "Vale hopes ended in Lisbon\n\n"
        "Second seed Tom Vale lost his Lisbon Open quarter-final in straight sets.\n"
    ).claims[0]
    assert hopes.status == "reported" and hopes.text.startswith("Second seed Tom Vale")


def test_he_is_no_woman_named_as_the_owner_of_a_subject(analyze_text):
    """'Ms Reyes's legal action alleges he "pushed" Lia Reyes': "he" is not Ann Reyes (a
    woman's first name, and only the owner of the subject), but the man named before."""
    text = (
        "Producer sued by mother\n\n"
        "Record producer Tom Vale is being sued by Ann Reyes, the mother of the actress who died "
        'at his home. Ms Reyes\'s legal action alleges he "pushed, struck and held" Lia Reyes '
        "before shooting her.\n"
    )
    claims = analyze_text(text).claims
    assert any(c.text.startswith('Tom Vale "pushed') for c in claims)
    assert not any(c.text.startswith("Ann Reyes") and "pushed" in c.text for c in claims)
