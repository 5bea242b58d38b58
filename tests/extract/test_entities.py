def entity_names(analysis):
    return {e.name: e for e in analysis.entities}


def test_country_abbreviation_and_demonym_merge(analyze_text):
    analysis = analyze_text("Trade row\nThe U.S. imposed tariffs. American farmers object.\n")
    us = entity_names(analysis)["United States"]
    assert {"U.S.", "American"} <= set(us.aliases)
    assert us.type == "place"


def test_surname_links_to_full_name(analyze_text):
    analysis = analyze_text(
        "Election result\nMaria Lopez won the vote on Sunday. Lopez thanked her staff.\n"
    )
    person = entity_names(analysis)["Maria Lopez"]
    assert "Lopez" in person.aliases and len(person.mentions) == 2


def test_organisation_short_form_merges(analyze_text):
    analysis = analyze_text(
        "Carmaker results\nFord Motor Company reported record profits on Tuesday. "
        "Ford also cut 500 jobs in Ohio.\n"
    )
    ford = entity_names(analysis)["Ford Motor Company"]
    assert "Ford" in ford.aliases
