"""Whom a claim's leading pronoun stands for (claim text that stands alone): a direct quote's
"he" is not its speaker, a dummy "it" stands for nobody, a party modifier is never "he", and a
sentence-initial "they" continues the plural subject before it. Texts written for these tests."""

from __future__ import annotations


def claim_with(analysis, words: str):
    return next(c for c in analysis.claims if words in c.text)


def test_he_inside_a_direct_quote_is_not_the_speaker(analyze_text):
    text = (
        "Banker denies fraud\n"
        "Former Halden chief Tom Reed denied that he knew about the losses. "
        "Mr Carter told jurors he met Mr Reed often. "
        '"I wasn\'t advised by Jim Carter of anything ever being wrong," Mr Reed told the court. '
        "\"He's never told me he made an entry that wasn't right. If he had, we wouldn't be "
        'here today."\n'
    )
    # the quotation is Reed's flat "never" (a denial joined to his claim) or a claim of its own
    # about Carter; never a claim that Reed made the entry
    claims = analyze_text(text).claims
    assert not any(c.text.startswith("Tom Reed") and "never told" in c.text for c in claims)
    for claim in claims:
        if "never told me" in claim.text:
            assert claim.text.startswith("Jim Carter")


def test_dummy_it_stands_for_nobody(analyze_text):
    text = (
        "Plant closure\n"
        "Morven Motors said on Monday that sales had fallen. "
        "The company said it was vital that the plant stayed open.\n"
    )
    claim = claim_with(analyze_text(text), "vital")
    assert claim.text.startswith("It was vital")


def test_raising_it_still_stands_for_the_speaker(analyze_text):
    text = (
        "Unit for sale\n"
        "Morven Motors said that sales had fallen. "
        "The company said it was ready to sell the unit.\n"
    )
    claim = claim_with(analyze_text(text), "ready to sell")
    assert claim.text.startswith("Morven Motors")


def test_party_modifier_is_never_he(analyze_text):
    text = (
        "Figures row\n"
        "Chancellor Gordon Dalton said the rules were fair. "
        "Mr Dalton also said spending would rise. "
        "Mr Dalton vigorously denied Conservative claims that he had in effect fiddled the "
        "figures to ensure that he met his own fiscal rules. "
        "In March the statistics office reclassified spending.\n"
    )
    claim = claim_with(analyze_text(text), "fiddled the figures")
    assert not claim.text.startswith("Conservative")
    assert "Dalton" in claim.text


def test_they_continues_the_plural_subject_before(analyze_text):
    text = (
        "Bid lawsuit\n"
        "Pell Telecom's directors have backed the Norcom offer. "
        "They are accused of breaching their duties to shareholders.\n"
    )
    claim = claim_with(analyze_text(text), "breaching their duties")
    assert claim.text.startswith("Pell Telecom's directors")
