"""Claims, round 14 (issue 9): the claim an article is about is one claim, and statuses that
follow from who states a claim; each on a text written here."""

from __future__ import annotations


def test_the_headline_and_the_lead_state_one_claim(analyze_text):
    """A headline in shorthand ("Rovers 'may seek full share listing'") and a first sentence
    that states it in full by its main verb ("X has said the club may ...") are one claim: the
    lead's text and span, the central one, with the attributions of both. A claim said in a
    clause beside the lead's statement ("Shares rose after the firm said C") is not joined."""
    text = (
        "Rovers 'may seek full share listing'\n\n"
        "Rovers deputy chair Paul Denning has said the team could consider a full listing for "
        "its shares in Dublin next year.\n\n"
        'Addressing a sports finance event in Lisbon, he said a listing was "among several '
        'routes" to money once the team leaves for its new ground. The team is hoping to lift '
        "gate receipts from 20% to 35% of its income, and has not excluded other ways to raise "
        'cash, among them a full share listing. "Once the ground is built we will carry out a '
        'full review," Mr Denning said.\n'
    )
    analysis = analyze_text(text)
    central = analysis.claims[0]
    assert central.central
    assert "full listing for its shares" in central.text
    assert central.start > text.index("\n\n")
    assert any(a.source.name == "Paul Denning" for a in central.attributions)
    assert not any("may seek full share listing" in c.text for c in analysis.claims)
    side = (
        "Tarn Oil shares up on new find\n\n"
        "Shares in Tarn Oil have jumped 5% after the firm said a field in Chile was larger than "
        "it had thought.\n"
    )
    assert not analyze_text(side).claims[0].text.startswith("A field in Chile")


def test_a_cue_inside_a_direct_quote_is_no_attribution_of_the_headline(analyze_text):
    """'"I hope that the voters will reward X," said a critic': the "I hope" is the critic's
    own words inside the quote (guidelines A: attributions nested inside direct quotes are
    excluded); the headline's claim takes no source "I" from it."""
    text = (
        "Harbour Lights' award triumph hope\n\n"
        "At the Northern film awards on Friday, there is a chance that a local film could sweep "
        "the main prizes.\n\n"
        'Critic Ruth Amble said Harbour Lights had "a real chance" of a sweep on Friday. "I '
        'hope that the award voters will reward the fine acting of the whole cast," said critic '
        "Tom Verey. The awards are held in Leeds.\n"
    )
    analysis = analyze_text(text)
    sources = {a.source.name for c in analysis.claims for a in c.attributions}
    assert "I" not in sources


def test_an_expectation_of_the_speakers_own_act_is_its_plan(analyze_text):
    """ "said it expects to cut 4,000 jobs": the bare infinitive is the speaker's own act, a
    plan it states (assert), not a prediction; "said he expected to be cleared" (a passive, an
    outcome) stays a prediction."""
    text = (
        "Tellan plans job cuts after merger\n\n"
        "Phone company Tellan said it expects to cut about 4,000 jobs following its takeover of "
        "rival Orbex.\n\n"
        "The two firms said they expected to complete the deal in the second half of next year. "
        "Former chairman Ivo Brandt said he expected to be cleared of the charges.\n"
    )
    analysis = analyze_text(text)
    cut = next(c for c in analysis.claims if "4,000 jobs" in c.text)
    assert cut.status == "asserted"
    deal = next(c for c in analysis.claims if "complete the deal" in c.text)
    assert {a.attitude for a in deal.attributions} == {"assert"}
    cleared = next(c for c in analysis.claims if "cleared" in c.text)
    assert {a.attitude for a in cleared.attributions} == {"speculate"}


def test_a_title_and_a_withholding_are_no_cues(analyzer):
    """ "the sitcom The Life According to Dot": the words of a title are no source's report;
    "wrong to deny shoppers the late hours": deny with a recipient withholds, it answers no
    claim. A sentence's own "according to X" and "denied that C" still are cues."""
    from claimtrail.extract.claims.attitudes import cues_in_sentence

    def attitudes(text: str) -> list[str]:
        doc = analyzer.nlp(text)
        return [c.attitude for s in doc.sents for c in cues_in_sentence(s)]

    assert "report" not in attitudes(
        "Ann Pryor will star in the new sitcom, The Life According to Dot, written by Sam Vale."
    )
    assert "report" in attitudes("According to the Ledger, the sitcom will return in May.")
    assert "deny" not in attitudes(
        "The mayor said it is wrong to deny shoppers the late hours enjoyed in other cities."
    )
    assert "deny" in attitudes("The mayor denied that the shops would close early.")


def test_an_it_that_feels_is_the_party(analyze_text):
    """ "noting it was confident that the lost cars would be built": only a party is confident,
    so "it" is the body speaking, not a dummy subject ("it was clear that C")."""
    text = (
        "Carmaker halts lines\n\n"
        "Carmaker Vellmar said on Monday that it would halt two assembly lines for three days, "
        "noting it was confident that the lost cars would be built by June.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "lost cars" in c.text)
    assert claim.text.startswith("Vellmar was confident")


def test_a_wrong_that_is_only_fought_accuses_nobody(analyze_text):
    """ "tighter controls on tax evasion had lifted revenue": the wrong is what the controls act
    against, nobody is said to do it (assert); "the firm had lied to investors" accuses."""
    text = (
        "Revenue rises in Corvania\n\n"
        "Corvania's tax chief Anton Rell said tighter controls on tax evasion had helped lift "
        "revenue by a fifth last year. The opposition leader Mira Scholl said the state oil "
        "firm had lied to investors about its debts.\n"
    )
    analysis = analyze_text(text)
    revenue = next(c for c in analysis.claims if "lift revenue" in c.text)
    assert {a.attitude for a in revenue.attributions} == {"assert"}
    lied = next(c for c in analysis.claims if "lied to investors" in c.text)
    assert "allege" in {a.attitude for a in lied.attributions}


def test_a_headline_claim_beside_the_central_one_is_the_outlets_report(analyze_text):
    """ "Weller quits Blue League in anger" beside a lead whose own claim is central: the
    headline's words are still stated by the outlet (reported), not an open question."""
    text = (
        "Weller quits Blue League in anger\n"
        "The novelist Ada Weller left the Blue League on Friday and called it a farce. But its "
        "chairman Piet Loman rejected the idea Ms Weller posed a danger to the Blue League.\n"
    )
    analysis = analyze_text(text)
    headline = next(c for c in analysis.claims if "quits Blue League" in c.text)
    assert headline.status == "reported"
    assert [a.attitude for a in headline.attributions] == ["report"]


def test_a_headline_quotation_keeps_its_closing_mark():
    """ "Dorne levy 'not a tax matter'": the headline's quoted words close in the claim text
    once the stop and marks are stripped from its end; an apostrophe inside a word
    ("Kessel's") or after a plural ("the Kessels' bid") opens nothing."""
    from claimtrail.extract.claims.build import _closed_marks, _normalise

    assert _closed_marks(_normalise("Dorne levy 'not a tax matter'")) == (
        "Dorne levy 'not a tax matter'"
    )
    assert _closed_marks(_normalise('Mayor wants "a fresh start"')) == 'Mayor wants "a fresh start"'
    assert _closed_marks(_normalise("Kessel's levy rejected")) == "Kessel's levy rejected"
    assert _closed_marks(_normalise("The Kessels' bid fails")) == "The Kessels' bid fails"
    assert _closed_marks(_normalise("Levy 'unfair' - Orsi")) == "Levy 'unfair' - Orsi"


def test_a_headline_speaker_tag_is_no_part_of_the_claim(analyze_text):
    """ "Harbour levy 'unfair' - Orsi": the dash and name tag who said it (a person the article
    names), so the claim text is the quoted words without the tag; a dash before a word that
    names nobody stays ("Ferry fares - Summer")."""
    text = (
        "Harbour levy 'unfair' - Orsi\n\n"
        'Varna mayor Lia Orsi has called the new harbour levy "unfair".\n\n'
        "Speaking after a council meeting she said the levy would hurt fishermen.\n"
    )
    analysis = analyze_text(text)
    assert analysis.claims[0].text == "Harbour levy 'unfair'"
    from claimtrail.extract.claims.build import _without_speaker_tag
    from claimtrail.extract.speakers.entities import EntityTable

    assert _without_speaker_tag("Ferry fares - Summer", EntityTable([])) == "Ferry fares - Summer"


def test_it_is_wrong_to_do_something_judges_a_deed(analyze_text):
    """ "saying it is wrong to deny shoppers the later hours": "it" stands for the infinitive,
    a deed the speaker judges (assert), not a claim called false (deny)."""
    text = (
        "Council backs late shopping move\n\n"
        "A council leader has backed late opening for shops in Varna, saying councils had a duty "
        "to help trade.\n\n"
        "Mayor Lena Hart has defended the late opening plan, saying it is wrong to deny shoppers "
        "the later hours enjoyed in other cities because of a few noisy streets.\n"
    )
    analysis = analyze_text(text)
    attitudes = {a.attitude for c in analysis.claims for a in c.attributions}
    assert "deny" not in attitudes
    judged = next(c for c in analysis.claims if "later hours" in c.text)
    assert {a.attitude for a in judged.attributions} == {"assert"}


def test_a_headline_no_lead_sentence_states_is_still_the_outlets_report(analyze_text):
    """A headline whose words no lead sentence shares ("Fresh NLP defection to 'Aurora'" over
    "A second councillor has left the New Liberal Party for ...") and no party's lead claim
    stands for: the outlet states it (reported), it is no open question."""
    text = (
        "Fresh NLP defection to 'Aurora'\n\n"
        "A second city councillor has left the New Liberal Party for the movement Anna Brell "
        "will launch on Friday.\n\n"
        'Tom Vesk said ex-actress Ms Brell would "lead better" as the head of a green movement. '
        "He said Ms Brell had made him her deputy in Aurora, Latin for dawn.\n"
    )
    analysis = analyze_text(text)
    headline = next(c for c in analysis.claims if c.text.startswith("Fresh NLP defection"))
    assert headline.status == "reported"


def test_the_firm_said_by_its_chief_is_the_body_described_so(analyze_text):
    """ "Chief executive Jo Park said the firm plans to open 20 shops": "the firm" is the body
    the article calls a firm ("outdoor clothing firm Kelda"), past a club named since; a kind
    no body is called stays as written."""
    text = (
        "Kelda profits rise\n\n"
        "Outdoor clothing firm Kelda has posted a 40% rise in yearly profit after strong winter "
        "sales.\n\n"
        "Kelda also signed a new kit deal with the football club Norwood Rovers. Chief executive "
        "Jo Park said the firm plans to open 20 shops in Spain. She said the bank had been "
        "helpful.\n"
    )
    analysis = analyze_text(text)
    shops = next(c for c in analysis.claims if "20 shops" in c.text)
    assert shops.text.startswith("Kelda plans")
    bank = next(c for c in analysis.claims if "helpful" in c.text)
    assert bank.text.startswith("The bank")


def test_a_label_in_a_relative_clause_is_of_its_antecedent(analyze_text):
    """ "remarks about landlords, whom he called "greedy parasites"": the label is of the
    antecedent, so the claim reads "landlords are ...", not a sentence with no subject."""
    text = (
        "Presenter quits radio show\n\n"
        "Radio host Dan Roper has left his morning show.\n\n"
        "In March, Mr Roper was taken off air for remarks he made about landlords, whom he "
        'called "greedy parasites". He said he would return next year.\n'
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "parasites" in c.text)
    assert claim.text.lower().startswith("landlords are")
