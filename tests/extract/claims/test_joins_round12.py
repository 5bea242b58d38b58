"""Round 12 on joining records into claims and the status that follows: an answer and a
further statement read from one quote under one cue. All texts are written for the tests."""

from __future__ import annotations

import pytest


def _by_text(result, words: str):
    return [c for c in result.claims if words in c.text]


def test_an_answer_read_with_a_second_statement_of_its_quote_stays_with_the_headline(
    analyze_text,
) -> None:
    text = (
        "Singer Dax Morrow sued over 'assault'\n\n"
        "US singer Dax Morrow has been sued for $4m by a stage manager who claimed he attacked "
        "her after a concert in Pellridge. The singer's spokesman said the allegations were "
        '"untrue" and the woman was "trying to extract money from a famous name". '
        "The concert promoter has not commented.\n"
    )
    result = analyze_text(text)
    head = next(c for c in result.claims if c.central)
    found = {(a.source.name, a.attitude) for a in head.attributions}
    assert any(attitude == "deny" for _, attitude in found), found


def _central(result):
    return next(c for c in result.claims if c.central)


def test_a_party_stating_a_reported_deal_of_itself_as_it_confirms_it(analyze_text) -> None:
    text = (
        "Norvale in talks to buy Brisco\n\n"
        "Engineering group Norvale is in talks to buy rival Brisco for £80m, according to "
        "reports.\n\n"
        "Norvale said on Monday it was in talks with Brisco about a possible offer.\n\n"
        "Brisco shares rose 5% on Monday.\n"
    )
    head = _central(analyze_text(text))
    assert ("Norvale", "confirm") in {(a.source.name, a.attitude) for a in head.attributions}
    assert head.status == "confirmed"


def test_a_spokesman_calling_the_party_the_company_confirms_the_report(analyze_text) -> None:
    text = (
        "Norvale in talks to buy Brisco\n\n"
        "Engineering group Norvale is in talks to buy rival Brisco for £80m, the Sunday "
        "Gazette reported.\n\n"
        "A spokesman for Norvale said the company was in talks with Brisco about a possible "
        "offer.\n\n"
        "Brisco shares rose 5% on Monday.\n"
    )
    head = _central(analyze_text(text))
    assert head.status == "confirmed"
    # another party calling it "the company" confirms nothing
    text = (
        "Norvale in talks to buy Brisco\n\n"
        "Engineering group Norvale is in talks to buy rival Brisco for £80m, according to "
        "reports.\n\n"
        "Union leader Ada Quill said the company was in talks with Brisco about a possible "
        "offer.\n\n"
        "Brisco shares rose 5% on Monday.\n"
    )
    head = _central(analyze_text(text))
    assert head.status != "confirmed"


@pytest.mark.xfail(
    strict=True,
    reason="joined, but since the records round's topic texts the claim reads 'X's death', "
    "not the fan site's statement: the text choice of a seeded topic claim is open",
)
def test_a_rumour_naming_the_event_by_its_noun_joins_the_statement_of_it(analyze_text) -> None:
    text = (
        "Singer Lena Varga in hospital\n\n"
        "Rumours of Lena Varga's death spread quickly on social media on Tuesday.\n\n"
        "A fan site said Lena Varga died in a car crash near Pellridge on Monday night.\n\n"
        "Her latest album was released in March.\n"
    )
    claims = _by_text(analyze_text(text), "Lena Varga died")
    assert len(claims) == 1
    attitudes = {a.attitude for a in claims[0].attributions}
    assert "speculate" in attitudes and len(attitudes) == 2


def test_alive_and_well_denies_a_report_that_the_party_was_found_dead(analyze_text) -> None:
    text = (
        "Gossip site story on actor\n\n"
        "Actor Tom Brill had been found dead at a friend's flat near Pellridge, a celebrity "
        "gossip website reported.\n\n"
        "The story spread quickly on social media.\n\n"
        "A spokesman for Tom Brill said on Saturday that the actor was alive and well.\n"
    )
    claims = _by_text(analyze_text(text), "found dead")
    assert len(claims) == 1
    found = {(a.source.name, a.attitude) for a in claims[0].attributions}
    assert ("a spokesman for Tom Brill", "deny") in found
    assert claims[0].status == "denied"


def test_an_outlets_relay_of_a_nested_attribution_is_one_claim_with_it(analyze_text) -> None:
    text = (
        "Police name suspect in Pellridge raid\n\n"
        "Detectives have named a suspect in the Pellridge jewellery raid.\n\n"
        'The Evening Gazette reported that a "senior detective" also confirmed that Ivo '
        "Markel is believed to be the raid's organiser.\n\n"
        "The shop reopened on Monday.\n"
    )
    claims = _by_text(analyze_text(text), "Ivo Markel")
    assert len(claims) == 1
    assert claims[0].text.startswith("Ivo Markel")


def test_one_cue_read_twice_with_two_name_forms_is_one_attribution(analyze_text) -> None:
    text = (
        "A farmer who thought he had lost his prize ram for good has found it on a hill near "
        "Pellridge.\n\n"
        'Tom Ashby, 70, said he was overjoyed. "I never gave up hope," he said.\n'
    )
    head = _central(analyze_text(text))
    thought = [a for a in head.attributions if a.cue is not None and a.cue.text == "thought"]
    assert len(thought) == 1
    assert thought[0].quote_id is not None
