"""Content spans and speakers for attribution patterns PolNeAR annotates (texts written here).

Tests of contents that only PolNeAR's convention counts (noun phrases, infinitives) use
``analyze_polnear``; the default news convention is tested in test_quote_conventions.py.

Each test names the convention: what belongs to the content and who the source is.
"""

from __future__ import annotations


def quotes_of(analyze_text, text):
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None) for q in analyze_text(text).quotes
    ]


def test_parenthetical_attribution_reports_the_whole_clause(analyze_text):
    text = (
        "Coal debate\nToo often, Mr. Clarke said, the debate over coal is infected with "
        "tribalism.\n"
    )
    found = quotes_of(analyze_text, text)
    assert (
        "indirect",
        "Too often, Mr. Clarke said, the debate over coal is infected with tribalism",
        "Clarke",
    ) in found


def test_quote_continued_after_a_long_attribution_sentence_is_one_quote(analyze_polnear):
    text = (
        'Visa program\n"There is a need for more oversight," said Ronald R. Fieldstone, a Miami '
        "lawyer who has been involved in using EB-5 funding for development projects. "
        '"If there is no independence, it exposes the program to fraud."\n'
    )
    [quote] = analyze_polnear(text).quotes
    assert quote.text.startswith("There is a need") and quote.text.endswith("to fraud.")
    assert len(quote.segments) == 2
    assert quote.speaker.name == "Ronald R. Fieldstone"


def test_second_quote_with_its_own_cue_stays_separate(analyze_text):
    text = (
        'Reactions\n"It is a dog whistle," Rep. Gwen Moore said Friday. "It hurts us all," '
        "added Rep. Jim Clyburn.\n"
    )
    speakers = [q.speaker.name for q in analyze_text(text).quotes]
    assert speakers == ["Gwen Moore", "Jim Clyburn"]


def test_apostrophe_in_the_attribution_does_not_block_the_merge(analyze_polnear):
    text = (
        "Tax plan\n''It is fiscally responsible,'' Leonard Burman, director of the Tax Policy "
        "Center, said of Mrs. Clinton's plan. ''It does not make our problems worse.''\n"
    )
    [quote] = analyze_polnear(text).quotes
    assert quote.text.endswith("problems worse.")


def test_non_restrictive_clause_after_a_reported_noun_phrase_is_the_writers(analyze_polnear):
    text = "Health\nSeveral Democrats have questioned the health of Donald Trump, who is 70.\n"
    texts = [q.text for q in analyze_polnear(text).quotes]
    assert "the health of Donald Trump" in texts


def test_object_of_call_on_is_part_of_the_content(analyze_polnear):
    text = "Apology\nThe senator called on Trump to stop attacking Machado and apologize.\n"
    texts = [q.text for q in analyze_polnear(text).quotes]
    assert "Trump to stop attacking Machado and apologize" in texts


def test_finite_said_keeps_its_speaker_out_of_the_content(analyze_text):
    text = (
        "Tweets\nIn one tweet, Trump said: \u201cDid Crooked Hillary help Alicia M become a "
        "U.S. citizen so she could use her in the debate?\u201d\n"
    )
    [quote] = analyze_text(text).quotes
    assert quote.text.startswith("Did Crooked Hillary")
    assert quote.speaker.name == "Trump"


def test_several_quoted_labels_under_one_cue_are_a_record_each(analyze_text):
    # the news convention (GUIDELINES.md: a quoted fragment in a non-clausal frame is direct,
    # text = the fragment); PolNeAR's annotation keeps one mixed record
    text = (
        'Insults\nCritics called Trump a "pathological liar," a "serial philanderer" and a '
        '"bully."\n'
    )
    quotes = analyze_text(text).quotes
    labelled = [q for q in quotes if q.cue is not None and q.cue.text == "called"]
    assert [q.text for q in labelled] == ["pathological liar,", "serial philanderer", "bully."]
    assert {q.kind for q in labelled} == {"direct"}
    assert {q.speaker.name for q in labelled} == {"Critics"}


def test_quoted_words_in_a_noun_phrase_are_a_record_each(analyze_text):
    text = (
        'Row\nThe singer Ana Ruiz has attacked "false" and "desperate" gossip magazines in a '
        "letter on her website.\n"
    )
    texts = [q.text for q in analyze_text(text).quotes]
    assert "false" in texts and "desperate" in texts


def test_quoted_words_in_a_clause_stay_one_mixed_record(analyze_text):
    # the parser leaves "were" without a subject; its tense still makes the content a clause
    text = 'Vote\nHe denied the concessions were a "political ploy" forced by panic.\n'
    [quote] = analyze_text(text).quotes
    assert quote.kind == "mixed" and quote.text.endswith('"political ploy" forced by panic')


def test_quoted_title_is_not_a_partial_quote(analyze_text):
    text = 'TV\nJohnson tells MSNBC\'s "Morning Joe" that the plan will fail.\n'
    assert all("Morning Joe" != q.text for q in analyze_text(text).quotes)


def test_signed_quote_takes_the_name_after_the_dash(analyze_text):
    text = (
        "Readers respond\n\u201cHe has said hateful things time and again.\u201d \u2015 "
        "Carlos Ra\u00fal\n"
    )
    [quote] = analyze_text(text).quotes
    assert quote.speaker.name == "Carlos Ra\u00fal"
    assert quote.cue.text == "\u2015"


def test_speaker_next_to_the_verb_when_the_parse_goes_astray(analyze_text):
    text = (
        "Police chief\n\u201cI will just make this promise to you: We will achieve justice in "
        "this case,\u201d Tulsa police Chief Chuck Jordan said Monday.\n"
    )
    [quote] = analyze_text(text).quotes
    assert quote.speaker.name == "Chuck Jordan"


def test_writers_frame_before_the_marks_makes_a_mixed_quote(analyze_text):
    text = (
        "Museum\nShe said the event brought back memories of her father, and of ''all the "
        "people who did things to get us here.''\n"
    )
    [quote] = analyze_text(text).quotes
    assert quote.kind == "mixed"
    assert quote.text.startswith("the event brought back memories")


def test_quote_ending_a_sentence_does_not_take_the_next_sentences_cue(analyze_text):
    text = (
        'Rally\nMs. Lee spoke first. "We will win." He told the crowd that turnout would be high.\n'
    )
    direct = [q for q in analyze_text(text).quotes if q.text == "We will win."]
    assert all(q.cue is None or q.cue.text != "told" for q in direct)


def test_paragraph_after_an_intro_line_ending_in_a_colon(analyze_text):
    text = (
        "Report\nThe New York Times reports:\n\nHillary Clinton was headed to the ER but "
        "diverted.\n"
    )
    [quote] = analyze_text(text).quotes
    assert quote.text == "Hillary Clinton was headed to the ER but diverted."
    assert quote.speaker.name == "New York Times"


def test_section_heading_with_a_colon_is_not_a_speaker(analyze_text):
    text = (
        "UN record\nLimited Tools to Fight Terrorism: The United Nations was set up at a time "
        "when conflicts erupted among nations.\n"
    )
    speakers = [q.speaker.name if q.speaker else None for q in analyze_text(text).quotes]
    assert "Limited Tools" not in speakers


def test_as_clause_attribution_reports_the_main_clause(analyze_text):
    text = (
        "Taxes\nAs many tax experts have pointed out, Mr. Trump is free to disclose his returns.\n"
    )
    [quote] = analyze_text(text).quotes
    assert quote.text == "Mr. Trump is free to disclose his returns"
    assert quote.speaker.name.endswith("tax experts")


def test_passive_subject_is_the_content_and_the_agent_the_source(analyze_polnear):
    text = "Curfew\nA curfew was announced by the mayor on Thursday night.\n"
    quotes = analyze_polnear(text).quotes
    match = [q for q in quotes if q.text.startswith("A curfew")]
    assert match, quotes
    assert match[0].speaker is None or match[0].speaker.name != "curfew"


def test_title_case_headline_with_the_source_and_verb_last(analyze_text):
    text = (
        "Clinton Hid Past Health Problems From Public, Former White House Doctor Says\n"
        "A former White House doctor said on Monday that the candidate hid her health.\n"
    )
    headline = [q for q in analyze_text(text).quotes if q.start < text.index("\n")]
    assert [q.text for q in headline] == ["Clinton Hid Past Health Problems From Public"]
    assert headline[0].cue.text == "Says"


def test_dateline_with_a_spaced_hyphen_is_not_part_of_the_speaker(analyze_text):
    text = "Convention\nCLEVELAND - Donald Trump said that the country was in decline.\n"
    [quote] = analyze_text(text).quotes
    assert quote.speaker.name == "Donald Trump"
    assert "CLEVELAND" not in text[quote.speaker.start : quote.speaker.end]


def test_pronoun_skips_a_person_whose_honorific_contradicts_it(analyze_text):
    text = (
        "Debate night\nMrs. Clinton spoke first. Mr. Trump answered her at length. "
        "She said that the plan was reckless.\n"
    )
    quote = next(q for q in analyze_text(text).quotes if q.text.endswith("reckless"))
    assert quote.speaker.mention == "She"
    assert quote.speaker.name.endswith("Clinton")
