"""Speakers, round 15 (issue 10, voices): pronoun and description speakers resolved to the wrong
person on unread BBC articles (none of the gold's), each on a text written here.

A pronoun takes the subject the narrative is about (gold guidelines A: pronouns are resolved to
the fullest name form), not a name the parser misread as that subject, nor the last name seen.
"""

from __future__ import annotations

import pytest


def speaker_of(analysis, fragment: str):
    quote = next(q for q in analysis.quotes if fragment in q.text)
    return quote.speaker


def test_names_listed_after_the_subject_are_not_each_its_subject(analyze_text):
    text = (
        "Relay team honoured\n\nJason Gardener says the honour marks a fine year for the relay "
        "team.\n\nGardener, Darren Campbell, Marlon Devonish and Mark Taylor have all been given "
        'awards after the final. "I think this award shows what we did," he said.\n'
    )
    assert speaker_of(analyze_text(text), "award shows").name == "Jason Gardener"


def test_a_subject_the_parser_hung_on_an_auxiliary_is_still_the_subject(analyze_text):
    text = (
        "Label halts album\n\nMark Morrison signed to the label of Kevin Campbell last year.\n\n"
        'Mr Campbell said: "I am glad we got the order. Mark Morrison let us down."\n\n'
        'But Morrison is determined the album will come out. He said: "The order is silly."\n'
    )
    assert speaker_of(analyze_text(text), "order is silly").name == "Mark Morrison"


def test_the_object_of_a_causative_speaks_its_infinitive_parsed_as_a_clause(analyzer):
    from claimtrail.extract.cues.sources import subject_of

    doc = analyzer.nlp(
        "Comedy duo Ann Lee and Cate Vane presented the prize to Ivo Marr dressed as his old "
        'bandmates, leading him to quip he was "forever the gifted one".'
    )
    quip = next(t for t in doc if t.lower_ == "quip")
    assert quip.dep_ == "advcl"  # the parse this test is about
    assert subject_of(quip).lower_ == "him"  # the one led to quip, not the duo nor "he"


def test_a_he_that_spoke_stays_in_view_after_the_name_has_gone(analyzer):
    from claimtrail.extract.speakers.entities import extract_entities
    from claimtrail.extract.speakers.resolve import Salience
    from claimtrail.models import Speaker

    text = (
        "Peter Holm won the final on Sunday. Later the umpire warned Marco Bastic. The sun "
        'shone. Rain fell at noon. "I stayed calm," he said. The roof closed. Fans left. '
        "The Swede added that he was fine."
    )
    doc = analyzer.nlp(text)
    entities = extract_entities(doc)
    holm = next(f"E{i + 1}" for i, r in enumerate(entities.records) if r.name == "Peter Holm")
    he = text.index("he said")
    spoke = Speaker(name="Peter Holm", start=he, end=he + 2, entity_id=holm, mention="he")
    salience = Salience(doc, entities, [spoke], [])
    found = salience.most_salient(text.index("The Swede"), {"person"})
    assert found is not None and found[1].name == "Peter Holm"  # not Marco Bastic


def test_a_lede_description_is_the_name_that_a_postnominal_follows_next(analyze_text):
    text = (
        "Lawyer quits panel\n\nA senior barrister who has quit in anger over the new "
        "rules says the system is unfair.\n\nAnn Vale QC quit when the ministry failed to act "
        "on a court ruling. She was part of a panel of lawyers.\n\nMs Vale told reporters: "
        '"I disagree with this."\n'
    )
    assert speaker_of(analyze_text(text), "system is unfair").name == "Ann Vale"


def test_a_first_name_tells_the_gender_before_a_pronoun_in_what_he_said(analyze_text):
    text = (
        "Runner faces test\n\nKate Morlan runs in the city race on Sunday.\n\nCoach Hugh Tarrant "
        "says the runner must rest. Tarrant says she must avoid hard targets. Tarrant also "
        'points out the weather will help Morlan. "The heat was the main factor," he said.\n'
    )
    assert speaker_of(analyze_text(text), "heat was the main").name == "Hugh Tarrant"


def _types(analyzer, text: str, spans: list[tuple[str, str]]):
    """Entity types of ``text`` with its NER entities set by hand (the small model's guess for
    a lone surname varies), so the test checks the repair whatever the model says."""
    from claimtrail.extract.speakers.entities import extract_entities

    doc = analyzer.nlp(text)
    ents = []
    for words, label in spans:
        start = text.index(words)
        ents.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = ents
    return {r.name: r.type for r in extract_entities(doc).records}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Varek admitted he was under pressure after the long match.", "Varek", "person"),
        ("Dorn had bid for the club but withdrew his offer last week.", "Dorn", "person"),
        (
            "Tarvos is one of the firms which he says were sold too cheaply.",
            "Tarvos",
            "organization",
        ),
    ],
)
def test_a_name_that_he_or_his_points_back_to_is_a_person(analyzer, text, name, kind):
    assert _types(analyzer, text, [(name, "ORG")])[name] == kind


def test_a_capped_player_is_not_the_country_that_capped_him(analyze_text):
    text = (
        "Rovers win\n\nRovers forward Tom Zenden scored twice and said the game was easier "
        "than feared. "
        '"We did well," said Zenden. The Holland international said Rovers are confident of '
        "going through.\n"
    )
    assert speaker_of(analyze_text(text), "confident of going").name == "Tom Zenden"


def test_a_possessed_description_of_who_someone_is_is_the_person_in_view(analyze_text):
    text = (
        "Vane return unlikely\n\nJon Vane may miss the rest of the Tri Series.\n\n"
        "Norland's cup-winning fly-half said on Monday he hoped to be fit in time. "
        "But Rob Ander, coach of his club, said Vane was unlikely to be fit.\n"
    )
    assert speaker_of(analyze_text(text), "hoped to be fit").name == "Jon Vane"


def test_our_correspondent_is_the_outlets_own_person_named_before(analyze_text):
    text = (
        "Film row grows\n\nProtesters want the film withdrawn. The BBC's Ravi Menon in Pune says "
        "the film shows a priest in love.\n\nThe director says he will not cancel it. Our "
        "correspondent says that TV channels have not screened the trailer.\n"
    )
    assert speaker_of(analyze_text(text), "not screened").name == "Ravi Menon"


def test_an_untagged_acronym_that_speaks_is_a_body_that_it_goes_on_quoting(analyzer):
    text = (
        'In a statement the NRSA said it had "grave concerns" about the plan. "We assume it '
        'would be hard to aim well this way," it said.'
    )
    doc = analyzer.nlp(text)
    doc.ents = []  # the small model's guess for the acronym varies; here it missed it
    from claimtrail.extract.speakers.entities import extract_entities

    records = {r.name: r.type for r in extract_entities(doc).records}
    assert records.get("NRSA") == "organization"


def test_a_name_run_into_its_title_without_a_comma_is_the_speaker(analyzer):
    from claimtrail.extract.quotes.candidates import QuoteCandidate
    from claimtrail.extract.speakers.entities import extract_entities
    from claimtrail.extract.speakers.resolve import _name_before_its_bare_title

    text = "Revenue will grow, thinks Ann Vale mobile market specialist for analysts Tarvik."
    doc = analyzer.nlp(text)
    start = text.index("Ann Vale")
    doc.ents = [doc.char_span(start, start + len("Ann Vale"), label="ORG")]  # as the NER did
    entities = extract_entities(doc)
    assert {r.name: r.type for r in entities.records}["Ann Vale"] == "person"
    head = next(t for t in doc if t.text == "specialist")
    cand = QuoteCandidate(
        start=0,
        end=17,
        kind="indirect",
        cue=(text.index("thinks"), text.index("thinks") + 6),
        source=(start, head.idx + len(head.text)),
        source_head=head.i,
        finder="test",
    )
    found = _name_before_its_bare_title(doc, cand, entities)
    assert found.source == (start, start + len("Ann Vale"))
    assert found.profile.role == "mobile market specialist"


def test_a_name_that_closes_its_title_is_the_subject(analyze_text):
    text = (
        "Match to be finished\n\nThe two clubs will play the last six minutes in January. "
        'Sociedad president Ivo Marr said: "It was the best thing to do." The clubs met the '
        'league on Monday and Marr added: "We talked it over."\n\nTarvik director of sport '
        "Jorge Ortega praised the fans for their calm. \"I'd like to thank the fans, who were "
        'very mature," he said.\n'
    )
    assert speaker_of(analyze_text(text), "thank the fans").name == "Jorge Ortega"


def test_a_title_in_capitals_is_the_name_set_beside_it(analyze_text):
    text = (
        "Judge dies\n\nLord Hale has died aged 90.\n\nThe Lord Chief Justice, Lord Woolf, who "
        'is the most senior judge in the land, said it was Lord Hale\'s "pioneering work" '
        "which paved the way for the act.\n"
    )
    assert "Woolf" in speaker_of(analyze_text(text), "pioneering").name


def test_a_body_name_the_ner_cut_at_and_is_joined(analyzer):
    from claimtrail.extract.speakers.entities import collect_mentions

    text = (
        "Members of the Coastal and Inland Rowers Association voted, as did Tarvik Rovers "
        "and Ashby Vale."
    )
    doc = analyzer.nlp(text)
    spans = ["Inland Rowers Association", "Tarvik Rovers", "Ashby Vale"]
    doc.ents = [doc.char_span(text.index(w), text.index(w) + len(w), label="ORG") for w in spans]
    names = [m.text for m in collect_mentions(doc, 0)]
    assert "Coastal and Inland Rowers Association" in names  # was "Inland Rowers Association"
    assert "Tarvik Rovers" in names and "Ashby Vale" in names  # two clubs stay two


def test_a_posts_remit_is_part_of_the_title_not_a_body(analyzer):
    from claimtrail.extract.speakers.entities import collect_mentions

    text = "Ministers backed the Home Secretary's plans. Home Secretary Ann Vale said it was fair."
    doc = analyzer.nlp(text)
    at = text.index("Home Secretary's")
    vale = text.index("Ann Vale")
    doc.ents = [
        doc.char_span(at, at + 4, label="ORG"),  # the NER's "Home", alone
        doc.char_span(vale, vale + 8, label="PERSON"),
    ]
    assert [m.text for m in collect_mentions(doc, 0)] == ["Ann Vale"]


def test_a_body_described_by_whom_it_serves_is_not_the_body_in_view(analyze_text):
    text = (
        "Suspects refuse bail\n\nThe Tarvik Police said the men were dangerous. On Monday, "
        "the defence team for three suspects in custody told the judge the men would refuse "
        "bail.\n"
    )
    speaker = speaker_of(analyze_text(text), "would refuse")
    assert speaker.name != "Tarvik Police" and "defence team" in speaker.name


def test_lord_inside_a_title_is_a_word_of_the_title(analyze_text):
    text = (
        "Judge dies\n\nLord Hale has died aged 90.\n\nPaying tribute, the Lord Chancellor Lord "
        'Marrow said Lord Hale was one of the "finest minds of his day".\n'
    )
    assert speaker_of(analyze_text(text), "finest minds").role == "Lord Chancellor"


def test_a_place_named_with_of_before_a_title_leaves_the_title_whole(analyzer, analyze_text):
    from claimtrail.extract.speakers.entities import collect_mentions

    text = "Lee upbeat\n\nRepublic of Ireland manager Tom Lee said he was pleased."
    doc = analyzer.nlp(text)
    at = text.index("of Ireland")
    doc.ents = [doc.char_span(at, at + len("of Ireland"), label="GPE")]  # as the NER cut it
    assert [m.text for m in collect_mentions(doc, 0)] == ["Republic of Ireland"]
    analysis = analyze_text(
        "Vane frustrated\n\nRepublic of Ireland manager Ben Vane admitted he was frustrated his "
        "side did not score more.\n"
    )
    assert speaker_of(analysis, "frustrated his side").role == "manager"


def test_a_spokesman_of_a_kind_not_in_view_is_that_kinds(analyze_text):
    text = (
        "Pastors urge boycott\n\nPastors of the Grace Hill Church want fans to skip the "
        "concert at the arena. But a venue spokesman said 4,000 tickets had been sold.\n"
    )
    assert speaker_of(analyze_text(text), "tickets had been sold").name == "a venue spokesman"


def test_an_honorific_outweighs_a_trade_noun_before_the_name(analyze_text):
    text = (
        "Minister in love\n\nMinister Tom Reed has talked of his love for married publisher "
        "Kate Brant.\n\nMr Reed is seeking access to Mrs Brant's son. She denies he is Mr "
        "Reed's.\n"
    )
    assert speaker_of(analyze_text(text), "he is Mr").name == "Kate Brant"
