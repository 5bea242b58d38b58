"""Speakers on web pages from other outlets (US and UK web news, tabloids, blogs): classes of
error seen on FNC-1 training bodies, each on a text written here.

A speaker is a person, organisation or group, never a place or a product; a description
resolves to the body or person whose kind fits; a shared surname to the bearer its honorific
fits.
"""

from __future__ import annotations


def speaker_of(analysis, fragment: str):
    quote = next(q for q in analysis.quotes if fragment in q.text)
    return quote.speaker


def test_a_maker_is_not_its_product(analyze_text):
    text = (
        "Phones\nLumora unveiled the Lumora Phone Pro in Berlin on Tuesday. Critics expect "
        "strong sales of the Lumora Phone Pro.\n\nLumora revealed that it would sell three "
        "models next spring. Lumora previously stated that the battery lasts two days.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "three models").name == "Lumora"
    assert speaker_of(analysis, "two days").name == "Lumora"


def test_a_place_that_owns_or_houses_the_speaker_is_not_the_speaker(analyze_text):
    analysis = analyze_text(
        "Army\nThe Ghanaian government is widening its campaign against smugglers in the "
        "east, Ghana's interior ministry said on Friday.\n"
    )
    assert speaker_of(analysis, "widening its campaign").name != "Ghana"
    analysis = analyze_text(
        "Convent\nThe Mother Superior of the abbey of St. Hilda of San Marino explained that "
        "the sister was not from her order.\n"
    )
    assert speaker_of(analysis, "not from her order").name != "San Marino"


def test_a_name_after_a_title_opened_by_a_country(analyze_text):
    text = (
        "Manhunt\nThe convict had been hiding in the hills for a month, said retired Chief "
        "Deputy US Marshall Simon Rain.\n"
    )
    assert speaker_of(analyze_text(text), "hiding in the hills").name == "Simon Rain"


def test_the_honorific_picks_the_bearer_of_a_shared_surname(analyze_text):
    text = (
        "Visit\nFidel Ortega met the bishop on Sunday. His sister Marisol Ortega, who lives in "
        'Madrid, criticised the visit. "He has not changed," Ms. Ortega said. Mr. Ortega said '
        "the talks were friendly.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "not changed").name == "Marisol Ortega"
    assert speaker_of(analysis, "talks were friendly").name == "Fidel Ortega"


def test_an_unnamed_official_is_not_whom_the_report_is_about(analyze_text):
    text = (
        "Intruder\nThe woman who climbed the palace fence reached the ballroom before she was "
        "stopped, a security official confirmed on Tuesday to WBN News.\n\nLinda Marsh, 35, of "
        "Ohio, had a rope with her. She got to the ballroom, according to the official.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "reached the ballroom").name == "a security official"
    assert speaker_of(analysis, "got to the ballroom").name == "a security official"


def test_a_description_is_not_the_last_speaker_of_another_trade(analyze_text):
    text = (
        'Hero\nGuard Neil Barrow disarmed the gunman in the lobby. "Somebody give that man a '
        'medal," said radio reporter Tessa Quill.\n\nIn a statement, the modest officer said '
        "he was grateful for the support.\n"
    )
    assert speaker_of(analyze_text(text), "grateful for the support").name == "Neil Barrow"


def test_a_word_inside_quotes_is_no_body_for_a_description(analyze_text):
    text = (
        'Snacks\nKrunchos has launched a pumpkin crisp. "Even NASA would love this one," '
        "Krunchos wrote on its page. The company said the crisp would be on sale in October.\n"
    )
    assert speaker_of(analyze_text(text), "on sale in October").name == "Krunchos"


def test_a_broadcaster_or_media_company_the_ner_calls_a_person_is_an_organisation():
    import spacy

    from claimtrail.extract.speakers.entities import Mention, _entity_type

    doc = spacy.blank("en")("Orbit Media and Kestrel News")
    for name in ("Orbit Media", "Kestrel News"):
        assert _entity_type([Mention(0, len(name), name, "PERSON")], doc) == "organization"
    assert _entity_type([Mention(0, 10, "Jane Press", "PERSON")], doc) == "person"


def test_he_is_not_a_woman_named_as_his_wife(analyze_text):
    text = (
        "Voicemail\nThe pensioner kept a message from his late wife, Ruth, on his phone for 14 "
        'years. "I never changed companies," he told Radio Kent.\n'
    )
    assert speaker_of(analyze_text(text), "never changed").name != "Ruth"
