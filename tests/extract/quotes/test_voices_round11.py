"""Round 11 voices: speakers, roles and spans on sports-style texts written for these tests."""

from __future__ import annotations


def _quote(analysis, words):
    return next(q for q in analysis.quotes if words in q.text)


def test_a_rank_before_a_tagged_name_stays_in_the_name(analyze_text):
    text = (
        "Rovers draw at Dunmore\n\nRovers drew 1-1 at Dunmore on Saturday.\n\n"
        'Rovers manager Sir Alan Ferrow said: "It was a poor game for us."\n'
    )
    quote = _quote(analyze_text(text), "poor game")
    assert quote.speaker.name == "Sir Alan Ferrow"


def test_a_title_opened_by_a_conjunction_drops_the_conjunction(analyze_text):
    text = (
        "Harriers confirm offer\n\nHarriers have confirmed Dunmore made a bid for Tom "
        'Hale, 30 - but managing director Karen Brill has called it "derisory".\n'
    )
    quote = _quote(analyze_text(text), "derisory")
    assert quote.speaker.name == "Karen Brill"
    assert quote.speaker.role == "managing director"


def test_a_capitalised_title_before_a_name_is_a_role(analyze_text):
    text = (
        "Hale stays put\n\nTom Hale will stay at Rovers.\n\n"
        "Agent Brian Hollis insists that his client wants to fight for a starting spot.\n"
    )
    quote = _quote(analyze_text(text), "starting spot")
    assert quote.speaker.name == "Brian Hollis"
    assert quote.speaker.role.lower() == "agent"


def test_a_title_stated_with_joined_as_is_the_speakers_role(analyze_text):
    text = (
        "Rovers will not sell\n\nRovers will not sell their captain, says the club.\n\n"
        "Ray Parrott joined Rovers as chief executive in 1998. Ray Parrott said the club "
        'would not sell. "We will not accept offers," said Parrott.\n'
    )
    quote = _quote(analyze_text(text), "accept offers")
    assert quote.speaker.role == "chief executive"


def test_a_mixed_quote_keeps_its_closing_mark_before_the_stop(analyze_text):
    text = (
        "Rovers reject offer\n\nRovers have turned down an offer for their striker.\n\n"
        'Kelly Marsh told the Gazette the offer was "a joke and an insult". Nobody replied.\n'
    )
    quote = _quote(analyze_text(text), "a joke")
    assert quote.kind == "mixed"
    assert quote.text == 'the offer was "a joke and an insult"'


def test_a_club_tagged_as_a_person_beside_a_place_is_no_person(analyze_text):
    # so that a later "he" cannot go to it
    text = (
        "Hale wins the fans over\n\nTom Hale's future at Wessex has been in doubt for weeks. "
        "However, good displays against Leeds and Kingston Villa have impressed the fans. "
        '"The crowd gave me a lovely reception," he said.\n'
    )
    analysis = analyze_text(text)
    types = {e.name: e.type for e in analysis.entities}
    assert types["Kingston Villa"] == "organization"
    assert _quote(analysis, "lovely reception").speaker.name == "Tom Hale"


def test_a_club_boss_description_is_the_clubs_manager_not_the_player_in_view(analyze_text):
    text = (
        "Dunmore bid for Hale\n\nRovers striker Tom Hale is discussing a loan move, the "
        "Gazette understands.\n\nThe Welsh forward turned down a switch to Ashby after a "
        "quarrel with Rovers manager Graham Selby. The Rovers boss vowed Hale would never "
        "again wear the shirt.\n"
    )
    quote = _quote(analyze_text(text), "never again wear")
    assert quote.speaker.name == "Graham Selby"
    assert quote.speaker.role == "manager"


def test_the_club_is_a_side_named_with_a_plural_verb(analyze_text):
    text = (
        "Rovers appoint Selby as manager\n\nGraham Selby will be unveiled as the new Rovers "
        "manager on Tuesday.\n\nThe club have confirmed that the former Wessex coach will "
        "meet the press at Dale Park. Rovers beat two rivals to sign him.\n"
    )
    quote = _quote(analyze_text(text), "meet the press")
    assert quote.speaker.name == "Rovers"
    assert quote.speaker.role is None


def test_a_name_the_ner_missed_loses_its_article(analyze_text):
    text = (
        "Sprinter cleared\n\nA tribunal cleared the sprinter on Monday.\n\n"
        'The Rowing Union - which said it was "deeply shocked" by the verdict - may appeal.\n'
    )
    quote = _quote(analyze_text(text), "deeply shocked")
    assert quote.speaker.name == "Rowing Union"


def test_a_person_described_by_home_town_or_nation_is_the_person_in_view(analyze_text):
    text = (
        "Marsh aims for return\n\nJamie Marsh should be in a wheelchair.\n\nHe says so himself "
        'as he recalls the crash a week before the Games. "I thought a toe was broken," says '
        'the Galway man. "It was tough," said the Scot.\n'
    )
    analysis = analyze_text(text)
    assert _quote(analysis, "toe was broken").speaker.name == "Jamie Marsh"
    assert _quote(analysis, "It was tough").speaker.name == "Jamie Marsh"


def test_a_surname_the_ner_took_for_a_day_is_the_person(analyze_text):
    text = (
        "Wessex win sevens title\n\nWessex beat Dunmore 26-21 in the final.\n\n"
        'Mike Friday\'s Wessex side led 19-7 at half-time. "We wanted this for a long time," '
        "said Friday.\n"
    )
    quote = _quote(analyze_text(text), "wanted this")
    assert quote.speaker.name == "Mike Friday"


def test_claim_with_a_thing_won_in_a_headline_is_no_quote(analyze_text):
    text = (
        "Wales claim Cardiff Sevens glory\n\nWales beat Ashby 26-21 in a close final to take "
        "the opening event.\n"
    )
    assert not analyze_text(text).quotes


def test_an_open_question_weighed_is_no_report(analyze_text):
    text = (
        "Hale may run\n\nHale has said sorry for missing the camp.\n\n"
        "The Wessex selectors will now decide whether Hale can be picked for the squad.\n"
    )
    assert not any("can be picked" in q.text for q in analyze_text(text).quotes)


def test_speech_in_a_condition_is_no_report(analyze_text):
    text = (
        "Fans split over Hale\n\nWessex fans are split over a sale of Tom Hale.\n\n"
        "What matters is if Hale comes forward and says that he is content at the club.\n"
    )
    assert not any("content at the club" in q.text for q in analyze_text(text).quotes)


def test_an_attitude_adjective_gives_way_to_the_speech_it_holds(analyze_text):
    text = (
        "Wessex edge Ashby\n\nWessex beat Ashby 19-13 on Saturday.\n\n"
        "Wessex coach Eddie Sullivan was surprised that Ashby coach Andy Roberts said he was "
        "certain the winger was onside.\n"
    )
    quotes = analyze_text(text).quotes
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == ["Andy Roberts"]
    assert quotes[0].text == "he was certain the winger was onside"


def test_a_subject_parsed_as_the_cues_object_opens_the_content(analyze_text):
    text = (
        "Hale wins again\n\nHale won on Sunday.\n\n"
        "Brown also insisted Scotland were glad to carry the burden of being favourites.\n"
    )
    quote = _quote(analyze_text(text), "glad to carry")
    assert quote.text == "Scotland were glad to carry the burden of being favourites"
    assert quote.speaker.name == "Brown"


PROFILE = (
    "Marsh eyes a comeback\n\nTom Marsh was hit by a van a week before the Games.\n\n"
    '"I knew at once that my ankle was gone," says the walker. "I could not even stand up '
    'for an hour." He spent two months in plaster after the crash. "Walking on my own again '
    'felt like the first real step back to racing." '
)


def test_a_quoted_sentence_among_the_writers_goes_to_the_only_voice(analyze_text):
    text = PROFILE + "He hopes to race again next spring.\n"
    quote = _quote(analyze_text(text), "first real step")
    assert quote.speaker.name == "Tom Marsh"
    assert quote.cue is None
    # not when the sentence before names somebody else, who may be the one speaking
    other = PROFILE.replace(
        "He spent two months in plaster", "Doctor Anna Pike kept him in plaster"
    )
    assert not any("first real step" in q.text for q in analyze_text(other + "\n").quotes)
    # nor when the voice is only acted on in it: somebody else may be answering
    acted_on = PROFILE.replace("He spent two months in plaster", "He was kept in plaster")
    assert not any("first real step" in q.text for q in analyze_text(acted_on + "\n").quotes)


def test_knowing_in_the_past_is_a_fact_of_the_story_not_a_report(analyze_text):
    text = (
        "Marsh out of the Games\n\nTom Marsh was hurt in a crash on Monday.\n\n"
        "It took ten hours before Marsh knew for certain that the Games were over for him.\n"
    )
    assert not any("were over for him" in q.text for q in analyze_text(text).quotes)


def test_a_club_is_not_its_ground(analyze_text):
    text = (
        "Hale told to fight for his place\n\nTom Hale has lost his place at Harbury.\n\n"
        'Harbury manager Neil Ogden is no respecter of names. "Players earn a game on merit," '
        'he said. "That is how it works at Harbury Park."\n'
    )
    quote = _quote(analyze_text(text), "on merit")
    assert quote.speaker.name == "Neil Ogden"
    assert quote.speaker.organization == "Harbury"


def test_her_spokesman_speaks_for_the_woman_in_view(analyze_text):
    text = (
        "Hale could still play\n\nKim Hale has denied that she has pulled out of the Open.\n\n"
        "But her spokesman insisted she had only put off sending her entry.\n"
    )
    quote = _quote(analyze_text(text), "put off sending")
    assert quote.speaker.name == "a spokesman for Kim Hale"
    assert quote.speaker.role == "spokesman"


def test_an_acronym_defined_in_brackets_is_named_in_full(analyze_text):
    text = (
        "Runner banned\n\nThe rowing body has banned Sara Lund for a year.\n\n"
        "Rowing Wessex (RW) issued the ban after Lund missed a camp. RW insisted it was "
        "setting an example to other rowers.\n"
    )
    quote = _quote(analyze_text(text), "setting an example")
    assert quote.speaker.name == "Rowing Wessex"


def test_a_mixed_quote_framed_before_its_marks_keeps_the_closing_mark(analyze_text):
    text = (
        "Dunmore eye Hartley\n\nDunmore hope to sign Hartley if he leaves Rovers.\n\n"
        'Their chairman, Paul Denning, says Hartley "has no wish to stay in Wessex any '
        'longer". Nobody at Rovers would comment.\n'
    )
    quote = _quote(analyze_text(text), "no wish to stay")
    assert quote.kind == "mixed"
    assert quote.text == 'Hartley "has no wish to stay in Wessex any longer"'


def test_his_manager_is_the_person_stated_as_manager(analyze_text):
    text = (
        "Hale may leave Rovers\n\nRovers forward Tom Hale could leave this month.\n\n"
        "Rovers manager Graham Selby said on Friday that Hale was not for sale. But Hale is "
        "unhappy at his lack of games. His manager insisted the player would stay.\n"
    )
    quote = _quote(analyze_text(text), "would stay")
    assert quote.speaker.name == "Graham Selby"


def test_an_agent_named_in_apposition_has_the_role(analyze_text):
    text = (
        "Hale may leave Rovers\n\nRovers forward Tom Hale could leave this month.\n\n"
        'Hale\'s agent, Mark Dunn, said: "Tom wants to play every week."\n'
    )
    quote = _quote(analyze_text(text), "every week")
    assert quote.speaker.name == "Mark Dunn"
    assert quote.speaker.role.lower() == "agent"


def test_a_named_owner_of_a_rejected_claim_gets_a_record_too(analyze_text):
    text = (
        "Wessex edge Ashby\n\nWessex beat Ashby 19-13.\n\n"
        "Sullivan also rejected Roberts's claim that Ashby had ruled the line-outs.\n"
    )
    found = {
        (q.speaker.name, q.cue.text, q.text)
        for q in analyze_text(text).quotes
        if q.speaker is not None and q.cue is not None
    }
    content = "that Ashby had ruled the line-outs"
    assert {("Sullivan", "rejected", content), ("Roberts", "claim", content)} <= found


def test_a_content_cut_at_a_preposition_runs_on_through_the_name(analyze_text):
    text = (
        "Harriers confirm offer\n\nHarriers have confirmed Ashby made a bid for Robbie Hale - "
        'but managing director Karen Brill has called it "derisory".\n'
    )
    quote = _quote(analyze_text(text), "made a bid")
    assert quote.text == "Ashby made a bid for Robbie Hale"


def test_a_hyphenated_number_stays_in_the_title(analyze_text):
    text = (
        "Kell to race in Dunmore\n\n"
        "Two-time world champion Ana Kell says she will run the Dunmore 10k in May.\n"
    )
    quote = _quote(analyze_text(text), "Dunmore 10k")
    assert quote.speaker.name == "Ana Kell"
    assert quote.speaker.role is not None and quote.speaker.role.lower().startswith("two-time")
