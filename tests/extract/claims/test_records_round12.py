"""Round 12 on attributed propositions and their attitudes, read on web bodies: sources that
relay (unnamed sources, written works, web outlets) report; a rumour that "claims" speculates;
a claim called "not true" by a party is denied; a rhetorical question's "who" and a fact
standing for a relative pronoun hold nothing. All texts are written for the tests."""

from __future__ import annotations


def _attitudes(result) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for c in result.claims for a in c.attributions}


def test_unnamed_sources_report_what_they_tell(analyze_text) -> None:
    text = (
        "Quarry film loses its star\n\n"
        "The Quarry, a drama set in the hills above Tarnby, has lost its lead actor. "
        "Two sources told the Harwick Ledger that Ned Falstow has left the production. "
        "Ned Falstow had been due to start filming in March.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("Two sources", "report") in found
    assert ("Two sources", "assert") not in found
    # a name with "Source" in it is a party, not an unnamed source
    text = (
        "Licence change\n\n"
        "The Open Source Guild said the new licence would protect small developers. "
        "Its members will vote on it next month.\n"
    )
    assert not any("Source" in n and a == "report" for n, a in _attitudes(analyze_text(text)))


def test_written_works_and_web_outlets_report(analyze_text) -> None:
    text = (
        "College term row\n\n"
        "Pellam College is in the middle of a row over words. "
        "The article claimed the college had dropped the word sophomore from its handbook. "
        "Brisknews.com claimed that the college had acted under pressure from its board. "
        "The college said it had made no such change.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("The article", "report") in found
    assert ("Brisknews.com", "report") in found
    assert ("The article", "assert") not in found
    assert ("Brisknews.com", "assert") not in found


def test_a_news_outlet_by_name_reports(analyze_text) -> None:
    text = (
        "Capsule found in old hall\n\n"
        "Workers at Dunmore town hall found a sealed box inside a wall this week. "
        "The box is the oldest of its kind in the county, noted Varden News. "
        "The council plans to open it in public.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("Varden News", "report") in found
    assert ("Varden News", "assert") not in found


def test_a_rumour_that_claims_is_speculation_not_an_accusation(analyze_text) -> None:
    text = (
        "Library hours\n\n"
        "Staff at the Tarnby library were surprised this week. A recent rumour claims that "
        "Tarnby Council has closed the library on Sundays. The council has not commented.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("unattributed", "allege") not in found
    assert ("unattributed", "speculate") in found


def test_not_true_according_to_a_party_is_a_denial(analyze_text) -> None:
    text = (
        "Library hours\n\n"
        "Staff at the Tarnby library were surprised this week. Readers said that Tarnby "
        "Council had closed the library on Sundays. The report is not true, according to "
        "Tarnby Council.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("Tarnby Council", "deny") in found
    assert ("Tarnby Council", "contest") not in found
    assert ("Tarnby Council", "report") not in found


def test_a_rhetorical_question_has_no_speaker(analyze_text) -> None:
    text = (
        "Toy maker letter\n\n"
        "Who would've thought that Brickle Toys was on the forefront of fair play for girls?"
        "\n\nA letter from the firm in 1971 told parents that its sets were for every child.\n"
    )
    names = {n for n, _ in _attitudes(analyze_text(text))}
    assert "Who" not in names


def test_a_fact_that_implies_is_no_source(analyze_text) -> None:
    text = (
        "Mayor absent\n\n"
        "Mayor Orla Penk has missed three council meetings in a row. She had been seen walking "
        "with a stick since a visit to Tarnby in April, which would imply that she may have "
        "hurt her knee earlier. Her office declined to comment.\n"
    )
    names = {n.lower() for n, _ in _attitudes(analyze_text(text))}
    assert "which" not in names
    assert not any(n.startswith(("a visit", "an event")) for n in names)


def test_identified_as_by_an_outlet_is_its_report(analyze_text) -> None:
    text = (
        "Gunman in video\n\n"
        "The gunman seen in the video was on Thursday named as local man Brin Talloway by "
        "Varden News. Police would not say who he was.\n\n"
        "The man arrested on Friday was identified as Col Presk by police.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("Varden News", "report") in found
    assert not any(n == "police" for n, _ in found)  # the police act on the case
    # a party naming someone as its officer appoints, and attributes nothing
    text = (
        "New chief at Pellam\n\n"
        "The board of Pellam Foods named Ada Voss as its chief executive on Monday. "
        "Pellam Foods makes soups in Tarnby.\n"
    )
    assert not any("board" in n for n, _ in _attitudes(analyze_text(text)))


def _texts(result) -> list[str]:
    return [c.text for c in result.claims]


def test_a_reportedly_in_a_relative_clause_names_the_antecedent(analyze_text) -> None:
    text = (
        "Old toy letter\n\n"
        "Collectors in Tarnby were talking about it all week. A leaflet that supposedly came "
        "with Brickle Toys sets in 1971 has been shared widely online.\n"
    )
    texts = _texts(analyze_text(text))
    assert any(t.startswith("A leaflet came with Brickle Toys sets") for t in texts), texts
    assert not any(t.startswith("That ") for t in texts), texts


def test_a_reportedly_in_a_subjectless_conjunct_takes_the_shared_subject(analyze_text) -> None:
    text = (
        "Film loses director\n\n"
        "The Quarry has had a difficult year. Director Amos Reld was first attached to the "
        "film, but reportedly walked away after asking for full control over the edit.\n"
    )
    texts = _texts(analyze_text(text))
    assert any(t.startswith("Director Amos Reld walked away") for t in texts), texts


def test_a_reportedly_after_while_drops_the_subordinator(analyze_text) -> None:
    text = (
        "Band reunion\n\n"
        "The offer was for a long tour of Europe. While Ada Voss and Col Presk reportedly "
        "signed up at once, Ned Falstow turned it down in front of them.\n"
    )
    texts = _texts(analyze_text(text))
    assert any(t.startswith("Ada Voss and Col Presk signed up") for t in texts), texts


def test_sources_close_to_a_firm_are_the_sources_not_the_firm(analyze_text) -> None:
    text = (
        "Pellam in talks\n\n"
        "Pellam Foods wants to buy Tarnby Dairies, the Harwick Ledger reported on Monday. "
        "Sources close to Tarnby Dairies said the two firms had met twice this month.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("Sources close to Tarnby Dairies", "report") in found
    assert not any(n == "Tarnby Dairies" for n, _ in found)


def test_according_to_a_report_in_an_outlet_is_the_outlets_report(analyze_text) -> None:
    text = (
        "Pellam in talks to buy dairy\n\n"
        "Pellam Foods is in talks to buy Tarnby Dairies, according to a report in the Harwick "
        "Ledger. Pellam Foods makes soups in Tarnby.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("Harwick Ledger", "report") in found
    assert ("a report", "report") not in found


def test_a_leading_possessive_names_its_possessor(analyze_text) -> None:
    text = (
        "Raid at Grata\n\n"
        "Rebels attacked the village of Grata on Saturday night. Ned Falstow, who farms near "
        'the village, spoke to reporters. "His brother was among those taken," a neighbour '
        "said of Ned Falstow.\n"
    )
    texts = _texts(analyze_text(text))
    assert not any(t.startswith("His ") for t in texts), texts


def test_a_closing_mark_left_from_a_cut_quotation_is_dropped(analyze_text) -> None:
    text = (
        "Masked man\n\n"
        "The man in the video has not been named by police. Local papers had suggested "
        '"the Fox" could be a former soldier from Tarnby.\n'
    )
    texts = _texts(analyze_text(text))
    assert any("could be a former soldier" in t for t in texts), texts
    assert not any(t.count('"') % 2 for t in texts), texts


def _records(analyzer, text: str):
    from claimtrail.extract.claims.quote_records import quote_records
    from claimtrail.extract.quotes.finder import extract_quotes
    from claimtrail.extract.speakers.entities import extract_entities
    from claimtrail.extract.speakers.resolve import resolve_speakers
    from claimtrail.ingest.readers import article_from_text
    from claimtrail.pipeline import as_raw_article

    analyzer.analyze(article_from_text("Warm up\n\nA line.\n", "w.txt"))  # loads the models
    raw = as_raw_article(article_from_text(text, "test.txt"))
    doc = analyzer.nlp(raw.text)
    entities = extract_entities(doc, raw.body_start)
    found = extract_quotes(doc, raw.body_start, analyzer.cue_model, analyzer.quote_convention)
    return quote_records(doc, resolve_speakers(doc, found, entities), entities)


def test_the_first_of_two_coordinated_contents_ends_before_its_and(analyzer) -> None:
    text = (
        "Sect case\n\n"
        "A court in Varna heard the case on Monday.\n\n"
        "In a filing, the regional ministry said that it had taken the testimony of seven "
        "men linked to the sect leader and every one of them had confirmed that they were "
        "hurt.\n"
    )
    texts = [r.text for r in _records(analyzer, text)]
    assert any(t.endswith("the sect leader") for t in texts), texts
    assert not any(t.endswith(" and") for t in texts), texts


def test_a_party_revealing_its_own_plan_confirms_and_a_tipster_reports(
    analyze_text,
) -> None:
    text = (
        "Pellam to open stores\n\n"
        "Pellam Foods makes soups in Tarnby. Its chief executive, Ray Lusk, revealed that "
        "the firm would open 20 new shops in the north next year. A tipster "
        "revealed that Ray Lusk planned to step down in the spring.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("Ray Lusk", "confirm") in found
    assert ("Ray Lusk", "report") not in found
    assert ("A tipster", "report") in found


def test_a_flat_never_by_the_subject_or_its_lawyer_denies(analyzer) -> None:
    text = (
        "Pellam chief and Globex\n\n"
        "Pellam Foods makes soups in Tarnby. The firm has never made a loss, a spokeswoman "
        "for Pellam Foods insisted. Ray Lusk has never met anyone from Globex, his lawyer "
        "said. How the letter reached Varna, Ada Voss will never know, she said.\n"
    )
    found = {(r.source.name, r.attitude, r.text) for r in _records(analyzer, text)}
    attitudes = {(n, a) for n, a, _ in found}
    assert ("a spokeswoman for Pellam Foods", "deny") in attitudes, found
    assert ("his lawyer", "deny") in attitudes, found
    assert not any(a == "deny" and "never know" in t for _, a, t in found), found


def test_a_speaker_citing_others_reports(analyzer) -> None:
    text = (
        "Pellam farms\n\n"
        "Pellam Foods makes soups in Tarnby. The Harwick Ledger, citing people familiar with "
        "the matter, said Pellam Foods would sell its farms.\n"
    )
    found = {(r.source.name, r.attitude) for r in _records(analyzer, text)}
    assert ("Harwick Ledger", "report") in found, found


def test_rumour_idioms_without_a_speech_verb_are_rumours(analyze_text) -> None:
    text = (
        "Pellam news\n\n"
        "Pellam Foods makes soups in Tarnby. Rumour has it that Pellam Foods will close its "
        "Varna plant. The word is that Ray Lusk will step down in May. The word that critics "
        "have used for the plan is reckless.\n"
    )
    result = analyze_text(text)
    claims = [c for c in result.claims if "close its Varna plant" in c.text]
    assert claims and ("unattributed", "speculate") in _attitudes(result)
    assert any("step down in May" in c.text for c in result.claims)
    assert not any(c.text.startswith("Critics have used") for c in result.claims)


def test_a_withheld_answer_is_no_attribution(analyzer) -> None:
    text = (
        "Pellam soup\n\n"
        "Pellam Foods makes soups in Tarnby. A spokeswoman for Pellam Foods said she couldn't "
        'say whether the company was developing a pumpkin soup. "We can\'t confirm that," '
        'Ray Lusk said. "We are not going to confirm which buyers have called us," '
        "said Ada Voss. Ada Voss said the firm had sold 40,000 tins in May.\n"
    )
    texts = [r.text for r in _records(analyzer, text)]
    assert not any("say whether" in t or "confirm" in t for t in texts), texts
    assert any("40,000 tins" in t for t in texts), texts


def test_a_rumour_site_reports_and_without_merit_denies(analyzer) -> None:
    text = (
        "Pellam sale talk\n\n"
        "Pellam Foods makes soups in Tarnby. Ada Voss, who sued the firm, alleged that Pellam "
        "Foods had fired her unfairly. In a statement, Pellam Foods said the allegations by "
        "Ada Voss were without merit. A post on the rumour site Soupleaks claimed Pellam "
        "Foods would be sold to Globex.\n"
    )
    found = {(r.source.name, r.attitude) for r in _records(analyzer, text)}
    assert ("Pellam Foods", "deny") in found, found
    assert ("Soupleaks", "report") in found, found


def test_a_study_is_no_party(analyzer) -> None:
    text = (
        "Soup and health\n\n"
        "Pellam Foods makes soups in Tarnby. A study suggests that people who eat soup "
        "every day sleep better.\n"
    )
    found = {(r.source.name, r.attitude) for r in _records(analyzer, text)}
    assert ("unattributed", "report") in found, found
    assert not any("study" in n.lower() for n, _ in found), found


def test_data_and_documents_that_show_are_reported_by_their_holder(analyze_text) -> None:
    text = (
        "Pellam plant\n\n"
        "Pellam Foods makes soups in Tarnby. Documents seen by the Harwick Ledger show that "
        "Pellam Foods planned to close its Varna plant. Figures showed that sales of soup "
        "fell in May.\n"
    )
    found = _attitudes(analyze_text(text))
    assert ("Harwick Ledger", "report") in found, found
    assert ("unattributed", "report") in found, found


def test_made_allegations_allege_and_never_according_to_a_spokesman_denies(analyzer) -> None:
    text = (
        "Pellam row\n\n"
        "Pellam Foods makes soups in Tarnby. Ada Voss has made allegations that Pellam Foods "
        "fired her unfairly. Ray Lusk never spoke to the Ledger about the sale, according to "
        "a spokesman for Pellam Foods.\n"
    )
    found = {(r.source.name, r.attitude) for r in _records(analyzer, text)}
    assert ("Ada Voss", "allege") in found, found
    assert ("Ada Voss", "assert") not in found, found
    assert ("a spokesman for Pellam Foods", "deny") in found, found


def test_her_claims_that_c_tagged_a_verb_are_the_subjects_allegation(analyzer) -> None:
    from claimtrail.extract.claims.cue_records import cue_records
    from claimtrail.extract.speakers.entities import extract_entities
    from claimtrail.ingest.readers import article_from_text
    from claimtrail.pipeline import as_raw_article

    _records(analyzer, "Warm up\n\nA line.\n")
    text = (
        "Pellam row\n\n"
        "Pellam Foods makes soups in Tarnby. Ada Voss repeated her claims that the firm had "
        "broken the law.\n"
    )
    raw = as_raw_article(article_from_text(text, "test.txt"))
    doc = analyzer.nlp(raw.text)
    entities = extract_entities(doc, raw.body_start)
    found = {(r.source.name, r.attitude, r.text) for r in cue_records(doc, [], entities, 0)}
    assert ("Ada Voss", "allege", "The firm had broken the law") in found, found
