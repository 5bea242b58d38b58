from claimtrail.extract.quotes.reactions import find_colon_lines, parse_head


def test_name_role_place():
    profile, (s, e) = parse_head("Michael Rodriguez, Auto Industry Analyst (Detroit)")
    assert (profile.name, profile.role, profile.location) == (
        "Michael Rodriguez",
        "Auto Industry Analyst",
        "Detroit",
    )
    assert "Michael Rodriguez, Auto Industry Analyst (Detroit)"[s:e] == "Michael Rodriguez"


def test_title_party_and_channel():
    profile, _ = parse_head("Senator James P. Kellner (R), via social media")
    assert (profile.name, profile.role, profile.party, profile.channel) == (
        "James P. Kellner",
        "Senator",
        "R",
        "social media",
    )


def test_role_of_organisation():
    profile, _ = parse_head("Jane Doe, CEO of Acme Corp")
    assert (profile.role, profile.organization) == ("CEO", "Acme Corp")


def test_a_sentence_is_not_a_head():
    assert parse_head("the company said in a statement on Monday that") is None


def test_a_head_ending_in_a_reporting_verb_is_a_sentence():
    # "Earlier" is no name and "Mr Reed said" no role: the line is an ordinary attribution
    assert parse_head("Earlier, Mr Reed said") is None
    assert parse_head("On Monday, the minister added") is None


def test_colon_line_attributes_the_rest_of_the_line():
    text = "Trump: Cruz Has To Come a Long Way on Ethanol\nBody text here."
    [cand] = list(find_colon_lines(text))
    assert text[cand.source[0] : cand.source[1]] == "Trump"
    assert text[cand.start : cand.end] == "Cruz Has To Come a Long Way on Ethanol"


def test_section_labels_and_times_are_not_sources():
    assert list(find_colon_lines("Note: this is a correction\n7 p.m.: polls close")) == []


def test_lexicon_attitudes_are_the_eight_of_the_schema():
    from typing import get_args

    from claimtrail.models import Attitude
    from claimtrail.vocabulary.lexicon import NEGATED_ATTITUDE, REPORTING_NOUNS, REPORTING_VERBS

    allowed = set(get_args(Attitude))
    used = (
        set(REPORTING_VERBS.values())
        | set(REPORTING_NOUNS.values())
        | set(NEGATED_ATTITUDE.values())
    )
    assert used <= allowed


def test_a_sentence_ending_in_its_verb_is_no_reaction_head():
    # "in Harrogate Mr Kemble said" looks like a channel ("in …"); the head is still a sentence
    assert parse_head("Speaking in Harrogate Mr Kemble said") is None
