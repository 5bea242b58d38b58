"""Descriptions of a body resolved to the named body whose kind fits (texts written here):
"a spokesman for the chain", "the firm's chief executive", "the regulator", "the singer's
spokeswoman", also where the NER missed the body's name."""

from __future__ import annotations


def speaker_of(analysis, fragment: str):
    quote = next(q for q in analysis.quotes if fragment in q.text)
    return quote.speaker


def test_a_spokesman_for_a_kind_of_business_beyond_the_org_nouns(analyze_text):
    text = (
        "Profits\n\nHousebuilder Marwick Homes has reported record profits. A spokesman for the "
        "housebuilder said demand remained strong.\n"
    )
    assert "Marwick" in speaker_of(analyze_text(text), "demand remained").name


def test_a_body_the_ner_missed_is_the_subject_named_before(analyze_text):
    text = (
        "Stores\n\nWoolworths has closed 20 stores. A spokesman for the chain said the shops "
        "were losing money.\n"
    )
    assert speaker_of(analyze_text(text), "losing money").name == "a spokesman for Woolworths"


def test_a_person_is_no_untagged_body(analyze_text):
    text = (
        "Stores\n\nMr Quorley has closed 20 stores. A spokesman for the chain said the shops "
        "were losing money.\n"
    )
    assert "Quorley" not in speaker_of(analyze_text(text), "losing money").name


def test_a_title_owned_by_the_firm_names_the_firm(analyze_text):
    text = (
        "Steel cuts\n\nCorus is to shed 500 jobs at its plant in Wales. The firm's chief "
        "executive said the cuts were painful but needed.\n"
    )
    speaker = speaker_of(analyze_text(text), "painful")
    assert speaker.name == "chief executive of Corus"
    assert speaker.role == "chief executive"


def test_a_title_owned_by_the_firm_is_the_person_with_that_title(analyze_text):
    text = (
        "Steel cuts\n\nCorus is to shed 500 jobs, chief executive Philippe Varin announced. "
        "Unions were angry. The firm's chief executive said the cuts were painful but needed.\n"
    )
    assert speaker_of(analyze_text(text), "painful").name == "Philippe Varin"


def test_the_regulator_is_the_regulator_named_before(analyze_text):
    text = (
        "Telecom\n\nOfcom has ordered BT to open its network to rivals. The regulator said "
        "competition would benefit consumers.\n"
    )
    assert speaker_of(analyze_text(text), "benefit consumers").name == "Ofcom"


def test_the_regulator_is_not_the_company_it_fines(analyze_text):
    text = (
        "Rail\n\nNetwork Rail has been fined £3m after the crash. The regulator said the "
        "company had failed to manage its track.\n"
    )
    assert speaker_of(analyze_text(text), "failed to manage").name != "Network Rail"


def test_the_stars_spokeswoman_speaks_for_the_star_in_view(analyze_text):
    text = (
        "Tour off\n\nThe pop star Kylie Minogue has cancelled her tour, her label said. Fans "
        "were upset. The singer's spokeswoman said she needed rest.\n"
    )
    assert speaker_of(analyze_text(text), "needed rest").name == "a spokeswoman for Kylie Minogue"


def test_an_office_owning_a_spokesman_is_no_person_in_view(analyze_text):
    text = (
        "Row\n\nMr Hale criticised the council on Monday. The prime minister's spokesman was "
        'cautious. The spokesman said: "That is a matter for the council."\n'
    )
    assert "Hale" not in speaker_of(analyze_text(text), "matter for the council").name
