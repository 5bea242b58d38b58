"""Claims that join every attribution about one proposition, and the status that follows
(claimtrail/extract/claims/groups.py): what a denial or confirmation answers, and what it does
not. All texts are written for the tests (invented people, clubs and places)."""

from __future__ import annotations


def _central(claims):
    return next(c for c in claims if c.central)


def _sides(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_a_headline_naming_the_story_takes_no_answer_that_shares_only_a_name(
    analyze_text,
) -> None:
    # the headline names the player and nothing anyone holds; her denial of a retirement plan
    # and her admission about training are about other propositions: the central claim is
    # neither contested nor confirmed by them
    text = (
        "Where next for Petra Halvorsen?\n\n"
        "Petra Halvorsen won two titles at the Kestrel Games last summer.\n\n"
        "Since then the sprinter has raced only once, in a meeting at Dunmore. "
        "Halvorsen admitted that she had found the winter sessions hard. "
        "After the Games she denied that she planned to retire from the track.\n"
    )
    central = _central(analyze_text(text).claims)
    assert central.status not in {"contested", "confirmed", "denied"}
    assert not {a.attitude for a in central.attributions} & {"deny", "confirm"}


def _claim_with(claims, word: str):
    return next(c for c in claims if word in c.text)


def test_a_quoted_dismissal_answers_the_rumour_before_it(analyze_text) -> None:
    # "It is simply not true" states nothing of its own: it denies the rumour just told
    text = (
        "Coach quits Harbourside club\n\n"
        "Harbourside coach Lars Brenner resigned on Friday after eight games in charge.\n\n"
        "A newspaper had speculated that Brenner had clashed with chairman Ivo Kask "
        'over transfers. "It is simply not true," Kask told Radio Dunmore. '
        '"Lars left for family reasons."\n'
    )
    claims = analyze_text(text).claims
    clash = _claim_with(claims, "clashed")
    assert ("Ivo Kask", "deny") in _sides(clash)
    assert clash.status == "denied"
    assert not [c for c in claims if "not true" in c.text]


def test_a_denial_of_reports_joins_the_reports_not_an_earlier_claim_about_the_denier(
    analyze_text,
) -> None:
    # the bonus denial answers the reports of a bonus, not the earlier rumour naming Kask
    text = (
        "Coach quits Harbourside club\n\n"
        "Harbourside coach Lars Brenner resigned on Friday after eight games in charge.\n\n"
        "A newspaper had speculated that Brenner had clashed with chairman Ivo Kask "
        "over transfers. Kask said the coach had left for family reasons. "
        "Kask also rejected reports that Brenner had been paid a bonus of two million crowns. "
        '"That is utter rubbish," said Kask.\n'
    )
    claims = analyze_text(text).claims
    bonus = _claim_with(claims, "bonus")
    clash = _claim_with(claims, "clashed")
    assert ("Ivo Kask", "deny") in _sides(bonus)
    assert bonus.status == "denied"
    assert ("Ivo Kask", "deny") not in _sides(clash)
    assert not [c for c in claims if "rubbish" in c.text]


def test_a_denial_said_again_in_the_same_sentence_is_one_denial(analyze_text) -> None:
    # the participle's negated quotation restates the denial: no claim of its own
    text = (
        "Club rejects coach story\n\n"
        "Marlow Town have been asked about a remark attributed to their coach.\n\n"
        "A Marlow Town spokeswoman denied that coach Tomas Reede had insulted the referee, "
        'insisting: "He definitely didn\'t say anything like that." '
        "The club will play Dunmore on Saturday.\n"
    )
    claims = analyze_text(text).claims
    insulted = next(c for c in claims if "insulted" in c.text)
    assert insulted.status == "denied"
    assert not [c for c in claims if "definitely" in c.text]


def test_a_bare_headline_is_stated_by_the_rumour_opening_the_lead(analyze_text) -> None:
    # the headline names the story; the lead's first statement relays it as a rumour with
    # nobody named: one central claim, held by that rumour, not an unattributed headline
    text = (
        "Lind poised for Northam\n\n"
        "Northam Rovers are set to unveil Oskar Lind as their new coach at a press "
        "conference on Friday.\n\n"
        "The former Eastport coach left his last club in May. "
        '"I am not going anywhere," Lind said at the time.\n'
    )
    claims = analyze_text(text).claims
    central = _central(claims)
    assert "unveil" in central.text
    assert central.attributions
    assert not [c for c in claims if c.text.startswith("Lind poised")]


def test_an_answer_with_no_content_neither_joins_by_name_nor_founds_a_claim(analyze_text) -> None:
    # "countered criticism" disputes no proposition the rumour about Kask states, and
    # "admitted everything is possible" states nothing: neither becomes a claim or an answer
    text = (
        "Coach quits Harbourside club\n\n"
        "Harbourside coach Lars Brenner resigned on Friday after eight games in charge.\n\n"
        "A newspaper had speculated that Brenner felt sidelined by chairman Ivo Kask. "
        "Kask countered criticism over the timing of the news. "
        'Brenner admitted "everything is possible" when asked about his next job.\n'
    )
    claims = analyze_text(text).claims
    sidelined = next(c for c in claims if "sidelined" in c.text)
    assert "contest" not in {a.attitude for a in sidelined.attributions}
    assert not [c for c in claims if c.text.lower().strip(" .\"'") in {"criticism"}]
    assert not [c for c in claims if "possible" in c.text.lower()]


def test_a_quotation_headed_by_its_own_denial_is_that_denial(analyze_text) -> None:
    # "We reject both charges as ..." answers the charges; it is no claim of its own
    text = (
        "Sprinter faces hearing\n\n"
        "Sprinter Ana Velos appeared before a panel in Dunmore on Monday.\n\n"
        "She faces charges of skipping two tests and hiding her address from testers. "
        'Her lawyer Piet Rhee said: "We reject both charges as baseless and unfair."\n'
    )
    claims = analyze_text(text).claims
    assert not [c for c in claims if "baseless" in c.text]
    charged = next(c for c in claims if "skipping" in c.text)
    assert ("Piet Rhee", "deny") in _sides(charged)


def test_a_denial_of_reports_of_something_answers_that_something(analyze_text) -> None:
    # "denied reports of a bust-up with Sand": a claim of its own (the bust-up), reported
    # and denied, not an answer to a later rumour about the same player
    text = (
        "Vik unsure of his place\n\n"
        "Kestrel City winger Tomas Vik does not know if he still has a future at the club.\n\n"
        "Vik denied reports of a bust-up with manager Ole Sand but says he is puzzled at being "
        "dropped. He also denied suggestions that he had walked out of training on Friday.\n"
    )
    claims = analyze_text(text).claims
    bust_up = next(c for c in claims if "bust-up" in c.text)
    assert ("Tomas Vik", "deny") in _sides(bust_up)
    assert bust_up.status == "denied"


def test_a_headline_denial_and_the_rumour_it_answers_are_one_claim(analyze_text) -> None:
    # the headline denies a rift; the first rumour in the body, about the denier and the
    # coach, is what it answers, in other words: one claim, denied
    text = (
        "Kask denies rift with Brenner\n\n"
        "Harbourside chairman Ivo Kask has denied that coach Lars Brenner quit because of a "
        "clash of personalities.\n\n"
        "A newspaper had speculated that Brenner felt sidelined by Kask's role at the club. "
        "Kask said the coach had left for family reasons.\n"
    )
    claims = analyze_text(text).claims
    central = _central(claims)
    assert "speculate" in {a.attitude for a in central.attributions}
    assert ("Ivo Kask", "deny") in _sides(central)
    assert central.status == "denied"
    assert len([c for c in claims if "sidelined" in c.text]) <= 1
