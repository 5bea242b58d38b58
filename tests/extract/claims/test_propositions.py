"""Attributed propositions beyond plain quotes, and how they join into claims (written texts)."""

from __future__ import annotations


def claim_with(analysis, words: str):
    return next(c for c in analysis.claims if words.lower() in c.text.lower())


def attitudes(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_report_nobody_holds_is_an_unattributed_report(analyze_text):
    a = analyze_text(
        "Acme shares fall\nAcme shares fell amid reports that the company plans to close its "
        "Leeds factory.\n"
    )
    claim = claim_with(a, "close its Leeds factory")
    assert ("unattributed", "report") in attitudes(claim)
    assert claim.status == "reported"


def test_agentless_evidential_is_an_unattributed_report_with_its_subject(analyze_text):
    a = analyze_text(
        "Deal in doubt\nGlobex is thought to have failed to raise finance for the deal.\n"
    )
    claim = claim_with(a, "failed to raise finance")
    assert claim.text.startswith("Globex")
    assert attitudes(claim) == {("unattributed", "report")}


def test_passive_accusation_is_an_unattributed_allegation(analyze_text):
    a = analyze_text("Bill row\nMinisters have been accused of panic over the new housing bill.\n")
    claim = claim_with(a, "panic")
    assert ("unattributed", "allege") in attitudes(claim)
    assert claim.status == "alleged"


def test_denial_of_the_claims_joins_the_reported_claim(analyze_text):
    a = analyze_text(
        "Owner unknown\nNewspapers claimed that Acme was a front for Globex. "
        "Globex has denied the claims.\n"
    )
    claim = claim_with(a, "front for Globex")
    assert {("Newspapers", "report"), ("Globex", "deny")} <= attitudes(claim)
    assert claim.status == "denied"


def test_subject_denying_in_its_own_words_answers_the_report(analyze_text):
    a = analyze_text(
        "Owner unknown\nThe Times reported that Baltic Finance was a front for Globex. "
        "Globex denied that it was behind the purchase.\n"
    )
    claim = claim_with(a, "front for Globex")
    assert ("Globex", "deny") in attitudes(claim)
    assert claim.status == "denied"
    assert not any("behind the purchase" in c.text for c in a.claims)


def test_a_refusal_is_not_an_attribution(analyze_text):
    a = analyze_text("No comment\nAcme refused to confirm the rumours about a sale.\n")
    assert not any(x.attitude == "deny" for c in a.claims for x in c.attributions)


def test_a_party_saying_another_did_wrong_alleges(analyze_text):
    a = analyze_text(
        "Row over bill\nOpposition leader Tom Berg said the minister had lied about the cost "
        "of the scheme.\n"
    )
    claim = claim_with(a, "lied about the cost")
    assert ("Tom Berg", "allege") in attitudes(claim)


def test_an_outlet_that_claims_reports(analyze_text):
    a = analyze_text(
        "Takeover talk\nThe Guardian newspaper claimed that Acme would bid for Globex.\n"
    )
    claim = claim_with(a, "bid for Globex")
    assert {x.attitude for x in claim.attributions} == {"report"}


def test_claim_text_stands_alone(analyze_text):
    a = analyze_text("Denial\nGlobex denied that it had hidden losses from investors.\n")
    claim = claim_with(a, "hidden losses")
    assert claim.text.startswith("Globex had hidden losses")


def test_calling_the_claims_untrue_denies_the_claim_they_point_at(analyze_text):
    a = analyze_text(
        "Star sued\nA dancer claimed that the singer had cheated her out of her fees. "
        "The singer's spokesman said the claims were untrue.\n"
    )
    claim = claim_with(a, "cheated her")
    assert ("deny" in {x.attitude for x in claim.attributions}) and claim.status in {
        "denied",
        "contested",
    }


def test_two_coordinated_clauses_are_two_propositions(analyze_text):
    a = analyze_text(
        "Row\nThe spokesman said the allegations were untrue and the woman was misusing the "
        "courts for money.\n"
    )
    assert any("misusing the courts" in c.text for c in a.claims)
    assert not any(c.text.startswith("The allegations were untrue and") for c in a.claims)


def test_according_to_reports(analyze_text):
    a = analyze_text(
        "Jobs\nAcme will cut 500 jobs at its Leeds plant, according to the trade union Unite.\n"
    )
    claim = claim_with(a, "cut 500 jobs")
    assert {x.attitude for x in claim.attributions} == {"report"}


def test_a_warning_of_what_could_happen_speculates(analyze_text):
    a = analyze_text(
        "Prices\nThe regulator warned that energy prices could rise by a fifth next winter.\n"
    )
    claim = claim_with(a, "energy prices could rise")
    assert {x.attitude for x in claim.attributions} == {"speculate"}
    assert claim.status == "unresolved"


def test_a_headline_denial_is_stated_by_the_body_negation(analyze_text):
    a = analyze_text(
        "Broadcaster denies sitcom comeback\nThe broadcaster has said there are no plans for a "
        "new series of the sitcom Blackwater.\n"
    )
    central = next(c for c in a.claims if c.central)
    assert central.status == "denied"
    assert "new series" in central.text and " no " not in f" {central.text} "


def test_affirm_states_what_a_negation_denies():
    from claimtrail.extract.claims.records import affirm

    assert affirm("there would be no job cuts") == "there would be job cuts"
    assert affirm("this would not result in redundancies") == "this would result in redundancies"
    assert affirm("It cannot be allowed") == "It can be allowed"


def test_declining_to_comment_is_no_attribution(analyze_text):
    a = analyze_text("Probe\nThe airline declined to comment on the Commission decision.\n")
    assert not any(x.source.name == "The airline" for c in a.claims for x in c.attributions)


def test_a_headline_calling_a_claim_a_hoax_denies_it(analyze_text):
    a = analyze_text("Three-eyed cat video a hoax\n")
    central = next(c for c in a.claims if c.central)
    assert central.text == "Three-eyed cat video" and central.status == "denied"


def test_a_negated_headline_denies_the_affirmed_claim(analyze_text):
    a = analyze_text("No, the singer is not leaving the band\n")
    central = next(c for c in a.claims if c.central)
    assert central.text == "The singer is leaving the band" and central.status == "denied"


def test_headline_source_after_the_verb(analyze_text):
    a = analyze_text("Rates will rise again, says governor\nThe governor spoke in London.\n")
    central = next(c for c in a.claims if c.central)
    assert central.text == "Rates will rise again"
    assert [(x.source.name.lower(), x.attitude) for x in central.attributions][0] == (
        "governor",
        "assert",
    )


def test_charges_and_lawsuits_are_allegations(analyze_text):
    a = analyze_text(
        "Court\nThe banker faces charges of fraud and tax evasion. The singer was charged with "
        "assault after the concert. The actress sued the magazine for breach of privacy.\n"
    )
    fraud = claim_with(a, "charges of fraud")
    assert fraud.text.startswith("The banker") and fraud.status == "alleged"
    assault = claim_with(a, "charged with assault")
    assert ("unattributed", "allege") in attitudes(assault)
    privacy = claim_with(a, "breach of privacy")
    assert ("The actress", "allege") in attitudes(privacy)


def test_claims_denied_by_a_party_is_a_denial_not_a_rumour(analyze_text):
    # "claims denied by X": a reduced passive, no content clause of its own
    a = analyze_text(
        "Poster row grows\nThe party's poster of the mayor prompted accusations of bias, "
        "claims denied by the Labour Party.\n"
    )
    claim = claim_with(a, "accusations of bias")
    assert {("unattributed", "allege"), ("Labour Party", "deny")} <= attitudes(claim)
    assert claim.status == "denied"
    assert not any(c.text.lower().startswith("denied by") for c in a.claims)


def test_coordinated_accusation_takes_the_first_verbs_subject(analyze_text):
    a = analyze_text(
        "Hartley quits Green League\nThe writer Anna Hartley has quit the Green League and "
        "accused it of betraying its voters.\n"
    )
    claim = claim_with(a, "betraying its voters")
    assert ("Anna Hartley", "allege") in attitudes(claim)


def test_pronoun_denier_inside_a_quote_is_the_quotes_speaker(analyze_text):
    a = analyze_text(
        "Tax plan row\nThe Tory leader Michael Dunn said he rejected the idea that his tax "
        "plans favoured the rich.\n"
    )
    assert any(("Michael Dunn", "deny") in attitudes(c) for c in a.claims)
    assert not any(("unattributed", "deny") in attitudes(c) for c in a.claims)


def test_pronoun_accuser_is_the_person_named_just_before(analyze_text):
    a = analyze_text(
        "Council row\nThe councillor Mary Blake spoke at the meeting on Monday. "
        "She accused the mayor of misleading voters about the budget.\n"
    )
    claim = claim_with(a, "misleading voters")
    assert ("Mary Blake", "allege") in attitudes(claim)


def test_claimed_prediction_is_speculation_not_an_allegation(analyze_text):
    # guidelines: critics' predictions are speculate, even when they predict wrongdoing
    a = analyze_text(
        "Casino bill row\nThe MP Tom Reed claimed the casino bill would encourage corruption "
        "and vice.\n"
    )
    claim = claim_with(a, "encourage corruption")
    assert attitudes(claim) == {("Tom Reed", "speculate")}
    assert claim.status == "unresolved"


def test_rejected_idea_without_that_is_a_denial_of_its_content(analyze_text):
    # "rejected the idea X posed a threat": no "that", and the parser makes the content the
    # main clause; the denial is of the content, not a mere reference to "the idea"
    a = analyze_text(
        "Hartley quits Green League in anger\nThe writer Anna Hartley quit the Green League on "
        "Monday and called it a disgrace. But its leader Roger Kemp rejected the idea Ms Hartley "
        "posed a threat to the Green League.\n"
    )
    claim = claim_with(a, "posed a threat")
    assert ("Roger Kemp", "deny") in attitudes(claim)
    assert claim.status == "denied"
    headline = claim_with(a, "quits Green League")
    assert ("Roger Kemp", "deny") not in attitudes(headline)


def test_statements_sharing_only_names_are_different_claims(analyze_text):
    # the same parties, different things said about them
    a = analyze_text(
        "Acme chief attacks rival\nAcme's chief Jo Bell said Globex Holdings of Leeds was "
        "failing. The regulator said Globex Holdings of Leeds was growing.\n"
    )
    losing = claim_with(a, "was failing")
    hired = claim_with(a, "was growing")
    assert losing is not hired
    assert ("regulator", "assert") not in {(n.split()[-1], t) for n, t in attitudes(losing)}


def test_speakers_own_expectation_is_speculation(analyze_text):
    # "told the paper he expected X": one record (the speaker's own belief), a prediction
    a = analyze_text(
        "Party row\nThe party leader Nick Hale told the Times he expected some Green voters to "
        "switch to Labour.\n"
    )
    claim = claim_with(a, "switch to Labour")
    assert attitudes(claim) == {("Nick Hale", "speculate")}
    assert claim.status == "unresolved"


def test_leading_she_is_not_replaced_by_a_plural_or_pronoun_speaker(analyze_text):
    # "magazines reported she was pregnant": "she" is the singer, not the magazines
    a = analyze_text(
        "Singer attacks magazines\nThe singer Jenny Marsh has attacked US gossip magazines after "
        "they reported she was pregnant.\n"
    )
    claim = claim_with(a, "was pregnant")
    assert claim.text.startswith("Jenny Marsh")


def test_criticism_for_something_is_an_allegation(analyze_text):
    a = analyze_text(
        "Screensaver scrapped\nThe Acme screensaver came under fire for encouraging vigilante "
        "activity. Many net veterans criticised it for using spam tactics.\n"
    )
    fire = claim_with(a, "vigilante activity")
    assert ("unattributed", "allege") in attitudes(fire)
    assert fire.status == "alleged"
    criticised = claim_with(a, "spam tactics")
    assert ("Many net veterans", "allege") in attitudes(criticised)


def test_leading_it_is_not_replaced_by_a_plural_speaker(analyze_text):
    a = analyze_text(
        "Bill row\nCritics fear it could allow killing by omission. Acme Holdings said it would "
        "appeal.\n"
    )
    assert not claim_with(a, "killing by omission").text.startswith("Critics")
    assert claim_with(a, "would appeal").text.startswith("Acme")


def test_dismissal_of_the_claims_answers_the_claims_about_the_dismisser(analyze_text):
    # "the claims" are the latest ones about Acme, not the latest ones of all
    a = analyze_text(
        "Waste row deepens\nThe Herald alleged that Acme Chemicals dumped waste in the river. "
        "Campaigners also accused the mayor of taking bribes from developers. Acme Chemicals said "
        "the claims had no merit.\n"
    )
    waste = claim_with(a, "dumped waste")
    assert ("Acme Chemicals", "deny") in attitudes(waste)
    assert waste.status == "denied"
    assert ("Acme Chemicals", "deny") not in attitudes(claim_with(a, "bribes"))


def test_doubt_is_a_question_that_joins_the_claim_it_doubts(analyze_text):
    a = analyze_text(
        "Owner unknown\nThe Times reported that Baltic Finance was a front for Globex. The "
        'analyst Oleg Marr said: "It is a front for somebody but not necessarily for Globex." '
        "Mr Marr said it was unclear whether the firm would survive.\n"
    )
    front = claim_with(a, "front for Globex")
    assert {("Times", "report"), ("Oleg Marr", "question")} <= attitudes(front)
    assert not any(c.text.startswith("It is a front") for c in a.claims)
    assert ("Oleg Marr", "question") in attitudes(claim_with(a, "survive"))


def test_accusation_text_stands_alone_with_accuser_and_accused(analyze_text):
    a = analyze_text(
        "Hartley quits Green League in anger\nThe writer Anna Hartley has quit the Green League "
        "and accused it of betraying its voters. Many veterans criticised it for using spam "
        "tactics.\n"
    )
    claim = claim_with(a, "betraying its voters")
    assert claim.text.startswith("Anna Hartley accused")
    assert "Green League of betraying" in claim.text
    assert "criticised Green League for" in claim_with(a, "spam tactics").text


def test_dismissing_the_claims_before_they_are_stated_answers_the_later_claim(analyze_text):
    # The firm calls "the claims" baseless first; the lawyer states the claim about it after.
    a = analyze_text(
        "Chef sued over fire\nThe chef Tom Hale has been sued by a waiter who claimed he attacked "
        "him in 2021. Hale's spokesman said the allegations were untrue. Globex Foods said the "
        'claims had "no merit". The waiter\'s lawyer, Ann Reed, said Globex Foods had failed to '
        "provide a safe kitchen for her client.\n"
    )
    kitchen = claim_with(a, "safe kitchen")
    assert ("Globex Foods", "deny") in attitudes(kitchen)
    assert kitchen.status == "contested"
    assert not any(("Globex Foods", "deny") in attitudes(c) for c in a.claims if c is not kitchen)


def test_subject_denial_answers_the_report_not_the_prediction(analyze_text):
    a = analyze_text(
        "Owner unknown\nNewspapers claimed that Baltic Finance was a front for Globex. Globex had "
        "been expected to win the auction. Globex has denied that it is behind the purchase.\n"
    )
    front = claim_with(a, "front for Globex")
    assert ("Globex", "deny") in attitudes(front)
    assert front.status == "denied"
    assert claim_with(a, "win the auction").status == "unresolved"


def test_a_confirmation_stating_its_own_proposition_founds_a_claim(analyze_text):
    a = analyze_text(
        "Acme weighs move abroad\nAcme could move 3,000 jobs out of Britain, according to "
        "newspaper reports. Acme confirmed it was looking at whether it might buy parts overseas "
        "through joint ventures.\n"
    )
    parts = claim_with(a, "joint ventures")
    assert attitudes(parts) == {("Acme", "confirm")} and parts.status == "confirmed"
    assert claim_with(a, "3,000 jobs").status == "reported"


def test_an_evidential_relative_clause_states_its_antecedent(analyze_text):
    a = analyze_text(
        "Owner unknown\nNewspapers claimed that Baltic Finance was a front for Globex, which had "
        "been expected to win the auction.\n"
    )
    claim = claim_with(a, "win the auction")
    assert claim.text.startswith("Globex")
    assert attitudes(claim) == {("unattributed", "speculate")}


def test_a_negated_this_from_the_subject_contests_the_report(analyze_text):
    a = analyze_text(
        "Acme weighs move abroad\nAcme could move 3,000 jobs out of Britain, according to "
        "newspaper reports. In a statement, Acme said it was reviewing its costs. However, it "
        "stressed this would not lead to large scale redundancies at home.\n"
    )
    jobs = claim_with(a, "3,000 jobs")
    assert ("Acme", "contest") in attitudes(jobs)
    assert jobs.status == "contested"
    assert not any(c.text.startswith("This would not") for c in a.claims)


def test_a_negated_this_with_nothing_claimed_before_is_a_statement(analyze_text):
    a = analyze_text(
        "Acme results\nAcme said profits rose. The chairman said this would not change the "
        "dividend policy.\n"
    )
    claim = claim_with(a, "dividend policy")
    assert attitudes(claim) == {("The chairman", "assert")} and claim.status == "asserted"


def test_reports_of_the_same_figure_are_one_claim(analyze_text):
    a = analyze_text(
        "Acme weighs move abroad\nAcme could move 3,000 jobs out of Britain, according to the "
        "Daily Courier. The firm employs 9,000 people at home. If Acme followed its rivals, "
        "3,000 posts could go overseas, the newspaper reported.\n"
    )
    [claim] = [c for c in a.claims if "3,000" in c.text]
    assert claim.status == "reported"


def test_as_rumoured_is_an_unattributed_rumour_of_the_affirmed_clause(analyze_text):
    a = analyze_text(
        "Casino plan\nThere would be no giant casinos, as rumoured in the press, the minister "
        "told the Times.\n"
    )
    [rumoured] = [c for c in a.claims if ("unattributed", "speculate") in attitudes(c)]
    # the same claim holds the minister's negation of it
    assert any(x.source.name == "the minister" for x in rumoured.attributions)


def test_a_claim_in_a_relative_clause_is_its_holders(analyze_text):
    a = analyze_text(
        "Health bill row\nChanges to a bill which critics claim would allow euthanasia "
        '"through the back door" were not a political ploy, the minister has said.\n'
    )
    # the critics' claim is a proposition of its own, nested in the minister's statement
    claim = next(c for c in a.claims if c.text.startswith("A bill would allow euthanasia"))
    assert ("critics", "speculate") in attitudes(claim)


def test_they_reported_names_the_outlets_before_it(analyze_text):
    a = analyze_text(
        "Singer attacks tabloids\nThe singer Jo Lane has attacked US tabloid magazines after "
        "they reported she was pregnant.\n"
    )
    claim = claim_with(a, "pregnant")
    assert ("US tabloid magazines", "report") in attitudes(claim)
    assert claim.text == "Jo Lane was pregnant"


def test_rumours_about_a_topic_join_the_claim_that_states_it(analyze_text):
    a = analyze_text(
        "Singer attacks tabloids\nThe singer Jo Lane has attacked US tabloid magazines after "
        "they reported she was pregnant. Rumours about a pregnancy have recently appeared.\n"
    )
    assert ("unattributed", "speculate") in attitudes(claim_with(a, "pregnant"))
    lone = analyze_text("Singer\nJo Lane spoke. Rumours about a divorce have recently appeared.\n")
    assert not any("divorce" in c.text for c in lone.claims)


def test_a_negation_sharing_only_the_speakers_name_does_not_answer_an_allegation(analyze_text):
    a = analyze_text(
        "Poll row\nTom Berg lied about the budget so he will lie in the campaign, say the "
        "Greens. Mr Berg insisted he did not know the poll date.\n"
    )
    lied = claim_with(a, "lied about the budget")
    assert ("Tom Berg", "deny") not in attitudes(lied)
    assert lied.status == "alleged"


def test_an_evidential_in_a_coordinated_clause_takes_the_shared_subject(analyze_text):
    a = analyze_text(
        "Sale row\nGlobex had been expected to win the auction but is thought to have failed to "
        "get finance for the deal after a court injunction.\n"
    )
    claim = claim_with(a, "finance")
    assert claim.text.startswith("Globex") and "injunction" in claim.text
    assert attitudes(claim) == {("unattributed", "report")}


def test_a_subject_denial_answers_a_named_report_before_a_hedged_one(analyze_text):
    a = analyze_text(
        "Owner unknown\nThe Times reported that Baltic Finance was a front for Globex. Globex is "
        "thought to have failed to get finance for the deal. Globex has denied that it is behind "
        "the purchase.\n"
    )
    assert ("Globex", "deny") in attitudes(claim_with(a, "front for Globex"))
    assert ("Globex", "deny") not in attitudes(claim_with(a, "finance for the deal"))


def test_an_accusers_he_is_the_person_accused_not_the_accuser(analyze_text):
    a = analyze_text(
        "Singer sued\nThe singer Tom Hale has been sued by a stylist who claimed he and his "
        "friends drugged and robbed her last year.\n"
    )
    claim = claim_with(a, "drugged")
    assert claim.text.startswith("Tom Hale and his friends")
    assert ("a stylist", "allege") in attitudes(claim)


def test_speculation_in_the_setting_does_not_make_a_confirmation_a_denial(analyze_text):
    a = analyze_text(
        "Mobile firm confirms approach\nTelco has confirmed it has received a takeover approach "
        "from a private equity group, after weeks of speculation.\n"
    )
    claim = claim_with(a, "received a takeover approach")
    assert ("Telco", "confirm") in attitudes(claim) and ("Telco", "deny") not in attitudes(claim)
    assert claim.status == "confirmed"


def test_reports_in_a_paper_are_the_papers_reports(analyze_text):
    a = analyze_text(
        "Bank eyes insurer\nReports in the Daily Courier suggested that Ardbank was preparing a "
        "bid for the insurer Lifeco. Ardbank dismissed the reports as speculation.\n"
    )
    claim = claim_with(a, "preparing a bid")
    sources = {(x.source.name, x.attitude) for x in claim.attributions}
    assert any("Courier" in name and attitude == "report" for name, attitude in sources)
    assert claim.status == "denied"


def test_a_spokespersons_flat_negation_denies(analyze_text):
    a = analyze_text(
        "Oil giant denies merger talk\nPetro has denied reports that it is in merger talks with "
        'its rival Shellco. "There are no talks," a spokesman said.\n'
    )
    claim = claim_with(a, "merger talks")
    spoken = {att for name, att in attitudes(claim) if "spokesman" in name}
    assert spoken == {"deny"}


def test_it_in_a_report_is_the_firm_named_as_subject_before_not_the_outlet(analyze_text):
    a = analyze_text(
        "Oil deal\nThe oil firm Shell is in talks with Exxon, according to analysts. The Times "
        "reported that it was about to sign a deal.\n"
    )
    assert claim_with(a, "about to sign").text.startswith("Shell was about to sign")


def test_the_paper_said_is_the_outlet_named_before_not_a_firm(analyze_text):
    a = analyze_text(
        "Bank eyes rival\nDeutsche Bank is considering a bid for Dresdner, German newspaper "
        "Handelsblatt said on Tuesday. The paper said talks could begin next month.\n"
    )
    claim = claim_with(a, "talks could begin")
    assert attitudes(claim) == {("Handelsblatt", "report")}


def test_the_company_said_is_not_the_outlet_that_reported(analyze_text):
    a = analyze_text(
        "Airline shake-up\nBritish Airways plans to cut 5,000 jobs, the Wall Street Journal "
        "reported. The company has said it will unveil a restructuring plan this month.\n"
    )
    claim = claim_with(a, "restructuring plan")
    assert ("Wall Street Journal", "report") not in attitudes(claim)
    assert any(name == "British Airways" for name, _ in attitudes(claim))


def test_it_stands_for_a_speaker_described_as_an_organisation(analyze_text):
    # NER may call a one-word company a person; "exchange operator" says it is a body
    a = analyze_text(
        "Bourse battle\nDeutsche Boerse has made an offer for the London Stock Exchange. Rival "
        "exchange operator Euronext has also said it may bid for the LSE.\n"
    )
    assert claim_with(a, "may bid").text.startswith("Euronext may bid")


def test_saying_one_does_not_comment_is_no_attribution(analyze_text):
    a = analyze_text(
        "Fastcar eyes Slowcar\nFastcar is considering a bid for its rival Slowcar, the Sunday "
        "Times reported. Fastcar said it did not comment on market speculation. A Slowcar "
        'spokesman said the company "never comments on rumours".\n'
    )
    assert not any("comment" in c.text.lower() for c in a.claims)
    assert claim_with(a, "considering a bid").status == "reported"


def test_a_minister_whose_title_says_media_is_not_an_outlet():
    from claimtrail.extract.claims.holders import is_outlet

    assert not is_outlet("Jane Rowe", "Secretary of State for Culture, Media and Sport")
    assert not is_outlet("Tom Berg", "press secretary")
    assert not is_outlet("Ann Lee", "independent MP")
    assert is_outlet("Australian", "The Australian newspaper")
    assert is_outlet("Ann Lee", "BBC correspondent")
    assert is_outlet("the Financial Times", None)


def test_an_accusers_own_he_stays_the_accuser(analyze_text):
    a = analyze_text(
        "Tycoon on trial\nThe banker Tom Hale's partner Oleg Marr is on trial. Tom Hale told the "
        'court that he objected to the way a normal business was presented as "criminal '
        'fraud".\n'
    )
    assert claim_with(a, "objected").text.startswith("Tom Hale objected")


def test_claims_denied_by_x_answer_the_allegation_in_their_sentence(analyze_text):
    a = analyze_text(
        "Poster row\nThe programme reported that Labour's agency was blaming the minister for "
        "the row. The posters prompted accusations of racism, claims denied by Labour.\n"
    )
    racism = claim_with(a, "racism")
    assert any("Labour" in name and att == "deny" for name, att in attitudes(racism))
    agency = claim_with(a, "blaming the minister")
    assert not any(att == "deny" for _, att in attitudes(agency))


def test_reports_nobody_named_relay_whatever_their_verb(analyze_text) -> None:
    # guidelines: reports relay (report), whatever the verb; a place in front of them ("UK
    # media reports") is not who reports
    text = (
        "Globex poised to bid\n\n"
        "Globex is poised to launch a bid for Acme Holdings, UK media reports say.\n\n"
        "Press reports suggest the two firms may reach an agreement next week. "
        "Newspaper reports claimed that Globex had hired three banks.\n"
    )
    claims = analyze_text(text).claims
    for words, source in (
        ("poised to launch a bid", "unattributed"),
        ("reach an agreement", "Press reports"),
        ("hired three banks", "Newspaper reports"),
    ):
        claim = next(c for c in claims if words in c.text)
        assert {(a.source.name, a.attitude) for a in claim.attributions} == {(source, "report")}, (
            words
        )
        assert claim.status == "reported"
    assert not any("UK media" in c.text for c in claims)


def test_a_report_content_split_by_the_parse_is_read_whole(analyze_text) -> None:
    # "reports [he told X] [he would quit ...]": the parse hangs both clauses on "reports"
    a = analyze_text(
        "Bell denies quit report\n\n"
        "Tom Bell has dismissed reports he told Ann Gray he would quit before the next "
        "election.\n"
    )
    claim = claim_with(a, "told Ann Gray")
    assert "would quit before the next election" in claim.text
    assert ("Tom Bell", "deny") in attitudes(claim)


def test_an_evidential_claim_keeps_the_words_as_written(analyze_text) -> None:
    a = analyze_text(
        "Bid talk\n\n"
        "The owners of Acme, the Smith-Jones family, are said to be considering an offer from "
        "Globex. The two banks reportedly held talks in October.\n"
    )
    assert claim_with(a, "Smith-Jones").text == (
        "The owners of Acme, the Smith-Jones family are said to be considering an offer from Globex"
    )
    assert claim_with(a, "held talks").text == "The two banks held talks in October"
    b = analyze_text("Share sale\n\nThe firm had been expected to offer shares in June.\n")
    assert claim_with(b, "offer shares").text == (
        "The firm had been expected to offer shares in June"
    )


def test_taking_charge_of_something_is_no_accusation(analyze_text) -> None:
    a = analyze_text(
        "Campaign role\n\n"
        "A report in the Daily Planet claimed Ann Gray has been asked to take charge of media "
        "strategy. Tom Bell faces a charge of fraud.\n"
    )
    assert not any(
        x.attitude == "allege" and "media strategy" in c.text
        for c in a.claims
        for x in c.attributions
    )
    fraud = claim_with(a, "fraud")
    assert any(x.attitude == "allege" for x in fraud.attributions)


def test_expressed_fears_are_the_subjects_speculation_not_an_assertion(analyze_text) -> None:
    a = analyze_text(
        "Staff fear move\n\n"
        "Union leaders at Acme have expressed fears that up to 300 jobs would be moved to "
        "London.\n"
    )
    claim = claim_with(a, "300 jobs would be moved")
    assert {(x.source.name, x.attitude) for x in claim.attributions} == {
        ("Union leaders at Acme", "speculate")
    }
    assert claim.status == "unresolved"


def test_content_words_of_an_empty_or_reversed_range_are_none(analyzer) -> None:
    # a record whose parse puts its object before its cue once gave end < start and crashed
    # the whole analysis run (spaCy refuses a reversed span)
    from claimtrail.extract.claims.records import content_words

    doc = analyzer.nlp("The council was accused of waste by its own auditors.")
    assert content_words(doc, 30, 28) == set()
    assert content_words(doc, 12, 12) == set()
    assert "waste" in {w[:5] for w in content_words(doc, 0, len(doc.text))}
