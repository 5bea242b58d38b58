"""Speakers on written texts, one class each (every test fails without its rule):
a party word in a description ("the Tory leader") fits the person of that party; a pronoun
after an unnamed speaker whose closing mark the parser split off; a quote right after a
sentence that reports an unnamed person, and the pronoun after it; "the magazine" for an
outlet the NER left untagged."""

from __future__ import annotations


def speaker_of(analysis, fragment: str):
    quote = next(q for q in analysis.quotes if fragment in q.text)
    return quote.speaker


def test_a_party_word_in_a_description_fits_that_partys_leader(analyze_text):
    text = (
        "Opposition attacks spending plans\n\nTory leader Michael Howard has attacked "
        "Gordon Brown's spending plans as a pre-election bribe.\n\nMr Brown's plans were not "
        'meant for the country but "for his own party," the Tory leader said on Friday.\n'
    )
    assert speaker_of(analyze_text(text), "for his own party").name == "Michael Howard"


def test_a_party_word_rules_out_a_leader_of_another_party(analyze_text):
    text = (
        "Leaders clash\n\nLabour leader Tessa Wrenfold and Liberal Democrat leader Owen Marsh "
        "met voters on Monday.\n\nMs Wrenfold's pledges were empty and "
        '"frankly unaffordable," the Lib Dem leader said later.\n'
    )
    assert speaker_of(analyze_text(text), "frankly unaffordable").name == "Owen Marsh"


def test_he_after_an_unnamed_spokesman_whose_quote_ends_a_paragraph(analyze_text):
    text = (
        "Britons told to leave\n\nThe Foreign Office has urged Britons to leave the region, "
        "Prime Minister Tony Blair said on Monday. The prime minister's official spokesman "
        'said: "We are drawing up the usual plans in case things get worse."\n\n'
        "He added that the embassy would stay open for now.\n"
    )
    speaker = speaker_of(analyze_text(text), "embassy would stay open")
    assert speaker.name != "Tony Blair"
    assert "spokesman" in speaker.name


def test_a_quote_after_an_unnamed_persons_reported_words_is_theirs(analyze_text):
    text = (
        "Markets climb\n\nShares rose sharply on Tuesday, says exchange chairman Yusuf Khalid. "
        '"The mood is strong," says Mr Khalid. One leading Lahore broker said the reasons '
        'may be political. "Foreign money will not flow out." A lot of foreign money, he says, '
        "has already gone to Dubai.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "will not flow out").name == "One leading Lahore broker"
    assert speaker_of(analysis, "gone to Dubai").name == "One leading Lahore broker"


def test_the_magazine_is_the_outlet_named_beside_the_word(analyze_text):
    text = (
        "Laptop named top gadget\n\nThe Zenox Notebook 3 has been chosen as the best gadget "
        "ever made, by US magazine Carry PC.\n\nThe Zenox was picked because it was light. "
        'The Sony Walkman came third. "We only counted things you could carry," said the '
        "magazine.\n"
    )
    assert speaker_of(analyze_text(text), "things you could carry").name == "Carry PC"


def test_a_name_the_ner_made_a_place_is_a_person_once_called_mr(analyze_text):
    text = (
        "Succession bill\n\nPeers are debating a bill on who inherits the throne. The Fabian "
        "Society's Sundar Okwala said the change was \"long overdue\". The think tank's general "
        'secretary told BBC Radio 4 there were some "very dated features" in the constitution.'
        '\n\n"We hope ministers will welcome it." He noted that three decades had passed since '
        'the act. Mr Okwala added: "This is overdue."\n\nBut he accepted that the bill was '
        "unlikely to become law.\n"
    )
    analysis = analyze_text(text)
    for fragment in ("very dated features", "three decades", "unlikely to become law"):
        assert speaker_of(analysis, fragment).name == "Sundar Okwala"


def test_a_name_that_owns_a_board_is_a_body_whatever_the_ner_says(analyze_text):
    text = (
        "Club lets bidder see accounts\n\nManchester United's board will let American "
        "businessman Malcolm Glazer study its accounts.\n\nLast week Mr Glazer handed the board "
        "a plan for a takeover. Issuing a statement, the club said Mr Glazer would get "
        '"limited checks" of its books. However, it said it was still against Mr Glazer\'s '
        "plans. Plenty of fans of Manchester United hold shares in the club. With Manchester "
        "United many investors keep shares for love, not money. Mr Glazer and his sons already "
        "rank second among the shareholders of Manchester United.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "limited checks").name == "Manchester United"
    assert speaker_of(analysis, "still against").name == "Manchester United"


def test_a_country_that_ends_a_bodys_name_is_its_branch_not_the_country(analyze_text):
    text = (
        "Passports withheld\n\nTwo men freed from Guantanamo Bay have been told they will not "
        "get passports.\n\nAmnesty International UK also asked whether the evidence had been "
        "obtained under torture.\n"
    )
    assert "Amnesty" in speaker_of(analyze_text(text), "obtained under torture").name


def test_a_named_persons_lawyer_is_not_that_person(analyze_text):
    text = (
        "Writer jailed\n\nA Cuban poet, Dario Villanueva, has been given ten years in prison for "
        "his essays. Mr Villanueva's lawyer said the trial had been unfair.\n"
    )
    speaker = speaker_of(analyze_text(text), "trial had been unfair")
    assert "Dario" not in speaker.name
    assert "lawyer" in speaker.name


def test_the_mens_solicitor_is_none_of_the_men(analyze_text):
    text = (
        "Travel papers refused\n\nA letter sent to Omar Kessler said his travel papers would be "
        "withheld. A second letter went to Yusuf Adebayo, the men's solicitor says.\n"
    )
    speaker = speaker_of(analyze_text(text), "second letter went")
    assert speaker.name not in {"Omar Kessler", "Yusuf Adebayo"}


def test_a_bodys_title_is_the_person_named_next_not_one_with_another_title(analyze_text):
    text = (
        "Bloggers' day\n\nPresident Anatol Brusk has condemned online critics. The campaign's "
        "site drew 8,000 visitors, the campaign's director told reporters. Lena Marchetti said "
        "the sentence would only strengthen the cause.\n"
    )
    assert speaker_of(analyze_text(text), "8,000 visitors").name == "Lena Marchetti"


def test_the_french_are_a_people_not_the_person_in_view(analyze_text):
    text = (
        'Embargo row\n\nShadow minister Tom Ellery said lifting the ban would be "reckless". '
        "The French say the ban should go because they want to sell arms; the Chinese say it "
        "is an insult.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "ban should go").name != "Tom Ellery"
    assert speaker_of(analysis, "an insult").name != "Tom Ellery"


def test_the_club_is_the_body_named_since_the_one_called_a_club(analyze_text):
    text = (
        "Club weighs bid\n\nManchester United's board has agreed to let US investor Dan Roper "
        "see its accounts.\n\nNeighbouring club Manchester City has asked its fans not to "
        "protest at Saturday's derby.\n\nManchester United's reply came as no surprise. \"Any "
        'board must weigh a serious offer," the club said in a statement.\n'
    )
    assert speaker_of(analyze_text(text), "serious offer").name == "Manchester United"


def test_a_quote_sentence_with_its_stop_after_the_mark_does_not_push_a_subject_out(
    analyze_text,
):
    text = (
        "Party's hired gun\n\nNew Yorker Dan Vale is the party's new election strategist. "
        '"I came here by chance," he says.\n\nSo is the party\'s aim to wreck the Liberals, '
        'as former member Roy Harker once claimed? "No. The aim is to leave the union."\n\n'
        'And, on the subject of Mr Harker, Mr Vale has another neat line. "Roy Harker is not '
        'a team worker - a party should stand for something and not someone".\n\nSo what is '
        'the plan for the election? How will the party win seats? "Look, we will not be '
        'forming the next government," he said.\n'
    )
    assert speaker_of(analyze_text(text), "next government").name == "Dan Vale"


def test_a_name_conjoined_in_a_modifier_is_not_in_view(analyze_text):
    text = (
        "File swapping\n\nDeveloper Sloncek said the software would be free. There were no "
        "plans to offer a Linux or Mac edition. He said the costs would be met by adverts.\n"
    )
    assert speaker_of(analyze_text(text), "met by adverts").name != "Mac"
