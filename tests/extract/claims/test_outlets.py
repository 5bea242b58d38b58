"""Press reports, rumours and the outlets that carry them (issue 9, the withheld test's class):
who a report is sourced to, and what is no source at all. Texts written for these tests."""

from __future__ import annotations


def claim_with(analysis, words: str):
    return next(c for c in analysis.claims if words in c.text)


def sources(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_a_rate_per_share_is_no_source(analyze_text):
    # "per share" is a price, not "according to the share"
    text = (
        "Vantor buys stake in brewer\n"
        "Vantor bought 18% of Hollin, the brewer behind Stag lager, for 3.10 dollars per share. "
        "The company said the sale was complete.\n"
    )
    analysis = analyze_text(text)
    names = {a.source.name for c in analysis.claims for a in c.attributions}
    assert "share" not in names
    # nobody but the outlet reports the purchase (its lead states it)
    assert sources(claim_with(analysis, "Vantor bought 18% of Hollin")) == {
        ("unattributed", "report")
    }


def test_per_with_a_named_source_still_reports(analyze_text):
    text = "Vantor eyes brewer\nVantor is preparing a bid for the brewer Hollin, per Reuters.\n"
    analysis = analyze_text(text)
    assert any(
        a.attitude == "report" and "Reuters" in a.source.name
        for c in analysis.claims
        for a in c.attributions
    )


def test_a_nationality_before_the_agency_is_not_the_source(analyze_text):
    # "the French news agency AFP": AFP reports, not France
    text = (
        "Ministry bans new paper mills\n"
        "The ministry has said it will not allow new paper mills to be built. The ban on new "
        "paper mills does not cover deals made before 2005, according to the French news agency "
        "AFP.\n"
    )
    analysis = analyze_text(text)
    names = {a.source.name for c in analysis.claims for a in c.attributions}
    assert "France" not in names
    assert "AFP" in names


def test_the_place_reports_ran_in_does_not_hold_them(analyze_text):
    text = (
        "Mill rules\n"
        "The decision does not cover mills approved earlier, according to press reports in "
        "Norway.\n"
    )
    claim = claim_with(analyze_text(text), "does not cover mills")
    assert sources(claim) == {("press reports", "report")}


def test_an_outlet_known_by_its_short_form_relays(analyze_text):
    # "the WSJ said" after "the Wall Street Journal": the paper reports, under its full name
    text = (
        "Grell eyes Tamsin\n"
        "Reports in the Wall Street Journal said Grell is considering a bid for Tamsin Foods. "
        "Grell shares fell. The WSJ said the two firms were ripe for a merger.\n"
    )
    claim = claim_with(analyze_text(text), "ripe for a merger")
    assert sources(claim) == {("Wall Street Journal", "report")}
    assert claim.status == "reported"


def test_a_news_agency_by_name_relays(analyze_text):
    text = (
        "Grell eyes Tamsin\n"
        "Grell is considering a bid for Tamsin Foods, Xinhua said. "
        "Xinhua said the two firms were a good fit.\n"
    )
    claim = claim_with(analyze_text(text), "a good fit")
    assert sources(claim) == {("Xinhua", "report")}


def test_the_report_added_is_the_paper_named_before(analyze_text):
    text = (
        "Hollin to sell unit\n"
        "Hollin will sell its film unit next month, the Sunday Courier reported. Advisers have "
        "valued the unit at 300m dollars, the report added. Hollin declined to comment.\n"
    )
    analysis = analyze_text(text)
    assert sources(claim_with(analysis, "sell its film unit")) == {("Sunday Courier", "report")}
    assert sources(claim_with(analysis, "valued the unit")) == {("Sunday Courier", "report")}


def test_the_subject_saying_what_reports_said_confirms_it(analyze_text):
    text = (
        "Acme in talks to buy Brill\n"
        "Acme is in talks to buy the software firm Brill, newspaper reports say. Acme said it "
        "was in talks to buy Brill but gave no details.\n"
    )
    claim = claim_with(analyze_text(text), "in talks to buy")
    assert ("Acme", "confirm") in sources(claim)
    assert claim.status == "confirmed"


def test_the_subject_confirms_a_rumour(analyze_text):
    text = (
        "Acme eyes Brill\n"
        "There is speculation that Acme is preparing a bid for Brill. Acme said it was preparing "
        "a bid for Brill.\n"
    )
    claim = claim_with(analyze_text(text), "preparing a bid")
    assert claim.status == "confirmed"


def test_a_hedged_statement_by_the_subject_confirms_nothing(analyze_text):
    text = (
        "Acme eyes Brill\n"
        "Acme is in talks to buy the software firm Brill, the Daily Courier reported on Sunday. "
        "Acme said it may be interested in Brill.\n"
    )
    analysis = analyze_text(text)
    assert all(a.attitude != "confirm" for c in analysis.claims for a in c.attributions)


def test_a_party_asserting_with_no_report_does_not_confirm(analyze_text):
    text = "Acme plans\nAcme said it was in talks to buy Brill.\n"
    claim = claim_with(analyze_text(text), "in talks to buy")
    assert claim.status == "asserted"


def test_reports_labelled_speculation_by_a_party_are_denied_by_it(analyze_text):
    # a passive labelling verb: "described as 'idle speculation' by Downing Street"
    text = (
        "Election date\n"
        "Reports that the prime minister is planning a snap election in March have been "
        'described as "idle speculation" by Downing Street.\n'
    )
    claim = claim_with(analyze_text(text), "snap election in March")
    assert ("Downing Street", "deny") in sources(claim)
    assert claim.status == "denied"


def test_a_passive_label_that_dismisses_nothing_denies_nothing(analyze_text):
    text = (
        "Election date\n"
        "Reports that the prime minister is planning a snap election in March have been "
        'described as "interesting" by Downing Street.\n'
    )
    claim = claim_with(analyze_text(text), "snap election in March")
    assert all(a.attitude != "deny" for a in claim.attributions)


def test_a_headline_quote_without_a_cue_confirms_nothing():
    # a cue-less record (headline quote marks, a continuation) is no statement the subject made
    from claimtrail.extract.claims.records import Record, name_words
    from claimtrail.extract.claims.relays import own_confirmation
    from claimtrail.models import Cue, Source

    said = Cue(text="said", start=40, end=44)
    record = Record(
        start=0,
        end=30,
        text="Acme sets date for takeover deal",
        attitude="assert",
        source=Source(name="Acme"),
        cue=None,
        source_words=name_words("Acme"),
    )
    assert own_confirmation(record, relayed_claim=True).attitude == "assert"
    with_cue = Record(**{**record.__dict__, "cue": said})
    assert own_confirmation(with_cue, relayed_claim=True).attitude == "confirm"
    assert own_confirmation(with_cue, relayed_claim=False).attitude == "assert"


def test_reports_suggesting_c_state_c(analyze_text):
    # "with reports suggesting that C": the claim is C, not "Suggesting that C"
    text = (
        "Dairy bosses held\n"
        "Police have detained the chairman of dairy firm Mollo, with reports suggesting that "
        "the firm's accounts are being examined for fraud.\n"
    )
    analysis = analyze_text(text)
    assert not any(c.text.lower().startswith("suggesting") for c in analysis.claims)
    claim = claim_with(analysis, "being examined for fraud")
    assert {a.attitude for a in claim.attributions} == {"report"}


def test_no_evidence_to_suggest_c_contests_c(analyze_text):
    text = (
        "Poll date\n"
        "A party spokesman said the date was a matter for the prime minister, but he was "
        "unaware of anything to suggest it would be in March.\n"
    )
    claim = claim_with(analyze_text(text), "would be in March")
    assert sources(claim) == {("A party spokesman", "contest")}
    assert claim.text.startswith("It would be")  # "it" is not the spokesman


def test_the_papers_are_the_outlets_named_before_them(analyze_text):
    # guidelines A: joint sources "A and B"; "the papers" / "both newspapers" stand for them
    text = (
        "Poll date\n"
        "Reports in the Sunday Courier and the Daily Mercury said the prime minister is planning "
        "a vote in March. The papers said ministers believe the party could benefit. Both "
        "newspapers said the campaign would be centred on the economy.\n"
    )
    analysis = analyze_text(text)
    joint = ("Sunday Courier and Daily Mercury", "report")
    assert sources(claim_with(analysis, "planning a vote in March")) == {joint}
    assert sources(claim_with(analysis, "could benefit")) == {joint}
    assert sources(claim_with(analysis, "centred on the economy")) == {joint}


def test_one_paper_named_leaves_the_papers_as_written(analyze_text):
    text = (
        "Poll date\n"
        "The Daily Mercury said the prime minister is planning a vote in March. The papers "
        "said ministers believe the party could benefit.\n"
    )
    claim = claim_with(analyze_text(text), "could benefit")
    assert [a.source.name for a in claim.attributions] != ["Daily Mercury and Daily Mercury"]
    assert all(" and " not in a.source.name for a in claim.attributions)


def test_a_forecast_is_no_report_for_the_subject_to_confirm(analyze_text):
    text = (
        "Plant approved\n"
        "Acme announced it had won approval to build a plant in Ghent. The plant was expected "
        "to take until 2006 to build.\n"
    )
    analysis = analyze_text(text)
    assert all(a.attitude != "confirm" for c in analysis.claims for a in c.attributions)


def test_an_outlet_reporting_the_headline_claim_does_not_pull_in_its_other_reports(
    analyze_text,
):
    # the outlet is a reporter of the central claim, not its denier: its negated report of
    # another matter stays a claim of its own
    text = (
        "Ministry bans new paper mills\n"
        "The ministry has said it will not allow new paper mills to be built. The ban on new "
        "paper mills does not cover deals made before 2005, according to the French news agency "
        "AFP.\n"
    )
    analysis = analyze_text(text)
    assert all(
        not (a.source.name == "AFP" and a.attitude == "deny")
        for c in analysis.claims
        for a in c.attributions
    )


def test_the_subject_confirms_what_it_is_rumoured_to_do(analyze_text):
    text = (
        "Acme eyes Brill\n"
        "Acme is rumoured to be preparing a bid for Brill. Acme said it was preparing a bid for "
        "Brill.\n"
    )
    claim = claim_with(analyze_text(text), "preparing a bid")
    assert claim.status == "confirmed"


def test_a_headline_calling_a_claim_speculation_holds_no_claim(analyze_text):
    # "X claim 'speculation'": the words before "claim" name the claim, not who holds it
    text = (
        "March poll claim 'speculation'\n"
        "Reports that the prime minister is planning an election in March have been described "
        'as "idle speculation" by Downing Street.\n'
    )
    analysis = analyze_text(text)
    names = {a.source.name for c in analysis.claims for a in c.attributions}
    assert "March poll" not in names
    assert all(c.text != "Speculation" for c in analysis.claims)
    claim = claim_with(analysis, "planning an election in March")
    assert claim.status == "denied"
    headline = analysis.claims[0]
    assert headline.text == "March poll claim"
    assert [a.attitude for a in headline.attributions] == ["deny"]


def test_a_headline_quote_an_outlet_reported_is_its_report(analyze_text):
    # BBC headline quote marks: the body names the paper; a cue-less quote by an outlet relays
    text = (
        "Acme 'to cut 500 jobs'\n"
        "Car parts maker Acme is to cut 500 jobs at its Derby plant, the Daily Mercury has "
        "reported.\n"
    )
    analysis = analyze_text(text)
    attitudes = {a.attitude for c in analysis.claims for a in c.attributions}
    assert attitudes == {"report"}
    assert claim_with(analysis, "cut 500 jobs").status == "reported"


def test_the_papers_named_in_someone_elses_words_are_the_papers(analyze_text):
    text = (
        "Poll date\n"
        "A spokesman had no idea where the reports in the Sunday Courier and the Daily Mercury "
        "had come from. The papers said ministers believe the party could benefit.\n"
    )
    claim = claim_with(analyze_text(text), "could benefit")
    assert sources(claim) == {("Sunday Courier and Daily Mercury", "report")}


def test_a_speaker_calling_something_fake_keeps_the_claim(analyze_text):
    # only a claim noun ("X claim 'speculation'") names a claim before the label; "S says C"
    # keeps C as the claim
    analysis = analyze_text("Expert says beheading video fake\nAn expert looked at the video.\n")
    assert analysis.claims[0].text != "Expert says"
    assert "video" in analysis.claims[0].text
