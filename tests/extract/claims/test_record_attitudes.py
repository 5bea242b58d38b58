"""Record-level attitudes by the shape of the content (guidelines B and C): an accusation of
another party's wrong alleges, the speaker's own wrong is an admission or, negated, a denial, a
foreseen wrong is a prediction; written texts."""

from __future__ import annotations


def attributions_of(analysis, words: str) -> set[tuple[str, str]]:
    return {
        (a.source.name, a.attitude)
        for c in analysis.claims
        if words.lower() in c.text.lower()
        for a in c.attributions
    }


def test_saying_another_party_turned_its_back_is_an_allegation(analyze_text):
    a = analyze_text(
        "Party row\nMr Carver said the Green League had turned its back on its own voters.\n"
    )
    assert ("Carver", "allege") in attributions_of(a, "turned its back")


def test_a_negated_virtue_of_another_party_is_an_allegation(analyze_text):
    a = analyze_text(
        "Party row\nLeague officials argue Mr Carver has not been honest with the members.\n"
    )
    assert any(att == "allege" for _, att in attributions_of(a, "honest with the members"))


def test_speaker_saying_he_did_the_wrong_admits_it(analyze_text):
    a = analyze_text("Trial\nMr Pell said he lied to the auditors to hide the losses.\n")
    assert ("Pell", "confirm") in attributions_of(a, "lied to the auditors")


def test_speaker_denying_his_own_wrong_in_a_plain_saying_denies(analyze_text):
    a = analyze_text("Trial\nMr Pell said he had not misled the auditors about the losses.\n")
    assert ("Pell", "deny") in attributions_of(a, "misled the auditors")


def test_a_foreseen_wrong_is_a_prediction_not_an_accusation(analyze_text):
    a = analyze_text("Bill row\nOpponents said the new bill would encourage corruption.\n")
    assert {att for _, att in attributions_of(a, "encourage corruption")} == {"speculate"}


def test_what_awaits_the_guilty_accuses_nobody(analyze_text):
    a = analyze_text(
        "Payroll fraud\nThe minister said anyone convicted would face heavy penalties.\n"
    )
    assert "allege" not in {att for _, att in attributions_of(a, "heavy penalties")}


def test_a_wrong_named_in_passing_is_not_the_speakers_own(analyze_text):
    a = analyze_text(
        "Lawsuit\nMs Hale said she was taking legal action against the airline for wrongful "
        "dismissal.\n"
    )
    assert "confirm" not in {att for _, att in attributions_of(a, "wrongful dismissal")}


def test_relative_clause_accuser_is_the_noun_it_is_on(analyze_text):
    a = analyze_text(
        "Drink remark\nThe remark was criticised by the Green League, which accused him of "
        "encouraging children to drink.\n"
    )
    assert ("Green League", "allege") in attributions_of(a, "encouraging children to drink")


def test_participle_accuser_is_the_subject_of_its_verb(analyze_text):
    a = analyze_text(
        "Drink remark\nAnna Hartley wrote to Tom Reed last week accusing him of an error of "
        "judgement.\n"
    )
    claims = [c for c in a.claims if "error of judgement" in c.text]
    assert ("Anna Hartley", "allege") in attributions_of(a, "error of judgement")
    assert any("Tom Reed" in c.text for c in claims)


def test_first_person_confirmation_in_a_quote_confirms(analyze_text):
    a = analyze_text(
        "Food sector news\n"
        '"We can confirm that we are in talks with Brill Foods," an Acme spokesman said.\n'
    )
    assert any(att == "confirm" for _, att in attributions_of(a, "talks with Brill"))


def test_saying_with_a_confirming_participle_confirms(analyze_text):
    a = analyze_text(
        "Food sector news\nAcme said in a statement that it had agreed to buy Brill Foods, "
        "confirming weeks of speculation.\n"
    )
    assert ("Acme", "confirm") in attributions_of(a, "agreed to buy Brill")


def test_a_participle_with_a_content_of_its_own_does_not_confirm_the_saying(analyze_text):
    a = analyze_text(
        "Food sector news\nAcme said it had agreed to buy Brill Foods, confirming reports "
        "that it would close the plant.\n"
    )
    assert ("Acme", "assert") in attributions_of(a, "agreed to buy Brill")


def test_denial_of_a_gerund_is_the_accused_denying(analyze_text):
    a = analyze_text("Charity case\nMr Pell has denied lying to the trustees about the money.\n")
    assert ("Pell", "deny") in attributions_of(a, "lying to the trustees")


def test_admission_of_a_gerund_confirms(analyze_text):
    a = analyze_text("Charity case\nMr Pell admitted misleading the trustees about the money.\n")
    assert ("Pell", "confirm") in attributions_of(a, "misleading the trustees")


def test_which_he_denies_answers_the_allegation_it_ends(analyze_text):
    a = analyze_text(
        "Charity case\nProsecutors say Mr Pell stole money from the charity, which he denies.\n"
    )
    found = attributions_of(a, "stole money from the charity")
    assert {("Prosecutors", "allege"), ("Pell", "deny")} <= found


def test_a_bare_it_speaker_is_the_party_of_the_record_before(analyze_text):
    a = analyze_text(
        "Payroll audit\nThe finance ministry said auditors had found irregularities in the "
        "payroll. It added that some staff appear to have received unearned salaries.\n"
    )
    sources = {name for name, _ in attributions_of(a, "unearned salaries")}
    assert sources and not sources & {"It", "it"}


def test_a_crime_said_of_another_party_is_an_allegation(analyze_text):
    a = analyze_text("Novel row\nThe novel Blue Tides claims the harbour master was murdered.\n")
    assert any(att == "allege" for _, att in attributions_of(a, "harbour master was murdered"))


def test_the_accused_talking_about_the_charges_accuses_nobody(analyze_text):
    a = analyze_text(
        "Charity case\nMr Pell said the fraud allegations against him were politically motivated.\n"
    )
    assert "allege" not in {att for _, att in attributions_of(a, "politically motivated")}


def test_insisting_on_innocence_denies(analyze_text):
    a = analyze_text("Charity case\nMr Pell insists he is innocent of the fraud charges.\n")
    assert ("Pell", "deny") in attributions_of(a, "innocent")


def test_saying_it_broke_no_rules_denies_and_another_broke_them_alleges(analyze_text):
    a = analyze_text(
        "Pricing row\nMr Vance said Globex had broken the rules on pricing. Globex said it had "
        "not broken any rules.\n"
    )
    found = {at.attitude for c in a.claims for at in c.attributions}
    assert {"allege", "deny"} <= found


def test_a_refusal_in_every_part_is_no_attribution(analyze_text):
    a = analyze_text(
        "Lawsuit filed\nA spokesman for Globex said it had not read the writ yet and could "
        "not comment.\n"
    )
    assert not attributions_of(a, "read the writ")


def test_the_companies_are_the_joint_subject_named_just_before(analyze_text):
    a = analyze_text(
        "Industry news\nAcme Holdings and Globex Corp, the firms which own Brill, welcomed "
        'the announcement. "It has always been better to settle this through talks," the '
        "companies said in a joint statement.\n"
    )
    names = {at.source.name for c in a.claims for at in c.attributions}
    assert any("Acme" in n and "Globex" in n for n in names), names


def test_the_spokesman_continues_the_speaker_quoted_just_before(analyze_text):
    a = analyze_text(
        'Spending row\nShadow minister Tom Reed mocked the scheme. "Whom do ministers think '
        'they are kidding?" he asked. The Green spokesman also criticised the cabinet for '
        "squandering public money.\n"
    )
    assert ("Tom Reed", "allege") in attributions_of(a, "squandering public money")


def test_saying_ones_own_words_were_distorted_denies(analyze_text):
    a = analyze_text(
        "Pub remark\nIn a sharp reply, the minister said his words had been distorted and "
        "twisted out of context.\n"
    )
    assert any(att == "deny" for _, att in attributions_of(a, "distorted"))


def test_a_wrong_foreseen_inside_reported_testimony_is_no_prediction(analyze_text):
    a = analyze_text(
        "Fraud trial\nMr Pell told the jury he had often warned Mr Dunn that faking the sales "
        "ledger would be their last resort for hitting targets.\n"
    )
    assert "speculate" not in {att for _, att in attributions_of(a, "faking the sales")}


def test_a_wrong_that_someone_acts_against_accuses_nobody(analyze_text):
    a = analyze_text(
        "Identity cards\nThe police said identity cards would help fight crime and illegal "
        "immigration.\n"
    )
    assert {att for _, att in attributions_of(a, "illegal immigration")} == {"assert"}


def test_a_negated_wrong_is_no_accusation_whatever_the_parse(analyze_text):
    a = analyze_text(
        "Border plans\nOur proposals to limit migration are not racist and would restore trust "
        "in the border, Mr Vance has said.\n"
    )
    assert "allege" not in {att for _, att in attributions_of(a, "not racist")}


def test_a_lawyer_saying_his_client_did_no_wrong_denies(analyze_text):
    a = analyze_text(
        'Court case\nMr Hale said: "Tom did not cause the crash, he is not criminally '
        'responsible."\n'
    )
    assert any(att == "deny" for _, att in attributions_of(a, "criminally responsible"))


def test_a_wrong_that_names_a_legal_process_accuses_nobody(analyze_text):
    a = analyze_text(
        'Court case\nMr Hale said: "We simply want the criminal proceedings to run their course."\n'
    )
    assert "allege" not in {att for _, att in attributions_of(a, "criminal proceedings")}


def test_a_continued_quote_accuses_only_by_its_own_words(analyze_text):
    a = analyze_text(
        "Party launch\nMr Carver quit the League last week. "
        '"While the League has turned its back on the voters, I shall not," he said. '
        '"I mean to fight every seat when the country next votes. I will run a tireless '
        'campaign."\n'
    )
    assert "allege" not in {att for _, att in attributions_of(a, "tireless campaign")}


def test_a_thing_failing_is_nobodys_wrong_but_a_party_failing_to_act_is(analyze_text):
    a = analyze_text(
        "Trade row\nCanada said it lodged the trade complaint once negotiations failed to "
        "produce a deal. It said the regulator had known of the problem but failed to act.\n"
    )
    assert "allege" not in {att for _, att in attributions_of(a, "lodged the trade complaint")}
    assert any(att == "allege" for _, att in attributions_of(a, "failed to act"))


def test_a_confirmation_noun_confirms(analyze_text):
    a = analyze_text(
        "Plant news\nAcme's confirmation that it would close the Leeds plant angered unions.\n"
    )
    assert ("Acme", "confirm") in {
        (at.source.name, at.attitude) for c in a.claims for at in c.attributions
    }


def test_an_event_confirmed_by_a_party_in_a_participle_is_confirmed(analyze_text):
    a = analyze_text(
        "Plant news\nThe closure, confirmed by Acme Holdings on Monday, will cost 300 jobs.\n"
    )
    assert ("Acme Holdings", "confirm") in attributions_of(a, "closure")


def test_a_report_by_a_committee_is_the_committees(analyze_text):
    a = analyze_text(
        "Public services news\nA report by the committee said the agency should be scrapped.\n"
    )
    names = {at.source.name for c in a.claims for at in c.attributions}
    assert any("committee" in n for n in names), names


def test_criminals_the_speaker_means_to_smash_are_no_accusation(analyze_text):
    a = analyze_text(
        'Border plans\n"Once we cut off their money we can smash the criminal gangs '
        'behind the smuggling," Mr Vance said.\n'
    )
    assert "allege" not in {att for _, att in attributions_of(a, "criminal gangs")}


def test_wrongdoers_a_party_may_jail_are_no_accusation(analyze_text):
    a = analyze_text(
        "Access rules\nMr Vance said judges could already jail parents who breach contact orders.\n"
    )
    assert "allege" not in {att for _, att in attributions_of(a, "breach contact orders")}
