"""Speakers on web news pages, round 12 (issue 10, voices): classes of error seen on FNC-1
training bodies, each on a text written here.

A published piece of reporting speaks for the outlet that published it, however the article
names it again ("the article", "the story").
"""

from __future__ import annotations


def speaker_of(analysis, fragment: str):
    quote = next(q for q in analysis.quotes if fragment in q.text)
    return quote.speaker


def test_an_article_named_again_speaks_for_its_outlet(analyze_text):
    text = (
        "Spy\nThe masked courier has been unmasked.\n\nA long Daily Clarion article claims the "
        "courier is Tobin Marsh, a chemist from Leeford. The article claims Marsh left the city "
        "in 2011. According to the story, he later moved to Vantra.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "is Tobin Marsh").name == "Daily Clarion"
    assert speaker_of(analysis, "left the city").name == "Daily Clarion"
    assert speaker_of(analysis, "later moved").name == "Daily Clarion"


def test_a_report_speaks_for_the_outlet_that_published_it(analyze_text):
    text = (
        "Singer\nThe singer has left the band.\n\nShe sang in a similar voice to the lead, "
        "according to a long report that was published in the Morning Clarion.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "similar voice").name == "Morning Clarion"
    text = (
        "Hoax\nA hoax spread online.\n\nThe report was published by Zandor.com last month. "
        "According to the story, the moon would go dark for a week.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "go dark").name == "Zandor.com"


def test_the_name_before_a_long_apposition_is_the_speaker(analyze_text):
    text = (
        "Tape\nLena Dorsett, a Texas-based lawyer for the unnamed man who unwittingly filmed "
        "the crash while video-chatting with a cousin, claimed on Channel 9 that the tape "
        "shows a pause.\n"
    )
    assert speaker_of(analyze_text(text), "shows a pause").name == "Lena Dorsett"


def test_a_name_without_an_opening_adjective(analyze_text):
    text = (
        "Diner\nA woman spent a week in a diner.\n\nDepressed Mei Lin Zhao, 26, from Harbin, "
        'decided she needed comfort food. She said: "I was miserable for days."\n'
    )
    assert speaker_of(analyze_text(text), "miserable for days").name == "Mei Lin Zhao"


def test_a_name_without_its_possessive_owner(analyze_text):
    text = (
        "War\nTwo pilots were killed.\n\nIn response, Valdoria’s King Kareem vowed to step up "
        'the fight, saying the attack was "a crime".\n'
    )
    name = speaker_of(analyze_text(text), "a crime").name
    assert "Valdoria" not in name and name.endswith("Kareem")


def test_a_surname_is_the_person_not_the_family(analyze_text):
    text = (
        "Aid\nAn aid worker is missing.\n\nDora Velt, 26, went to the border in 2012. Velt "
        "had worked for charities in Peru. Velt was keen to help, according to the Velt "
        'family spokesperson.\n\n"I cannot stand by while people go hungry," Velt said in '
        "2013.\n"
    )
    assert speaker_of(analyze_text(text), "people go hungry").name == "Dora Velt"


def test_a_pronoun_in_fronted_words_does_not_tell_the_speakers_gender(analyze_text):
    text = (
        "Guard\nA guard is being hailed a hero.\n\nAs an officer, Brent Tovey guarded Prince "
        'Edmund on his visits to Lakeford.\n\n"Despite the pressure, Tovey was always calm," '
        "said Lakeford Gazette editor Maren Holt, who was a reporter at the time.\n\nHe "
        'treated every case with the same care, big and small, said Holt.\n\n"That was '
        'vital in a small town," she said.\n'
    )
    assert speaker_of(analyze_text(text), "vital in a small town").name == "Maren Holt"


def test_an_outlet_named_after_a_place_is_not_the_place(analyze_text):
    for outlet in ("Denver Reporter", "Hollywood Reporter"):
        text = (
            "Film\nThe studio wants a new star.\n\nThe director had been in talks to join, but "
            f"as The {outlet} revealed last spring, she walked away over money.\n"
        )
        assert speaker_of(analyze_text(text), "in talks to join").name == outlet


def test_the_kind_noun_is_the_body_whose_name_holds_it(analyze_text):
    text = (
        "Jets\nRebels are training pilots.\n\nRebels have flown three jets near Tarvik, said "
        "Omar Selim, who heads the London-based Syrian Observatory for Civil Liberties. The "
        "Harlan Defence "
        "Command said it had seen no such flights.\n\nWitnesses saw the jets fly low for ten "
        "minutes, the observatory said.\n"
    )
    speaker = speaker_of(analyze_text(text), "fly low")
    assert speaker.name == "Syrian Observatory for Civil Liberties"


def test_an_unnamed_body_keeps_the_participle_that_describes_it(analyze_text):
    text = (
        "Jets\nRebels have seized three jets.\n\nRebel pilots are training recruits to fly the "
        "jets, according to a group monitoring the fighting in Harlan.\n"
    )
    name = speaker_of(analyze_text(text), "training recruits").name
    assert name == "a group monitoring the fighting in Harlan"


def test_that_source_is_the_unnamed_source_again(analyze_text):
    text = (
        'Truce\nA truce has been agreed.\n\n"Both sides seem serious about it," a defence '
        "source told the Harlan Courier.\n\nThat source said, however, that some rebel units "
        "would ignore the truce.\n"
    )
    assert speaker_of(analyze_text(text), "ignore the truce").name == "a defence source"


def test_sources_named_by_a_nationality_in_a_relative_clause(analyze_text):
    text = (
        "Fighter\nA volunteer is safe.\n\nSeveral outlets later doubted the claims, citing "
        "French officials, who said that the volunteer was far from the town.\n"
    )
    assert speaker_of(analyze_text(text), "far from the town").name == "French officials"


def test_a_name_after_an_age_and_from_is_a_home_not_a_speaker(analyze_text):
    text = (
        "Fighter\nA man has returned from the war.\n\nOmar Haddad, 36, from Tarvik said that "
        "the rebels had tricked a widow. She had trusted the fighters at first.\n"
    )
    analysis = analyze_text(text)
    assert {e.name: e.type for e in analysis.entities}["Tarvik"] == "place"


def test_a_report_published_in_a_month_has_no_outlet_named(analyze_text):
    text = (
        "Laptop\nA new laptop is coming.\n\nA report published in August said production "
        "would start in July. The report added that the date had slipped twice.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "slipped twice").name != "August"


def test_a_person_described_then_known_by_a_name(analyze_text):
    text = (
        "Runner\nA British nurse has said she quit the marathon because the heat was "
        '"unbearable."\n\nThe nurse, who is known simply as Lana, said the organisers had '
        "ignored the forecast. She wrote that the race should have been moved.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "ignored the forecast").name == "Lana"
    assert speaker_of(analysis, "heat was").name == "Lana"


def test_one_of_someones_sources_is_not_the_owner(analyze_text):
    text = (
        "Border\nA senator made a claim.\n\nSenator Ada Quill said ten smugglers had been "
        "caught. One of Quill's sources later changed the story, saying that the men may have "
        "been farm workers.\n"
    )
    speaker = speaker_of(analyze_text(text), "farm workers")
    assert speaker.name != "Ada Quill" and "sources" in speaker.name


def test_a_hyphenated_award_modifier_leaves_the_title(analyze_text) -> None:
    # "Oscar-winning actor X": the award name is left out of the role, and so is its "-winning"
    text = "Star returns\n\nOscar-winning actor Sam Reid said he was delighted.\n"
    quote = analyze_text(text).quotes[0]
    assert quote.speaker.name == "Sam Reid"
    assert quote.speaker.role == "actor"
