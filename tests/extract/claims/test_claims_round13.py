"""Claims, round 13 (issue 9): classes of error seen on written probes, each on a text
written here."""

from __future__ import annotations


def test_a_titled_person_is_never_they(analyze_text):
    """ "Union leader Jan Pesh": an organisation noun in a person's title does not make the
    person an organisation that "they" could stand for."""
    text = (
        "Plant to close\n\nThe firm will close its plant in Derby.\n\n"
        "Union leader Jan Pesh said they had been betrayed by the management.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "betrayed" in c.text)
    assert not claim.text.startswith("Jan Pesh")


def test_a_description_of_another_kind_than_the_speaker_is_not_the_speaker(analyze_text):
    """ "The regulator said the bank had broken its rules": the bank is not the regulator; it
    is the body named before whose name holds the noun."""
    text = (
        "Regulator attacks bank\n\nThe Financial Conduct Office has accused Norland Bank of "
        "overcharging customers.\n\nThe regulator said the bank had broken its rules on at "
        "least 40,000 accounts.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "broken its rules" in c.text)
    assert claim.text.startswith("Norland Bank had broken")


def test_another_figure_for_the_same_count_contests_the_claim(analyze_text):
    text = (
        "Factory to close\n\nPlans to close the Derby factory will cost 900 jobs, the GMB "
        "union has warned.\n\nThe company, Hallam Motors, said the closure would cost no more "
        "than 400 jobs and that most staff would be offered work elsewhere.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "900 jobs" in c.text)
    assert ("Hallam Motors", "contest") in [(a.source.name, a.attitude) for a in claim.attributions]
    assert claim.status == "contested"


def test_rejecting_the_findings_answers_the_finding(analyze_text):
    text = (
        "Regulator attacks bank\n\nThe watchdog said on Monday that Norland Bank had broken "
        "its rules on at least 40,000 accounts.\n\nNorland rejected the findings, saying its "
        "charges were fair.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "broken its rules" in c.text)
    assert "Norland Bank" in [a.source.name for a in claim.attributions if a.attitude == "deny"]


def test_a_claim_denied_in_the_next_sentence_by_its_noun(analyze_text):
    """ "The GMB union had claimed that C. Carrow had denied the claim": the union so named
    (not the company in view) claims, and the denial answers its claim."""
    text = (
        "Pay row\n\nA tribunal will rule on pay at Carrow Foods next week.\n\n"
        "The GMB union had claimed that female packers were paid £2 an hour less than men "
        "doing similar work. Carrow had denied the claim, saying pay reflected different "
        "duties.\n"
    )
    analysis = analyze_text(text)
    quote = next(q for q in analysis.quotes if "female packers" in q.text)
    assert quote.speaker.name == "GMB union"
    claim = next(c for c in analysis.claims if "Female packers" in c.text)
    assert ("Carrow Foods", "deny") in [(a.source.name, a.attitude) for a in claim.attributions]
    assert claim.status == "contested"


def test_a_headline_speaker_named_by_a_description_is_the_body_party(analyze_text):
    text = (
        "Brewer confirms bid talks\n\nBrewing giant Halvard has confirmed that it is in talks "
        "to buy rival Kestrel Ales, following weeks of speculation.\n"
    )
    claim = analyze_text(text).claims[0]
    assert [(a.source.name, a.attitude) for a in claim.attributions] == [("Halvard", "confirm")]
    text = (
        "Star denies split rumours\n\nSinger Mara Vell has denied reports that she has split "
        "from her husband, the actor Tom Rake.\n"
    )
    claim = analyze_text(text).claims[0]
    assert "Star" not in [a.source.name for a in claim.attributions]
    assert ("Mara Vell", "deny") in [(a.source.name, a.attitude) for a in claim.attributions]


def test_a_description_of_another_origin_is_not_the_speaker(analyze_text):
    """A German lender that speaks of "the Polish steel giant" speaks of another body."""
    text = (
        "Lender fights steel filing\n\nGerman lender Hallberg Bank is opposing a bid by Stalko "
        "for court protection in Ohio.\n\nIn papers lodged with the court, Hallberg Bank said "
        "the Polish steel giant had almost no business in Ohio.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "no business in Ohio" in c.text)
    assert not claim.text.startswith("Hallberg")
