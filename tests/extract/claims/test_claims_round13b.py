"""Claims, round 13b (issue 9): claim texts that name their subject, and statuses that follow
from what kind of statement a record is; each on a text written here."""

from __future__ import annotations


def test_an_agentless_evidential_names_the_person_before(analyze_text):
    """ "He is believed to have raised his offer": nobody holds the report, and "he" is the
    person the sentence before has for its subject; the claim text names him. A description
    for that subject leaves "he" as written."""
    text = (
        "Bid for Harbour Mills\n\n"
        "Shares in Harbour Mills rose on Monday after a new approach.\n\n"
        "Tomas Verlaine, who owns a chain of hotels, hopes the board will back him. "
        "He is believed to have raised the cash element of the offer.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "cash element" in c.text)
    assert claim.text.startswith("Tomas Verlaine is believed")
    # a sentence before whose subject is a description ("the prime minister"): a name earlier
    # in it is not what "he" stands for
    text = (
        "Minister abroad\n\n"
        "It emerged that, while Olaf Brandt is in Peru, the prime minister is to give a speech. "
        "He is expected to repeat his call for lower taxes.\n"
    )
    analysis = analyze_text(text)
    claim = next((c for c in analysis.claims if "lower taxes" in c.text), None)
    assert claim is None or not claim.text.startswith("Olaf Brandt")


def test_an_agentless_evidential_names_the_body_a_description_stands_for(analyze_text):
    """ "The band is set to tour": the band the sentence before names, even where the entity
    table has no mention there."""
    text = (
        "Singer leaves group\n\n"
        "Blue Aviary have lost their drummer, the group said on Friday.\n\n"
        "Blue Aviary are working on a fourth album. "
        "The band is set to open for Ghostline at three autumn festivals.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "autumn festivals" in c.text)
    assert claim.text.startswith("Blue Aviary is set")


def test_a_modified_description_names_the_body(analyze_text):
    """ "claims that the media group deceived its lenders": a description with a modifier
    before its kind noun is the body named before, as "the firm" is."""
    text = (
        "Regulator fines Castellan\n\n"
        "Castellan and its former chief executive were each fined by the regulator last year. "
        "The penalty followed a two-year inquiry into claims that the media group deceived "
        "its lenders about its debts.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "deceived its lenders" in c.text)
    assert claim.text.startswith("Castellan")


def test_a_country_that_speaks_is_its_own_it(analyze_text):
    """ "Kalvania said it had no wish to X": a place that speaks is the party its "it"
    stands for, as an organisation is."""
    text = (
        "Aid offers after the floods\n\n"
        "Several countries have offered help to the region after the floods, including "
        "Kalvania.\n\nKalvania said it had no wish to join a freeze on repayments.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "freeze on repayments" in c.text)
    assert claim.text.startswith("Kalvania had no wish")


def test_a_forecast_of_things_in_general_is_speculation(analyze_text):
    """ "The institute said consumers would cut their spending": a prediction of what others
    will do is "speculate" (guidelines B), and a claim held only by it is unresolved; a
    party's word on the matter in hand ("the merger would go ahead") stays an assertion."""
    text = (
        "Institute gloomy on shops\n\n"
        "The Harwell Institute said on Monday that shoppers would cut their spending on "
        "furniture next spring.\n\n"
        "Dunmore Group said the merger would go ahead in June.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "cut their spending" in c.text)
    assert claim.status == "unresolved"
    assert [a.attitude for a in claim.attributions] == ["speculate"]
    merger = next(c for c in analysis.claims if "go ahead" in c.text)
    assert all(a.attitude != "speculate" for a in merger.attributions)


def test_a_headline_forecast_is_one_attribution(analyze_text):
    """ "Shoppers will spend less, institute tells retailers": the headline's verb read plainly
    and its words read as a prediction are one attribution, the prediction."""
    text = (
        "Shoppers will spend less, institute tells retailers\n\n"
        "The Harwell Institute published its survey on Monday.\n"
    )
    central = next(c for c in analyze_text(text).claims if c.central)
    assert [(a.source.name, a.attitude) for a in central.attributions] == [
        ("institute", "speculate")
    ]


def test_a_dummy_it_evidential_states_only_its_content(analyze_text):
    """ "It is thought that C": nobody holds the report, and the claim's text is C, not the
    frame around it."""
    text = (
        "Software maker widens range\n\n"
        "Quillon released two new tools on Tuesday. Although free at first, it is thought "
        "that before long Quillon will charge a fee for the cleaning tool.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "charge a fee" in c.text)
    assert not claim.text.lower().startswith("it is thought")
    assert "Quillon will charge a fee" in claim.text


def test_a_spokesman_for_a_body_is_never_it(analyze_text):
    """ "A spokeswoman for the Corvish embassy said it had been told nothing": "it" is not the
    spokeswoman, whatever the body she speaks for is called."""
    text = (
        "Ferry route to reopen\n\n"
        "The ferry route to Madeira will reopen in May.\n\n"
        "A spokeswoman for the Corvish embassy in Lisbon said it had been told nothing "
        "of any such plan.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "such plan" in c.text)
    assert not claim.text.lower().startswith("a spokeswoman")
