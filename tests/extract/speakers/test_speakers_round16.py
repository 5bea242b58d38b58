"""Speakers, round 16 (issue 10, voices): speakers resolved to the wrong name, or left as a bare
pronoun, on unread BBC tech and entertainment articles (none of the gold's), each on a text
written here.

Gold guidelines A: the speaker is the fullest name form in the article; pronouns and
descriptions are resolved; one human is a person.
"""

from __future__ import annotations


def speaker_of(analysis, fragment: str):
    quote = next(q for q in analysis.quotes if fragment in q.text)
    return quote.speaker


def test_a_surname_spelled_like_a_demonym_after_an_honorific_is_the_person(analyze_text):
    text = (
        "Gadget list out\n\nThere may not be enough tablets to go round, predicts Colin Irish, "
        'editor of gadget magazine Widgetry. "The tablet is this year\'s must-have," said '
        'Mr Irish. "Demand is huge," said Mr Irish.\n'
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "must-have").name == "Colin Irish"
    assert speaker_of(analysis, "Demand is huge").name == "Colin Irish"


def test_a_full_name_after_a_trade_noun_that_a_he_follows_is_a_person(analyze_text):
    text = (
        "Last space saga 'too dark'\n\nThe final space saga film may frighten young children, "
        "film-maker George Tarvek has said.\n\nHe told a US chat show that the film would be the "
        'darkest yet. "I would not take a small child to this," he told the programme.\n'
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "darkest yet").name == "George Tarvek"
    assert speaker_of(analysis, "small child").name == "George Tarvek"


def test_a_full_name_after_a_trade_noun_that_owns_a_his_is_a_person(analyze_text):
    text = (
        "Presenter sells his past\n\nBroadcaster Chris Tarvek has begun selling hundreds of his "
        'belongings from a stall in a market.\n\nAsked why, Tarvek said: "It is all clutter." '
        'He added: "It feels good to be rid of it."\n'
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "feels good").name == "Chris Tarvek"


def test_a_title_in_apposition_to_a_work_noun_takes_no_he(analyze_text):
    text = (
        "Singer plans quiet life\n\nSinger Ivo Marr has said a new film about his life marks the "
        "end of his public career.\n\nThe film, Lonely Harbour, chronicles his career since 1985. "
        'The 41-year-old told reporters he wanted to "try something new". "I will still write '
        'songs," he said.\n'
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "still write").name == "Ivo Marr"


def test_a_name_the_ner_split_between_body_and_person_is_a_person(analyzer):
    from claimtrail.extract.speakers.entities import (
        Mention,
        _a_full_name_its_surname_a_person,
    )

    assert _a_full_name_its_surname_a_person(
        [Mention(0, 12, "Ridley Tarvo", "ORG"), Mention(40, 45, "Tarvo", "PERSON")]
    )
    assert not _a_full_name_its_surname_a_person(
        [Mention(0, 12, "Tarvo Council", "ORG"), Mention(40, 45, "Council", "PERSON")]
    )
    body = [Mention(i * 20, i * 20 + 12, "Norske Tarvo", "ORG") for i in range(3)]
    assert not _a_full_name_its_surname_a_person([*body, Mention(90, 95, "Tarvo", "PERSON")])


def test_a_person_stated_dead_is_no_he_of_a_quote(analyze_text):
    text = (
        "Tarvo film wins prizes\n\nIvo Marr won best actor for playing soul singer Max Dorne.\n\n"
        'Marr paid tribute to the "fine legacy" of soul legend Max Dorne, who died last year, '
        'and thanked the director. "You bet on me, my friend," he said.\n'
    )
    assert speaker_of(analyze_text(text), "bet on me").name == "Ivo Marr"


def test_a_late_person_is_stated_dead_and_a_late_goal_is_nobodys_death(analyzer):
    from claimtrail.extract.speakers.entities import extract_entities
    from claimtrail.extract.speakers.resolve import _stated_dead

    doc = analyzer.nlp(
        "Ann Vale won for playing late screen legend Cate Rowe in The Flyer. Tarvo won after "
        "a late Hobbs goal, and Ivo Hobbs was happy."
    )
    records = {r.name: r for r in extract_entities(doc).records}
    assert _stated_dead(records["Cate Rowe"], doc)
    assert not _stated_dead(records["Ann Vale"], doc)
    assert not _stated_dead(records["Ivo Hobbs"], doc)


def test_a_spokesman_for_the_author_speaks_for_the_author_in_view(analyze_text):
    text = (
        "Novel sold to studio\n\nAnn Lorne has sold the film rights to her first novel. Lorne "
        "began writing it in 1990 while studying at Tarvik University.\n\n"
        '"She lives for these stories," said a spokesman for the author.\n'
    )
    speaker = speaker_of(analyze_text(text), "lives for these")
    assert speaker.name == "a spokesman for Ann Lorne"


def test_a_place_born_description_after_the_verb_is_the_person_in_view(analyze_text):
    text = (
        "Games go political\n\nThe first campaign game was made for the hopeful Mark Tully.\n\n"
        '"I thought it would take decades," said Ivo Marr, games specialist at Tarvik '
        'University. "I was surprised how fast they grew," added the Norland-born researcher, '
        "who has made games for two campaigns.\n"
    )
    speaker = speaker_of(analyze_text(text), "surprised how fast")
    assert speaker.name == "Ivo Marr"


def test_a_name_opening_the_words_after_a_quote_with_its_apposition_speaks(analyzer):
    from spacy.tokens import Doc

    from claimtrail.extract.cues.sources import subject_of

    # the parse that goes astray: the name hung on a noun inside the quote, "told" subjectless
    words = [
        '"',
        "Sound",
        "matters",
        ",",
        '"',
        "Ann",
        "Lorne",
        ",",
        "from",
        "Tarvik",
        ",",
        "told",
        "us",
        ".",
    ]
    heads = [2, 2, 11, 2, 2, 6, 1, 6, 11, 8, 11, 11, 11, 11]
    deps = [
        "punct",
        "nsubj",
        "ccomp",
        "punct",
        "punct",
        "compound",
        "appos",
        "punct",
        "prep",
        "pobj",
        "punct",
        "ROOT",
        "dobj",
        "punct",
    ]
    pos = [
        "PUNCT",
        "NOUN",
        "VERB",
        "PUNCT",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
        "ADP",
        "PROPN",
        "PUNCT",
        "VERB",
        "PRON",
        "PUNCT",
    ]
    ents = ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O", "O", "O"]
    doc = Doc(analyzer.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    told = doc[11]
    assert subject_of(told) is not None and subject_of(told).text == "Lorne"


def test_they_opening_the_sentence_after_an_unnamed_plural_source_is_that_source(analyze_text):
    text = (
        "Cheap computer welcomed\n\nThe new box is thought a wise step for Tarvo, which has a "
        "small share of the market. Tarvo fans and some analysts say the machine will help "
        "Tarvo reach the mass of buyers. They speculate that it will be bought by owners of its "
        "music players.\n"
    )
    speaker = speaker_of(analyze_text(text), "bought by owners")
    assert speaker.name == "Tarvo fans and some analysts"


def test_a_parenthetical_said_in_a_because_clause_takes_the_name_after_it(analyzer):
    from spacy.tokens import Doc

    from claimtrail.extract.cues.sources import subject_of

    # "C because, said Mr Reed, D", the name parsed inside D and "said" an adverbial clause
    words = [
        "Study",
        "shows",
        "fear",
        "grows",
        "because",
        ",",
        "said",
        "Mr",
        "Reed",
        ",",
        "they",
        "read",
        "news",
        ".",
    ]
    heads = [1, 1, 3, 1, 6, 6, 1, 8, 11, 11, 11, 6, 11, 1]
    deps = [
        "nsubj",
        "ROOT",
        "nsubj",
        "ccomp",
        "mark",
        "punct",
        "advcl",
        "compound",
        "nsubj",
        "punct",
        "nsubj",
        "ccomp",
        "dobj",
        "punct",
    ]
    pos = [
        "NOUN",
        "VERB",
        "NOUN",
        "VERB",
        "SCONJ",
        "PUNCT",
        "VERB",
        "PROPN",
        "PROPN",
        "PUNCT",
        "PRON",
        "VERB",
        "NOUN",
        "PUNCT",
    ]
    doc = Doc(analyzer.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    said = doc[6]
    assert subject_of(said).text == "Reed"


def test_a_body_the_entities_type_as_an_organisation_is_no_location_of_a_title(analyzer):
    from spacy.tokens import Doc

    from claimtrail.extract.speakers.entities import EntityRecord, EntityTable, Mention
    from claimtrail.extract.speakers.resolve import _role_words

    # "Quenta analyst": the NER took Quenta for a place, the entities (other evidence) for a firm
    words = ["Quenta", "analyst"]
    doc = Doc(
        analyzer.nlp.vocab,
        words=words,
        pos=["PROPN", "NOUN"],
        ents=["B-GPE", "O"],
        heads=[1, 1],
        deps=["compound", "ROOT"],
    )
    entities = EntityTable(
        [EntityRecord("Quenta", "organization", [Mention(0, 6, "Quenta", "ORG")])]
    )
    found = _role_words(list(doc), entities)
    assert found.organization == "Quenta"
    assert found.location is None


def test_the_body_a_person_works_at_is_an_organisation_not_a_location(analyzer):
    from spacy.tokens import Doc

    from claimtrail.extract.speakers.entities import EntityRecord, EntityTable, Mention
    from claimtrail.extract.speakers.resolve import _role_words

    # "chief economist at Quenta": the NER and the entities took Quenta for a place
    words = ["chief", "economist", "at", "Quenta"]
    doc = Doc(
        analyzer.nlp.vocab,
        words=words,
        pos=["ADJ", "NOUN", "ADP", "PROPN"],
        ents=["O", "O", "O", "B-GPE"],
        heads=[1, 1, 1, 2],
        deps=["amod", "ROOT", "prep", "pobj"],
    )
    quenta = EntityRecord("Quenta", "place", [Mention(25, 31, "Quenta", "GPE")])
    found = _role_words(list(doc), EntityTable([quenta]))
    assert found.organization == "Quenta"
    assert found.location is None


def test_a_spokesman_for_a_body_a_place_only_modifies_keeps_the_description(analyze_text):
    text = (
        "Console goes on sale\n\nCrowds gathered at shops in Leeds to buy the console. A "
        "spokesman for one UK shop said it thought the console would be gone by the first "
        "day.\n"
    )
    speaker = speaker_of(analyze_text(text), "be gone")
    assert speaker.name == "a spokesman for one UK shop"


def test_the_award_winner_after_the_verb_is_the_person_in_view(analyze_text):
    text = (
        "Star plans festive show\n\nActress Ann Vale is to host a festive concert in Leeds next "
        'month.\n\n"Winter is a time for giving and you get back what you give," said the '
        "two-time Tarvo Prize winner.\n"
    )
    assert speaker_of(analyze_text(text), "time for giving").name == "Ann Vale"


def test_a_name_in_apposition_to_company_is_the_company(analyze_text):
    text = (
        "Rapper joins label\n\nThe rapper will run the label, said the label's parent company, "
        "Vantor, on Monday. Vantor said it had bought the rest of the label.\n"
    )
    analysis = analyze_text(text)
    vantor = next(e for e in analysis.entities if e.name == "Vantor")
    assert vantor.type == "organization"


def test_a_firm_name_the_ner_reads_as_a_place_is_a_body():
    from claimtrail.extract.speakers.entities import Mention, _firm_name_read_as_a_place

    assert _firm_name_read_as_a_place(Mention(0, 14, "Tarvo Research", "GPE"))
    assert not _firm_name_read_as_a_place(Mention(0, 13, "South America", "GPE"))
    assert not _firm_name_read_as_a_place(Mention(0, 5, "Tarvo", "GPE"))


def test_a_name_counted_with_an_is_a_thing_not_the_firm(analyze_text):
    text = (
        "Buyers want music players\n\nBuyers want music rather than films on the move, says a "
        "report by Tarvo Labs. Almost a third would like a music gadget such as an iPod. The firm "
        "said makers should avoid hybrid devices.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "hybrid devices").name == "Tarvo Labs"


def test_a_noun_inside_the_quote_parsed_as_a_second_subject_does_not_speak(analyzer):
    from spacy.tokens import Doc

    from claimtrail.extract.cues.sources import subject_of

    # '"It is for the bold; buyer," said a Tarvo spokesperson': "buyer" parsed as a subject
    words = [
        '"',
        "It",
        "is",
        "bold",
        ";",
        "buyer",
        ",",
        '"',
        "said",
        "a",
        "Tarvo",
        "spokesperson",
        ".",
    ]
    heads = [8, 2, 8, 2, 8, 8, 8, 8, 8, 11, 11, 8, 8]
    deps = [
        "punct",
        "nsubj",
        "ccomp",
        "acomp",
        "punct",
        "nsubj",
        "punct",
        "punct",
        "ROOT",
        "det",
        "compound",
        "nsubj",
        "punct",
    ]
    pos = [
        "PUNCT",
        "PRON",
        "AUX",
        "ADJ",
        "PUNCT",
        "NOUN",
        "PUNCT",
        "PUNCT",
        "VERB",
        "DET",
        "PROPN",
        "NOUN",
        "PUNCT",
    ]
    doc = Doc(analyzer.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[8]).text == "spokesperson"


def test_a_titled_aside_between_dashes_is_no_second_subject(analyzer):
    from spacy.tokens import Doc

    from claimtrail.extract.cues.sources import subject_of

    # "In its report - Tall Tales - the Council said it saw ..."
    words = [
        "In",
        "its",
        "report",
        "-",
        "Tall",
        "Tales",
        "-",
        "the",
        "Council",
        "said",
        "it",
        "saw",
        "cuts",
        ".",
    ]
    heads = [5, 2, 0, 5, 5, 9, 5, 8, 9, 9, 11, 9, 11, 9]
    deps = [
        "prep",
        "poss",
        "pobj",
        "punct",
        "compound",
        "nsubj",
        "punct",
        "det",
        "nsubj",
        "ROOT",
        "nsubj",
        "ccomp",
        "dobj",
        "punct",
    ]
    pos = [
        "ADP",
        "PRON",
        "NOUN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
        "DET",
        "PROPN",
        "VERB",
        "PRON",
        "VERB",
        "NOUN",
        "PUNCT",
    ]
    doc = Doc(analyzer.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[9]).text == "Council"


def test_according_to_its_own_accounts_the_body_that_said_it_speaks(analyze_text):
    text = (
        "Research lab to close\n\nThe lab will shut in February. According to its latest "
        "accounts, Tarvo Labs said it spent 8 million euros in 2003 and raised just 2 million.\n"
    )
    analysis = analyze_text(text)
    spent = next(q for q in analysis.quotes if "8 million" in q.text)
    assert spent.speaker.name == "Tarvo Labs"


def test_the_body_a_person_heads_is_an_organisation_not_a_location(analyzer):
    from spacy.tokens import Doc

    from claimtrail.extract.speakers.entities import EntityRecord, EntityTable, Mention
    from claimtrail.extract.speakers.resolve import _role_words

    # "co-founder of Quenta": the NER and the entities took Quenta for a place
    words = ["co-founder", "of", "Quenta"]
    doc = Doc(
        analyzer.nlp.vocab,
        words=words,
        pos=["NOUN", "ADP", "PROPN"],
        ents=["O", "O", "B-GPE"],
        heads=[0, 0, 1],
        deps=["ROOT", "prep", "pobj"],
    )
    quenta = EntityRecord("Quenta", "place", [Mention(14, 20, "Quenta", "GPE")])
    found = _role_words(list(doc), EntityTable([quenta]))
    assert found.organization == "Quenta"
    assert found.location is None


def test_a_report_by_a_trade_noun_and_its_name_speaks_for_that_body(analyze_text):
    text = (
        "Digital gap to widen\n\nMillions of people will miss out on online services, predicts "
        "the report by telecoms giant Tarvo.\n\nThose without net access will lose out more, the "
        "report suggests.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "lose out more").name == "Tarvo"


def test_they_after_an_unnamed_plural_source_takes_it_without_a_leading_the(analyze_text):
    text = (
        "Shops fight ruling\n\nThe court ruled against the chains on Monday. The shop chains "
        "denied that they had broken the rules. They said they had already met most of the "
        "demands.\n"
    )
    speaker = speaker_of(analyze_text(text), "met most of the")
    assert speaker.name == "shop chains"


def test_an_organisation_speaker_has_no_organisation_of_its_own(analyze_text):
    text = (
        "Radio on phones\n\nUK broadcaster Tarvo Radio says it will be the first station to offer "
        "radio on new phones.\n"
    )
    speaker = speaker_of(analyze_text(text), "first station")
    assert speaker.name == "Tarvo Radio"
    assert speaker.organization is None
