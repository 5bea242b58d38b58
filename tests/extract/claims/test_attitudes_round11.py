"""Round 11 on attributed propositions and the attitude of each attribution: phrasal answers
read from a quote ("played down reports that C"), verbs of disputing whose object can be
neither true nor false ("deflected the free-kick"). All texts are written for the tests."""

from __future__ import annotations


def _attitudes(result) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for c in result.claims for a in c.attributions}


def _by_text(result, words: str):
    return [c for c in result.claims if words in c.text]


def test_playing_down_reports_contests_them_and_the_reports_stay_unheld(analyze_text) -> None:
    text = (
        "Marlow coach eyes cup return\n\n"
        "Brentwick Rovers manager Colm Deasy has played down reports that Ivo Markel will "
        'return for the cup tie against Dunmore Athletic. "He is doing well, but we will have '
        'to wait and see," Deasy told Radio Kestrel.\n'
    )
    result = analyze_text(text)
    claims = _by_text(result, "Ivo Markel will return")
    assert claims
    found = {(a.source.name, a.attitude) for c in claims for a in c.attributions}
    assert ("Colm Deasy", "contest") in found
    assert ("Colm Deasy", "assert") not in found
    assert ("Colm Deasy", "report") not in found
    assert ("unattributed", "report") in found


def test_a_deflected_ball_is_no_contest(analyze_text) -> None:
    text = (
        "Rovers held at Dunmore\n\n"
        "Brentwick Rovers were held to a draw at Dunmore Athletic on Saturday. Rovers captain "
        "Tom Ailey deflected Piet Varga's free-kick past his own keeper early in the second "
        "half. Ailey said the side had played well after the break.\n"
    )
    result = analyze_text(text)
    assert not any(a.attitude == "contest" for c in result.claims for a in c.attributions)
    # a claim disputed is still contested
    text = (
        "Rovers chief disputes debt claims\n\n"
        "Brentwick Rovers chairman Ray Lusk has disputed the claims that the club owes Dunmore "
        "Bank five million pounds. The Evening Post reported on Monday that the loan was "
        "overdue.\n"
    )
    assert ("Ray Lusk", "contest") in _attitudes(analyze_text(text))


def test_a_rumour_whose_content_is_moved_to_the_end_is_a_claim(analyze_text) -> None:
    text = (
        "Varga keen on cup run\n\n"
        "Dunmore Athletic midfielder Piet Varga wants to reach the cup final this season. "
        "Rumours persist that Piet Varga will leave Dunmore if the club are relegated. "
        "The club sit bottom of the table.\n"
    )
    claims = _by_text(analyze_text(text), "Piet Varga will leave Dunmore")
    assert claims
    found = {(a.source.name, a.attitude) for c in claims for a in c.attributions}
    assert ("unattributed", "speculate") in found
    # a verb with a clause of its own as object moves no rumour's content
    text = (
        "Dunmore fans worried\n\n"
        "Dunmore Athletic are bottom of the table. The fears mean that the club will sell "
        "Piet Varga in January, the chairman Ray Lusk said.\n"
    )
    result = analyze_text(text)
    assert not any(
        a.cue is not None and a.cue.text == "fears" for c in result.claims for a in c.attributions
    )


def test_a_party_linked_with_a_move_is_a_rumour(analyze_text) -> None:
    text = (
        "Varga stays calm\n\n"
        "Dunmore Athletic chairman Ray Lusk confirmed the club had received no bids for the "
        "midfielder. The club still owe Kestrel City money from the purchase of Piet Varga in "
        "2003. He has long been linked with a switch to Brentwick Rovers.\n"
    )
    claims = _by_text(analyze_text(text), "linked with a switch to Brentwick Rovers")
    assert claims
    assert claims[0].text.startswith("Piet Varga")
    found = {(a.source.name, a.attitude) for c in claims for a in c.attributions}
    assert ("unattributed", "speculate") in found
    # a cause linked with an illness is no rumour
    text = (
        "Dunmore clinic warning\n\n"
        "Doctors at the Dunmore clinic have treated forty patients this winter. The deaths have "
        "been linked to the water supply. The clinic will stay open.\n"
    )
    result = analyze_text(text)
    assert not any(
        a.cue is not None and a.cue.text == "linked" for c in result.claims for a in c.attributions
    )


def test_claims_of_a_clause_state_it_and_accuse_nobody(analyze_text) -> None:
    text = (
        "Dunmore stadium plans on track\n\n"
        "Dunmore Athletic chief Ray Lusk must open the new Harbour Stand by 2008 amid claims "
        "of costs rising above forty million pounds. Lusk said the work was going well.\n"
    )
    claims = _by_text(analyze_text(text), "Costs are rising above forty million pounds")
    assert claims
    found = {(a.source.name, a.attitude) for c in claims for a in c.attributions}
    assert ("unattributed", "report") in found
    assert not any(att == "allege" for _, att in found)


def test_claims_without_a_wrong_are_no_accusation(analyze_text) -> None:
    text = (
        "Varga stays at Dunmore\n\n"
        "Dunmore Athletic have dismissed claims that Piet Varga will join Brentwick Rovers in "
        "January. The club said the midfielder was happy.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("unattributed", "report") in found
    assert ("unattributed", "allege") not in found
    # claims of a wrong (faking an accident) still accuse
    text = (
        "Sprinter denies crash claims\n\n"
        "Kestrel sprinter Ana Moll has denied claims that she faked a car accident to miss a "
        "drugs test. Moll said she had nothing to hide.\n"
    )
    assert ("unattributed", "allege") in _attitudes(analyze_text(text))


def test_a_direct_quote_claim_is_one_sentence_in_the_speakers_name(analyze_text) -> None:
    text = (
        "Ailey sure of late goal\n\n"
        "Brentwick Rovers striker Tom Ailey says he scored a late goal against Dunmore.\n\n"
        "\"I'm certain I got my head to the ball before the keeper did. The whistle went and "
        'I could not believe it," Ailey told Radio Kestrel. He said the club would appeal.\n'
    )
    texts = [c.text for c in analyze_text(text).claims]
    own = [t for t in texts if "head to the ball" in t]
    assert own
    assert own[0].startswith("Tom Ailey is certain he got his head to the ball")
    assert "whistle" not in own[0]


def test_first_sentence_and_third_person_forms() -> None:
    from claimtrail.extract.claims.claim_text import _third_singular, first_sentence

    assert first_sentence('It was hard. "We kept going') == "It was hard"
    assert first_sentence("We won 2-1 at St. Mary's ground") == "We won 2-1 at St. Mary's ground"
    assert [_third_singular(w) for w in ("think", "wish", "try", "'m", "have")] == [
        "thinks",
        "wishes",
        "tries",
        "is",
        "has",
    ]


def test_a_sentence_opening_rumour_noun_is_still_a_rumour(analyze_text) -> None:
    text = (
        "Kestrel news\n\n"
        "Speculation has mounted that Piet Varga will join Brentwick Rovers. The club play on "
        "Saturday.\n"
    )
    claims = _by_text(analyze_text(text), "Piet Varga will join Brentwick Rovers")
    assert claims
    found = {(a.source.name, a.attitude) for c in claims for a in c.attributions}
    assert ("unattributed", "speculate") in found


def test_reports_linking_a_party_with_another_state_the_link(analyze_text) -> None:
    text = (
        "Varga future in doubt\n\n"
        "Dunmore Athletic lost again on Saturday. There have been reports linking Piet Varga "
        "with Brentwick Rovers. The club play Kestrel City next.\n"
    )
    claims = _by_text(analyze_text(text), "Piet Varga is linked with Brentwick Rovers")
    assert claims
    found = {(a.source.name, a.attitude) for c in claims for a in c.attributions}
    assert ("unattributed", "report") in found


def test_a_quoted_label_after_as_states_what_it_labels(analyze_text) -> None:
    text = (
        "Ailey eyes title\n\n"
        "Brentwick Rovers striker Tom Ailey described promotion from the second tier as the "
        '"make or break" target for the club this season. Rovers are third in the table.\n'
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert any(t.startswith("Promotion from the second tier is the make or break") for t in texts)


def test_who_investigates_claims_does_not_hold_them(analyze_text) -> None:
    text = (
        "Dunmore council inquiry\n\n"
        "The Kestrel Gazette reported on Monday that Dunmore council had sold the old harbour "
        "site. A local radio programme investigated claims that the council was hiding the "
        "sale price from residents. The council leader Ann Moll declined to comment.\n"
    )
    result = analyze_text(text)
    held = {
        (a.source.name, a.attitude)
        for c in result.claims
        for a in c.attributions
        if a.cue is not None and a.cue.text == "claims"
    }
    assert held == {("unattributed", "report")}


def test_a_bodys_we_is_written_as_the_body(analyze_text) -> None:
    # a spokesman for a body of several words is a plausible speaker, and the body's "we" and
    # "our" are written as the body
    text = (
        "Rovers sign keeper\n\n"
        "Brentwick Rovers have signed goalkeeper Ivo Markel from Dunmore Athletic.\n\n"
        '"We have had an offer from Kestrel City for our captain and we are thinking about it," '
        "said a spokesman for Brentwick Rovers. Markel will play on Saturday.\n"
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert (
        "Brentwick Rovers have had an offer from Kestrel City for their captain and they are "
        "thinking about it"
    ) in texts


def test_a_record_inside_a_direct_quote_speaks_as_its_speaker(analyze_text) -> None:
    text = (
        "Sprinter speaks\n\n"
        "British sprinter Sarah Collins has denied missing a drugs test.\n\n"
        '"In March I was at home and I supposedly dodged the testers that day," Collins told '
        "Radio Dunmore. She said she was innocent.\n"
    )
    result = analyze_text(text)
    reported = [
        c.text
        for c in result.claims
        for a in c.attributions
        if a.cue is not None and a.cue.text == "supposedly"
    ]
    assert reported
    assert not any(" I " in f" {t} " for t in reported)
    assert any("Sarah Collins" in t for t in reported)


def test_a_quoted_word_cut_at_its_closing_mark_is_closed(analyze_text) -> None:
    text = (
        "Ailey fumes at referee\n\n"
        'Brentwick Rovers coach Tom Ailey insisted he was "furious" after his side were denied '
        "two goals in the 2-1 loss to Dunmore Athletic.\n\n"
        '"I am angry," Ailey said.\n'
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert all(t.count('"') % 2 == 0 for t in texts)


def test_a_verb_coordinated_with_its_subject_takes_the_third_person(analyze_text) -> None:
    text = (
        "Ailey sorry for remarks\n\n"
        "Brentwick Rovers striker Tom Ailey has apologised for his remarks about Dunmore fans.\n\n"
        '"I never meant any harm to anyone and don\'t understand the fuss," Ailey told Radio '
        "Kestrel.\n"
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert any("Tom Ailey never meant any harm" in t and "doesn't understand" in t for t in texts)


def test_a_persons_we_is_the_body_their_role_belongs_to(analyze_text) -> None:
    text = (
        "Union warns airline\n\n"
        "Staff at Kestrel Air are angry about plans to move jobs abroad.\n\n"
        '"We will fight every job cut at our bases," said Ann Collins, a negotiator at Unite.\n'
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert "Unite will fight every job cut at their bases" in texts


def test_a_persons_i_and_we_are_both_written_out(analyze_text) -> None:
    text = (
        "Union warns airline\n\n"
        "Staff at Kestrel Air are angry about plans to move jobs abroad.\n\n"
        '"I think we will fight every job cut at our bases," said Ann Collins, a negotiator at '
        "Unite.\n"
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert "Ann Collins thinks Unite will fight every job cut at their bases" in texts


def test_a_clitic_d_before_a_participle_is_had(analyze_text) -> None:
    text = (
        "Ailey back in side\n\n"
        "Brentwick Rovers striker Tom Ailey says he is delighted to be back in the side.\n\n"
        '"I thought I\'d lost my place for good after the injury," Ailey told Radio Kestrel.\n'
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert any(t.startswith("Tom Ailey thought he had lost his place") for t in texts)


def test_reports_linking_a_pronoun_state_it_as_a_subject(analyze_text) -> None:
    text = (
        "Varga future in doubt\n\n"
        "Piet Varga missed training on Friday. There have been reports linking him "
        "with Brentwick Rovers. The club play Kestrel City next.\n"
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert not any(t.startswith("Him ") for t in texts)
    assert any(" is linked with Brentwick Rovers" in t for t in texts)
