"""The news convention: an attribution's content is a proposition (texts written here).

Each test is one class of false find seen on real news beyond PolNeAR (BBC business, politics,
sport, tech and entertainment): acts and objects after a cue, agentless evidentials, naming and
physical-action verbs, quoted titles, "That said," and boilerplate lines. Each has a kept
counterpart where the same cue does report speech.
"""

from __future__ import annotations

import pytest


def texts(analyze_text, body: str) -> list[str]:
    return [q.text for q in analyze_text("Headline for a test\n" + body + "\n").quotes]


@pytest.mark.parametrize(
    "body",
    [
        "The minister denied the charges at a hearing in the capital on Monday.",
        "The union rejected the latest pay offer from the rail company.",
        "The council urged residents to stay indoors during the storm.",
        "The two firms were expected to finalise the merger by the end of March.",
        "More than 10,000 people are thought to have signed the petition so far.",
        "The club sued its former manager for breach of contract.",
        "She made up names for the towns she visited to protect her friends.",
        "The party unveiled its new logo at a conference in Leeds.",
    ],
)
def test_an_act_or_an_object_after_a_cue_is_not_an_attribution(analyze_text, body):
    assert texts(analyze_text, body) == []


def test_a_finite_clause_after_the_same_cue_is_one(analyze_text):
    found = texts(analyze_text, "The minister denied that she had misled the committee.")
    assert [t.removeprefix("that ") for t in found] == ["she had misled the committee"]


def test_a_quoted_fragment_after_a_cue_is_a_quote(analyze_text):
    found = texts(analyze_text, 'The coach condemned the referee\'s decision as "a disgrace".')
    assert any("a disgrace" in t for t in found)


@pytest.mark.parametrize(
    "body, content",
    [
        # negated belief is kept (guidelines), and so is a known fact stated
        ("The minister did not believe that the plan would work.", "the plan would work"),
        ("The chairman said he did not know whether the bid would succeed.", "he did not know"),
        # a rumour's report by a named paper is the paper's
        ("The Sunday Times reported that the retailer was looking at properties.", "retailer"),
        # a future "will tell" has its subject: no order to the reader
        ("The minister will tell MPs that taxes will fall.", "taxes will fall"),
    ],
)
def test_negated_belief_and_named_reports_stay_attributions(analyze_text, body, content):
    assert any(content in t for t in texts(analyze_text, body))


def test_calling_someone_a_quoted_label_is_a_quote(analyze_text):
    found = texts(analyze_text, 'The opposition leader called the budget "a shambles".')
    assert any("a shambles" in t for t in found)


def test_polnear_convention_keeps_noun_phrase_contents(analyze_polnear):
    body = "Headline for a test\nThe union rejected the latest pay offer from the rail company.\n"
    assert [q.text for q in analyze_polnear(body).quotes]


@pytest.mark.parametrize(
    "body",
    [
        # naming, not saying
        'The band released a new single called "Blue Morning" on Monday.',
        'Fans have dubbed the new stadium "the Cauldron" since it opened.',
        'Ms Lane, known as "Queen of the Sky" to her readers, kept a diary online.',
        'The band called their second album "Night Moves" after a road trip.',
        # quoted titles of films, books, songs and programmes
        'She starred in "The River Between Us" before moving to television.',
        "The group played \"I Still Haven't Found What I'm Looking For\" at the end.",
        # "That said," is no attribution
        "That said, the team still has a lot of work to do before the final.",
        # a rate, not a source
        "Downloads cost 79p per track, and the service costs £9.99 per month.",
        # data as a source
        "According to early sales figures, the single is likely to reach number one.",
        # sourceless rumour
        "There are rumours that the company is poised to launch its own browser.",
        # refusals, questions put to someone, acts
        "The minister refused to confirm that she is planning a new party.",
        "Asked whether he would welcome their votes, the leader smiled and walked away.",
        "The party challenged its former member to stand down as an MEP.",
        # negated speech, and open questions under verbs of knowing (guidelines)
        "The company has not commented on whether the factory will close.",
        "She never mentioned what she did for a living.",
        "Nobody knows how long the battery will last.",
        "Many users were left to wonder what all the fuss was about.",
        "It is too early to know if the treatment has worked.",
        # an impersonal infinitive of saying: nobody says it
        "It is fair to say that the club has struggled this season.",
        "It is important to point out that the video has not been verified.",
        # an order to the reader
        "Check out the video below, and tell us what you think!",
        # pictures, videos and rumours as sources
        "A video posted on Thursday showed the hostage in a cell.",
        "Photos show she still has the same cheeky smile.",
        "A rumour on Tuesday claims the watch will cost $500.",
        # boilerplate and list lines
        "Replacements: John Smith, Peter Jones, Mark Brown.",
        "Our Standards: The Trust Principles.",
    ],
)
def test_names_titles_rates_data_and_boilerplate_are_not_attributions(analyze_text, body):
    assert texts(analyze_text, body) == []


def test_an_attribution_inside_a_quotation_is_not_a_record(analyze_text):
    body = (
        '"I thought it would never work. You know, I said the radio was dead," Mr Curry '
        "told reporters."
    )
    found = texts(analyze_text, body)
    assert len(found) == 1 and found[0].startswith("I thought")


def test_a_quote_interrupted_by_its_attribution_is_two_records(analyze_text):
    text = (
        'Final\n"We are ready for this," the coach said, "and nobody here is afraid of the '
        'champions."\n'
    )
    quotes = analyze_text(text).quotes
    assert [q.text.strip(",") for q in quotes] == [
        "We are ready for this",
        "and nobody here is afraid of the champions.",
    ]
    assert quotes[0].cue is not None and quotes[1].cue is None
    assert quotes[0].speaker.name == quotes[1].speaker.name


def test_one_cue_makes_one_record(analyze_text):
    text = (
        'Sevens\n"We can win this World Cup at the same time," said England sevens coach '
        'Mike Friday. "We have a fine record in Hong Kong."\n'
    )
    quotes = analyze_text(text).quotes
    assert all("Mike Friday" not in q.text for q in quotes)


def test_a_cue_word_inside_an_unquoted_title_is_not_a_cue(analyze_text):
    body = (
        "The album saw the band reach the height of their powers with hits including Where "
        "the Streets Have No Name, I Still Haven't Found What I'm Looking For and With Or "
        "Without You."
    )
    assert texts(analyze_text, body) == []


def test_a_generic_you_is_not_a_source(analyze_text):
    body = "The returns can be pretty good when you consider that some games cost five pounds."
    assert texts(analyze_text, body) == []
    kept = texts(analyze_text, "The firm said that some games cost five pounds.")
    assert [t.removeprefix("that ") for t in kept] == ["some games cost five pounds"]


def test_an_adverbial_clause_after_a_verb_is_no_reported_content(analyze_text):
    text = (
        "Row\nThe minister wrote to the committee after it sought to question his role in the "
        "deal. He later said it was all a fuss.\n"
    )
    texts = [q.text for q in analyze_text(text).quotes]
    assert not any(t.startswith("after it sought") for t in texts)
    assert "it was all a fuss" in texts


@pytest.mark.parametrize(
    "body",
    [
        "It is thought the new rules may treat small firms differently.",
        'Fire crews were said to be "baffled" the blaze had spread so fast.',
        "Weekly sales figures showed nearly half of buyers chose the cheaper model.",
        "There is good reason to believe that the slump will pass.",
        "It's a universal rule that a sequel never beats the original.",
    ],
)
def test_evidentials_data_and_sourceless_nouns_are_not_attributions(analyze_text, body):
    assert texts(analyze_text, body) == []


def test_the_same_cues_with_a_speaker_are_kept(analyze_text):
    assert texts(analyze_text, "The firm announced that 300 jobs would go.") == [
        "that 300 jobs would go"
    ]
    assert texts(analyze_text, "He said there was good reason to believe in a recovery.") == [
        "there was good reason to believe in a recovery"
    ]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The minister was quick to point out that taxes had fallen.", "The minister"),
        ("Mr Hale was keen to stress that no decision had been taken.", "Hale"),
        ("It is likely to say that profits fell, analysts at Barton said of the bank.", None),
    ],
)
def test_an_infinitive_of_saying_on_an_adjective_speaks_for_the_copulas_subject(
    analyze_text, body, speaker
):
    quotes = analyze_text(body).quotes
    assert quotes, "the attribution is kept"
    if speaker is not None:
        assert any(q.speaker is not None and speaker in q.speaker.name for q in quotes)


@pytest.mark.parametrize(
    "body",
    [
        # the writer's own voice, outside quotation marks
        "As we learned yesterday, the council will close the library in May.",
        "We do know, however, that the company met the regulator in 2013.",
        "I believe that the new rules will make little difference to shoppers.",
        # commonplaces and hypotheticals: nobody in particular, or nobody at all, says it
        "Everyone knows that the summer sales start earlier every year.",
        "Some might say that spending that much on a car is a waste.",
        "The mayor would have known that the bridge was unsafe had she read the report.",
        # an infinitive of result: what somebody came upon, not anybody's words
        "The driver woke up in a lay-by to find that his van had been stolen.",
        "Police arrived at the farm to find the owner was not there.",
        # a premise: the writer's reasoning
        "Considering that most rivals charge less, the price seems high.",
    ],
)
def test_the_writers_voice_commonplaces_and_results_are_not_attributions(analyze_text, body):
    assert texts(analyze_text, body) == []


@pytest.mark.parametrize(
    "body, content",
    [
        ("The US said the meeting was more useful than any it had attended.", "the meeting"),
        ("One of them, Anna Berg, said the results were not yet clear.", "results"),
        ("The researchers were able to show that the drug cut the risk.", "the drug"),
        ("The inquiry found that the council had broken the rules.", "the council"),
        ("The spokesman would only say that talks were continuing.", "talks were continuing"),
    ],
)
def test_the_same_cues_with_a_real_source_are_kept(analyze_text, body, content):
    assert any(content in t for t in texts(analyze_text, body))


def test_a_title_after_a_naming_participle_is_not_a_quote(analyze_text):
    body = (
        'The video was posted online on Tuesday. Titled "A Message to the World", it shows '
        "a man standing in a field."
    )
    assert not any("A Message" in t for t in texts(analyze_text, body))


def test_a_run_of_quoted_headlines_is_not_speech(analyze_text):
    body = (
        "The minister said the site was a fake.\n\nOther headlines on the site include:\n\n"
        '"Farmers grow giant turnips for the winter fair"\n"Why the town hall clock stopped"\n'
        '"Ten ways to cook a river fish"\n'
    )
    assert texts(analyze_text, body) == ["the site was a fake"]


def test_speech_quoted_in_turn_stays_speech(analyze_text):
    body = (
        'The minister said: "This issue will not go away." "These revelations show how the '
        'government works."'
    )
    # the next quote's unpunctuated-title test must not take the first sentence with it
    assert any("will not go away" in t for t in texts(analyze_text, body))


def test_a_caption_label_is_no_colon_line_source(analyze_text):
    body = (
        "Senator Ted Cruz spoke in Iowa on Monday about farm policy.\n\n"
        "Cruz: We will win this fight and the farmers know it.\n\n"
        "Arrest: An unidentified man was arrested near the hall on Thursday.\n"
    )
    found = texts(analyze_text, body)
    assert any("win this fight" in t for t in found)
    assert not any("arrested" in t for t in found)
