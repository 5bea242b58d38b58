"""A headline claim no party is named for is the outlet's own report, stated by the lead
(claimtrail/extract/claims/build.py, ``_outlet_report``). Articles written for these tests."""

from __future__ import annotations

from dataclasses import replace


def _central(a):
    return next(c for c in a.claims if c.central)


PLAIN = (
    "Harbour firm wins ferry contracts\n"
    "Coastal operator Brightwater Marine has won three contracts to run island ferry routes in "
    "Norway. The routes begin next spring. The contracts add to a fleet of twelve vessels.\n"
)


def test_an_unattributed_headline_is_reported_in_the_words_of_the_lead(analyze_text) -> None:
    a = analyze_text(PLAIN)
    central = _central(a)
    lead = "Coastal operator Brightwater Marine has won three contracts to run island ferry routes"
    assert central.text.startswith(lead)
    assert a.article.text[central.start : central.end].startswith(lead)
    assert [(x.source.name, x.attitude) for x in central.attributions] == [
        ("unattributed", "report")
    ]
    assert central.status == "reported"


def test_the_outlet_named_for_the_article_reports_it(analyzer) -> None:
    from claimtrail.ingest.readers import article_from_text

    raw = replace(article_from_text(PLAIN, "test.txt"), source="Harbour Times")
    central = _central(analyzer.analyze(raw))
    assert [(x.source.name, x.attitude) for x in central.attributions] == [
        ("Harbour Times", "report")
    ]


def test_the_lead_report_is_central_rather_than_a_remark_further_down(analyze_text) -> None:
    text = (
        "Textile exports fall sharply\n"
        "Textile exports from Portugal fell by a fifth in March, the steepest drop in a decade. "
        "Mills in the north cut shifts. Warehouses filled with unsold cloth. Some exporters "
        "blamed the strong euro. Analysts said textile exports could recover in the autumn.\n"
    )
    a = analyze_text(text)
    central = _central(a)
    assert central.text.startswith("Textile exports from Portugal fell by a fifth in March")
    assert central.status == "reported"
    assert any("recover in the autumn" in c.text and not c.central for c in a.claims)


def test_a_lead_with_a_party_named_for_it_is_not_the_outlets_report(analyze_text) -> None:
    text = (
        "Harbour firm wins ferry contracts\n"
        "Brightwater Marine said it had won three contracts to run island ferry routes in "
        "Norway. The routes begin next spring.\n"
    )
    central = _central(analyze_text(text))
    assert central.attributions and all(x.attitude != "report" for x in central.attributions)


def test_a_question_in_the_lead_is_no_report(analyze_text) -> None:
    text = (
        "Could ferry contracts save the harbour?\n"
        "Could three ferry contracts save the harbour at Vik? The routes begin next spring.\n"
    )
    central = _central(analyze_text(text))
    assert not central.attributions and central.status == "unresolved"
