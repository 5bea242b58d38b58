"""Claims, round 16 (issue 9): readings that hold on news the rules were not written on; each
on a text written here."""

from __future__ import annotations

from claimtrail.extract.quotes.headline import in_headline_quotation


def test_a_quoted_negation_in_a_headline_is_a_partys_words_not_the_outlets_denial(analyze_text):
    """'Farmers 'don't trust regulators'' quotes what a survey found: the negation is inside the
    quotation marks, so the outlet denies nothing and the claim keeps its "not"."""
    text = (
        "Farmers 'don't trust regulators'\n\n"
        "Nine in ten farmers do not trust regulators to be fair, a new survey for the Rural "
        "Times suggests.\n\n"
        "The survey of 2,000 farmers found that most felt ignored.\n"
    )
    central = analyze_text(text).claims[0]
    assert central.central
    assert central.status != "denied"
    assert "n't" in central.text or "not" in central.text
    assert all(a.attitude != "deny" for a in central.attributions)


def test_a_quoted_refusal_in_a_headline_is_its_speakers_position(analyze_text):
    """'Okafor 'will not accept' cuts': the union leader states her own position; nobody denies
    that she will accept them."""
    text = (
        "Okafor 'will not accept' cuts\n\n"
        "Union leader Grace Okafor has said she will not accept cuts to the pension scheme of "
        "the rail workers.\n\n"
        "Ms Okafor said such cuts would hurt thousands of families.\n"
    )
    central = analyze_text(text).claims[0]
    assert central.status != "denied"
    assert "not" in central.text
    assert any(a.attitude == "assert" and "Okafor" in a.source.name for a in central.attributions)


def test_an_unquoted_negation_in_a_headline_is_still_the_outlets_denial(analyze_text):
    """'Missing pair not among the dead' is the outlet's own statement: a denial, as before."""
    text = (
        "Missing climbers not among the dead\n\n"
        "Two climbers missing on Mount Arvel since Sunday were not among the bodies recovered, "
        "rescuers said on Tuesday.\n"
    )
    central = analyze_text(text).claims[0]
    assert any(a.attitude == "deny" for a in central.attributions)


def test_an_apostrophe_inside_a_word_neither_opens_nor_closes_a_headline_quotation():
    headline = "Farmers 'don't trust regulators' in Tarvik"
    assert in_headline_quotation(headline, headline.index("n't"))
    assert in_headline_quotation(headline, headline.index("regulators"))
    assert not in_headline_quotation(headline, headline.index("Tarvik"))
    assert not in_headline_quotation("Farmers don't trust Blair's plan", 10)


def test_a_paper_or_a_share_of_people_is_no_he_or_she_in_what_it_reports(analyze_text):
    """'A local paper reported that she had likened the council to a tyranny': "she" is the
    woman named before, not the paper; nor is "she" a share of those polled."""
    text = (
        "Row over Tarvik museum cash\n\n"
        "Lena Morrow is worried that the city museum may be taken over by the council. "
        "Council leader Tom Ashby said the review was routine. "
        "A local paper reported that she had likened the council to a tyranny.\n"
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert any(t.startswith("Lena Morrow had likened") for t in texts), texts
    assert not any(t.startswith("A local paper had") for t in texts), texts


def test_a_headlines_quoted_prediction_is_as_hedged_as_the_body_says_it(analyze_text):
    """'Harbour 'could be flood target'' quotes, without a cue of its own, what the engineer
    predicts in the body ("might flood"): a prediction there is no assertion here, and the
    claim is unresolved, not asserted."""
    text = (
        "Harbour 'could be flood target'\n\n"
        "Storms might flood the old harbour of Tarvik before the spring, the city's chief "
        "engineer Ruth Baines has said.\n\n"
        "Ms Baines said the sea walls might fail in a storm. The council said the threat of "
        "storms was real.\n"
    )
    central = analyze_text(text).claims[0]
    attitudes = {a.attitude for a in central.attributions if "Baines" in a.source.name}
    assert attitudes == {"speculate"}, central.attributions
    assert central.status == "unresolved"


def test_neither_confirming_nor_denying_is_no_answer(analyze_text):
    """'Brisk would neither confirm nor deny that it had made an approach' and 'Halden neither
    confirmed nor denied the report' answer nothing: no denial, and the report stays
    reported."""
    text = (
        "Brisk 'eyes Halden bid'\n\n"
        "Insurer Brisk is preparing a £3bn bid for its rival Halden, the Sunday Times "
        "reported.\n\n"
        "Brisk would neither confirm nor deny that it had made an approach. Halden neither "
        "confirmed nor denied the report.\n"
    )
    claims = analyze_text(text).claims
    assert all(a.attitude not in {"deny", "confirm"} for c in claims for a in c.attributions)
    assert claims[0].status == "reported"


def test_reports_called_untrue_state_the_claim_they_deny(analyze_text):
    """'Reports that she would quit were untrue, a spokesman added': the claim denied is that
    the chief executive would quit, her name for "she", not the spokesman's; it is not a
    denial of the article's other report (a sale)."""
    text = (
        "Corran dismisses sale talk\n\n"
        'Retailer Corran has dismissed as "nonsense" suggestions that it is up for sale.\n\n'
        "Reports in the Financial Times on Friday said that two private equity firms were "
        'circling the group. "Corran is not for sale," chief executive Ann Bryce said. Reports '
        "that she would quit were untrue, a spokesman added.\n"
    )
    claims = analyze_text(text).claims
    quit_claim = next(c for c in claims if "would quit" in c.text)
    assert quit_claim.text.startswith("Ann Bryce"), quit_claim.text
    assert quit_claim.status == "denied"
    assert [a.source.name for a in quit_claim.attributions] == ["a spokesman for Corran"]
    central = claims[0]
    assert all("spokesman" not in a.source.name for a in central.attributions)


def test_a_headline_answer_in_shorthand_joins_the_leads_answer_in_full(analyze_text):
    """'Minister rejects cover-up claims' over 'Health minister Joan Wells has rejected claims
    that her department covered up a report': one claim, worded as the lead states it,
    denied by her; her "There has been no cover-up" is no accusation."""
    text = (
        "Minister rejects cover-up claims\n\n"
        "Health minister Joan Wells has rejected claims that her department covered up a report "
        "on hospital infections.\n\n"
        "Opposition MPs said the report had been kept secret for six months. Ms Wells told MPs "
        'the report had been delayed only because its figures needed checking. "There has been '
        'no cover-up," she said.\n'
    )
    claims = analyze_text(text).claims
    central = claims[0]
    assert central.central and "covered up a report" in central.text, central.text
    assert central.status == "denied"
    assert not any(
        a.attitude == "allege" and "Wells" in a.source.name for c in claims for a in c.attributions
    )
    assert sum("covered up a report" in c.text for c in claims) == 1


def test_a_word_in_scare_quotes_does_not_keep_the_headlines_shorthand(analyze_text):
    """'Ashby sorry over harbour plan' over a lead with one word in scare quotes ("announced
    'prematurely'"): the quoted word states nothing, so the central claim is worded as the
    lead states it, with what he apologised for."""
    text = (
        "Ashby sorry over harbour plan\n\n"
        "Mayor Tom Ashby has apologised to councillors after his office announced "
        '"prematurely" by press release a plan to sell the old harbour.\n\n'
        "The mayor confirmed the sale was to go ahead after a review of the harbour accounts. "
        "He said the sale would raise money for new schools.\n"
    )
    central = analyze_text(text).claims[0]
    assert "apologised" in central.text and "harbour" in central.text, central.text


def test_a_leads_denial_of_quoted_words_keeps_the_headline(analyze_text):
    """'Reyes: 'I was not pressured'' over 'has again denied being "pressured" by X': the
    quoted words are what she denies, so the lead is not taken for the claim's text."""
    text = (
        "Reyes: 'I was not pressured'\n\n"
        'Judge Ann Reyes has again denied being "pressured" by ministers to approve the port '
        "deal.\n\n"
        "The deal was signed last year.\n"
    )
    central = analyze_text(text).claims[0]
    assert "has again denied" not in central.text, central.text


def test_an_accusation_in_quoted_words_names_the_accuser_and_the_accused(analyze_text):
    """'Mayor Tom Ashby accused the Greens of "playing games with the harbour"': the claim is
    the accusation, not the quoted fragment alone."""
    text = (
        "Row over harbour vote\n\n"
        "The harbour plan of Tarvik was approved by the council on Monday.\n\n"
        'Mayor Tom Ashby accused the Greens of "playing games with the harbour" before the vote. '
        "The Greens said the plan was too costly.\n"
    )
    claims = analyze_text(text).claims
    accused = next(c for c in claims if "playing games" in c.text)
    assert "Greens" in accused.text and "Ashby" in accused.text, accused.text
    assert accused.text.count('"') % 2 == 0


def test_a_bodys_contracted_we_is_written_out_with_its_name():
    """'"We're going to hire 200 people," a spokesman for Acme said': "Acme are going", never
    "Acme're going"."""
    from claimtrail.extract.claims.claim_text import _as_body
    from claimtrail.parse.nlp import load_nlp

    doc = load_nlp()("We're going to hire 200 people and we've found a site.")
    text = _as_body(doc[:], "Acme")
    assert text.startswith("Acme are going"), text
    assert "'re" not in text and "they've" in text


def test_unnamed_sources_hold_what_they_say_even_when_it_is_expected(analyze_text):
    """'Mr Dorran is expected to announce his departure in March, sources close to the board
    said': the sources report it; their words are a claim of their own, not only an
    unattributed expectation."""
    text = (
        "Fenwick boss 'set to quit'\n\n"
        "The chief executive of engineering group Fenwick, Paul Dorran, is set to step down "
        "within weeks, it is understood.\n\n"
        "Mr Dorran, 58, is expected to announce his departure when the firm reports its results "
        "in March, sources close to the board said. The company has struggled since a profit "
        "warning last year.\n"
    )
    claims = analyze_text(text).claims
    assert any(
        a.attitude == "report" and a.source.name.startswith("sources close")
        for c in claims
        for a in c.attributions
    ), [(c.text, c.attributions) for c in claims]


def test_a_person_described_by_where_they_work_is_not_that_body(analyze_text):
    """'A former banker at Orbis Bank has denied hiding trading losses': the banker denies,
    not the bank."""
    text = (
        "Banker denies hiding losses\n\n"
        "A former banker at Orbis Bank has denied hiding trading losses from his managers, a "
        "court has heard.\n\n"
        "Paul Ferran, 41, is accused of concealing losses of £20m. Prosecutors said he had "
        "hidden the losses in false accounts.\n"
    )
    claims = analyze_text(text).claims
    assert not any(
        a.attitude == "deny" and a.source.name == "Orbis Bank"
        for c in claims
        for a in c.attributions
    )


def test_not_being_aware_of_any_approach_contests_the_reported_approach(analyze_text):
    """'Halden said it was "not aware" of any approach' disputes the report that its rival
    approached its shareholders, short of a denial: one claim, contested."""
    text = (
        "Talks rumours lift Halden shares\n\n"
        "Shares in insurer Halden rose 6% after reports that its rival Brisk was preparing a "
        "£3bn bid.\n\n"
        "The BBC understands that Brisk has approached Halden's biggest shareholders. Halden "
        'said it was "not aware" of any approach.\n'
    )
    claims = analyze_text(text).claims
    approach = next(c for c in claims if "approached" in c.text)
    assert any(a.attitude == "contest" and a.source.name == "Halden" for a in approach.attributions)
    assert approach.status == "contested"
