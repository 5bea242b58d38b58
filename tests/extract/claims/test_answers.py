"""Answer forms and holders (issue 9), each on a text written for it: phrasal answers ("played
down", "hit back at", "brushed aside", "waved away"), pleas, official findings and rulings, a
party clearing itself or calling claims false or nonsense, a party modifier holding a claim,
and "rule" that is not "rule out"."""

from __future__ import annotations

from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Want:
    """An attribution the claim must have: its attitude, and where given the source's exact
    name, a part of the source's name, or the cue's text."""

    attitude: str
    source: str | None = None
    source_part: str | None = None
    cue: str | None = None

    def met_by(self, a) -> bool:
        return (
            a.attitude == self.attitude
            and (self.source is None or a.source.name == self.source)
            and (self.source_part is None or self.source_part in a.source.name)
            and (self.cue is None or a.cue.text == self.cue)
        )


@dataclass(frozen=True)
class Case:
    text: str
    words: str | None  # the claim whose text holds these words; None: every claim
    wants: tuple[Want, ...] = ()
    never: tuple[str, ...] = ()  # attitudes none of the claim's attributions may have
    status: str | None = None


CASES = {
    "played down claims contests them": Case(
        "Airline rescue talk\n"
        "Newspapers claimed that the Brazilian government could step in to save Varig. "
        "The government has played down claims that it could step in to save the airline.\n",
        "step in",
        (Want("contest"),),
        status="contested",
    ),
    "hit back at claims contests them": Case(
        "Minister row\n"
        "Labour claims that Mr Hale had used his wife as a human shield were made on Monday. "
        'Mr Hale hit back at Labour claims he had used his wife as a "human shield".\n',
        "human shield",
        (Want("contest", source_part="Hale"),),
    ),
    "played down the fears resolves the company": Case(
        "Carmaker plays down job fears\n"
        "Unions fear that Morven Motors will cut 2,000 jobs at its Leeds plant. "
        "The company played down the fears, saying no decision had been taken.\n",
        "2,000 jobs",
        (Want("contest", "Morven Motors"),),
    ),
    "brushed aside the allegations denies them": Case(
        "Bank row\n"
        "The Daily Star said that Northbank had lost the savings of 2,000 customers. "
        "The bank brushed aside the allegations.\n",
        "savings of 2,000 customers",
        (Want("deny", cue="brushed"),),
        status="denied",
    ),
    "waved away the allegations denies them": Case(
        "Mine row\n"
        "Campaigners said that the Dunmore mine had poisoned the river. "
        "The company waved away the allegations.\n",
        "poisoned the river",
        (Want("deny", "The company"),),
    ),
    "a not-guilty plea denies the charges": Case(
        "Banker in court\n"
        "Former Halden chief Tom Reed faces charges of fraud over the collapse of the bank. "
        "Mr Reed pleaded not guilty at Southwark Crown Court on Monday.\n",
        "charges of fraud",
        (Want("deny", "Tom Reed"),),
        status="denied",
    ),
    "a not-guilty plea to the charges denies the allegation": Case(
        "Fraud trial\n"
        "Prosecutors alleged that Mark Hollis stole 40,000 pounds from the charity. "
        "Mr Hollis pleaded not guilty to the charges.\n",
        "stole 40,000 pounds",
        (Want("deny", "Mark Hollis"),),
        never=("confirm",),
    ),
    "a guilty plea confirms the allegation": Case(
        "Fraud trial\n"
        "Prosecutors alleged that Mark Hollis stole 40,000 pounds from the charity. "
        "Mr Hollis pleaded guilty to the charges.\n",
        "stole 40,000 pounds",
        (Want("confirm", "Mark Hollis"),),
        never=("deny",),
        status="confirmed",
    ),
    "a witness's guilty plea confirms no claim about another": Case(
        "Banker denies bank fraud\n"
        "Former Halden chief Tom Reed has denied claims that he knew staff were hiding losses "
        "at the bank. The prosecution's star witness is former finance chief Jim Carter. "
        "Mr Carter has pleaded guilty to fraud and is a witness for the prosecution.\n",
        "hiding losses",
        never=("confirm",),
        status="denied",
    ),
    "a jury's ruling confirms an allegation": Case(
        "Jury verdict\n"
        "Prosecutors alleged that Lord Ellis lied during a libel trial in 1987. "
        "A jury ruled that Lord Ellis lied during the trial.\n",
        "lied",
        (Want("confirm"),),
        never=("deny",),
        status="confirmed",
    ),
    "a judge's ruling for a claim confirms it": Case(
        "Council loses\n"
        "Residents claimed that the council had broken planning law. The judge ruled that the "
        "council had broken planning law when it approved the tower.\n",
        "broken planning law",
        (Want("confirm", "The judge"),),
        status="confirmed",
    ),
    "an inquiry's finding against a claim denies it": Case(
        "Inquiry clears police\n"
        "Campaigners claimed that police had destroyed evidence in the case. "
        "An independent inquiry found that officers had not destroyed any evidence.\n",
        "destroyed evidence",
        (Want("deny", source_part="inquiry"),),
    ),
    "a court-rules headline is no denial": Case(
        "Court rules against council\n"
        "Residents alleged that the council had broken planning law. "
        "On Tuesday the High Court ruled that the council had acted unlawfully.\n",
        None,
        never=("deny",),
    ),
    "ruling on an appeal is no denial": Case(
        "Appeal date\nThe minister said that he would rule on the appeal next week.\n",
        None,
        never=("deny",),
    ),
    "calling the claims totally false denies them": Case(
        "Fees row\n"
        "The Daily Star said that Northbank had hidden fees from customers. "
        'Northbank called the claims "totally false".\n',
        "hidden fees",
        (Want("deny", "Northbank"),),
        status="denied",
    ),
    "describing the reports as nonsense denies them": Case(
        "Fees row\n"
        "The Daily Star said that Northbank had hidden fees from customers. "
        'A spokesman for Northbank described the reports as "complete nonsense".\n',
        "hidden fees",
        (Want("deny"),),
    ),
    "a spokesman clearing the accused denies": Case(
        "Opposition claims rejected\n"
        "Opposition claims that the minister misled parliament over the arms deal have been "
        "rejected by Downing Street. A spokesman said the minister had done nothing wrong.\n",
        "misled parliament",
        (Want("deny"), Want("allege", "Opposition")),
    ),
    "a party modifier holds the claims": Case(
        "Tory claims dismissed\n"
        "Conservative claims that the NHS waiting lists had doubled were rejected by the "
        "health secretary, who said waiting lists had fallen.\n",
        "waiting lists had doubled",
        (Want("allege", "Conservative"),),
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_answer_forms(analyze_text, case: Case) -> None:
    analysis = analyze_text(case.text)
    if case.words is None:
        claims = list(analysis.claims)
    else:
        claims = [next(c for c in analysis.claims if case.words in c.text)]
    attributions = [a for c in claims for a in c.attributions]
    for want in case.wants:
        assert any(want.met_by(a) for a in attributions), (want, attributions)
    assert not any(a.attitude in case.never for a in attributions), attributions
    if case.status is not None:
        assert claims[0].status == case.status


# Pointing denials by anaphora: which earlier claim 'the claims' and 'them' answer.


def test_the_claims_point_back_at_the_claims_made_before(analyze_text):
    # a definite "the claims" answers the earlier "claims that X", not a later claim that
    # happens to name the denier
    text = (
        "Advice row\n"
        "The opposition says ministers must answer claims that the legal advice was written "
        "at Number 10. Downing Street has denied the claims. "
        "The book says the attorney general met a Downing Street adviser on 13 March.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if c.text.startswith("The legal advice"))
    assert any(
        a.source.name == "Downing Street" and a.attitude == "deny" for a in claim.attributions
    )
    met = next(c for c in analysis.claims if "13 March" in c.text)
    assert not any(a.attitude == "deny" for a in met.attributions)


def test_also_denied_them_echoes_the_last_denial(analyze_text):
    text = (
        "Advice row\n"
        "The opposition says ministers must answer claims that the legal advice was written "
        "at Number 10. Downing Street has denied the claims. "
        "The book says the attorney general, Lord Marlow, warned the cabinet in March. "
        "Lord Marlow also denied them.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if c.text.startswith("The legal advice"))
    assert any(a.source.name == "Lord Marlow" and a.attitude == "deny" for a in claim.attributions)
    warned = next(c for c in analysis.claims if "warned the cabinet" in c.text)
    assert not any(a.attitude == "deny" for a in warned.attributions)


def test_claims_nested_in_a_party_statement_are_a_claim_of_their_own(analyze_text):
    # "X says ministers must answer claims that C": C is its own claim (every level of nesting
    # is a record); the denial answers C, and X's demand is not C maintained
    text = (
        "Advice row\n"
        "The opposition says ministers must answer claims that the legal advice was written "
        "at Number 10. Downing Street has denied the claims.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if c.text.startswith("The legal advice"))
    assert any(
        a.source.name == "Downing Street" and a.attitude == "deny" for a in claim.attributions
    )
    assert claim.status == "denied"
