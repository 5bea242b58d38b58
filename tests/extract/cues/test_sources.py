"""Who holds what a cue attributes (claimtrail/extract/cues/sources.py), on sentences written
here: the grammatical source of a reporting verb."""

from __future__ import annotations

import pytest

from claimtrail.extract.cues.sources import quotes_as_saying, subject_of


@pytest.fixture(scope="module")
def parse(analyzer):
    return analyzer.nlp


def _source(nlp, text: str, verb: str) -> str | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    subject = subject_of(token)
    return None if subject is None else subject.text


@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        ("The minister said the plan would fail.", "said", "minister"),
        ("The plan was criticised by the regulator.", "criticised", "regulator"),
        ("Analysts who said the deal would close were wrong.", "said", "who"),
        ("The mayor spoke on Monday, adding that taxes would rise.", "adding", "mayor"),
        ("The senator began by saying the bill was dead.", "saying", "senator"),
    ],
)
def test_the_source_of_a_reporting_verb(parse, text: str, verb: str, source: str) -> None:
    assert _source(parse, text, verb) == source


def test_quoted_as_saying_names_the_person_quoted_not_the_paper(parse) -> None:
    doc = parse("The newspaper quoted Smith as saying the firm would close.")
    quoted = next(t for t in doc if t.text == "quoted")
    assert quotes_as_saying(quoted)
    saying = next(t for t in doc if t.text == "saying")
    subject = subject_of(saying)
    assert subject is not None and subject.text == "Smith"


def test_an_adjectival_clause_hangs_on_the_verb_that_governs_its_noun(parse) -> None:
    # "issued a statement saying C": the company says C, through the statement
    doc = parse("The company issued a statement saying the plant would stay open.")
    saying = next(t for t in doc if t.text == "saying")
    subject = subject_of(saying)
    assert subject is not None and subject.text == "company"


def test_a_verb_with_no_subject_or_governor_has_no_source(parse) -> None:
    doc = parse("Reported: the plant will close.")
    verb = next(t for t in doc if t.text == "Reported")
    assert subject_of(verb) is None


@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        # the parser makes the object the participle's subject; the caller speaks
        ("The mayor then phoned Mr Jones pointing out the error.", "pointing", "mayor"),
        (
            "The mayor then phoned Mr Jones pointing out the error, but suggesting the council "
            "would pay.",
            "suggesting",
            "mayor",
        ),
        # perceiving and quoting verbs keep their object as the one speaking
        ("Police heard the man saying he would return.", "saying", "man"),
    ],
)
def test_a_bare_participle_after_an_object_is_the_main_subjects(
    parse, text: str, verb: str, source: str
) -> None:
    assert _source(parse, text, verb) == source


def test_a_subjectless_verb_after_a_sentence_opening_and_shares_the_last_subject(parse) -> None:
    text = 'Ms Lee insisted: "We have a good record." And continued: "We can be proud of it."'
    assert _source(parse, text, "continued") == "Lee"


def test_a_main_verb_without_subject_takes_the_name_right_before_it(parse) -> None:
    # the parser hangs "Mr Brown" on "with"; the speaker is still Mr Brown
    text = "On top of the relief deal with Tanzania Mr Brown said the UK would make similar offers."
    assert _source(parse, text, "said") == "Brown"


def test_a_person_phrase_opened_by_but_before_a_joined_verb_is_its_subject(parse) -> None:
    text = (
        "Customs officials claimed Mr Lane was one of the gang's leaders but his lawyer, Ann "
        "Webb, told the BBC it was a laughable suggestion."
    )
    assert _source(parse, text, "told") == "lawyer"


def test_an_opening_participle_parsed_as_subject_gives_way_to_the_name_before_the_verb(
    parse,
) -> None:
    # the parser makes "Writing" the subject and hangs "Mr Kemble" on "in"
    text = 'Writing in Harrogate Mr Kemble said: "People want a credible party."'
    assert _source(parse, text, "said") == "Kemble"
