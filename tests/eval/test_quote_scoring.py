"""The quote scorer on hand-made gold/prediction pairs: trimming, pairing, exact, attribution."""

from __future__ import annotations

import pytest

from claimtrail.eval.quotes import (
    DocQuotes,
    GoldQuote,
    PredQuote,
    QuoteCounts,
    greedy_pairs,
    name_words,
    prf,
    score_doc,
    score_docs,
    speaker_is_right,
    trim_span,
)

TEXT = 'Senator Jane Doe said: "We will win." Mr. Smith said that taxes would rise.'


def span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def gold(text: str, content: str, source: str | None = None) -> GoldQuote:
    start, end = span(text, content)
    if source is None:
        return GoldQuote(start, end)
    s_start, s_end = span(text, source)
    return GoldQuote(start, end, s_start, s_end)


def pred(text: str, content: str, mention: str | None = None, name: str | None = None) -> PredQuote:
    start, end = span(text, content)
    if mention is None:
        return PredQuote(start, end, speaker_name=name)
    m_start, m_end = span(text, mention)
    return PredQuote(start, end, m_start, m_end, name)


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ('"We will win."', "We will win"),
        ("  “curly quotes,” ", "curly quotes"),
        ("— a dash-led clause; ", "a dash-led clause"),
        ("‘single’", "single"),
        ("«angle»:", "angle"),
        ("plain", "plain"),
        ('" , . "', ""),
    ],
)
def test_trim_drops_marks_punctuation_and_dashes_at_the_ends(piece: str, expected: str) -> None:
    start, end = trim_span(piece, 0, len(piece))
    assert piece[start:end] == expected


def test_trim_keeps_inner_punctuation() -> None:
    text = '"No, not now."'
    start, end = trim_span(text, 0, len(text))
    assert text[start:end] == "No, not now"


def test_greedy_pairs_take_the_largest_overlap_first() -> None:
    # pred 0 overlaps gold 0 by 5 and gold 1 by 8: it goes to gold 1; gold 0 then takes pred 1.
    gold_spans = [(0, 10), (10, 30)]
    pred_spans = [(5, 18), (0, 3)]
    assert greedy_pairs(gold_spans, pred_spans) == [(0, 1, 3), (1, 0, 8)]


def test_greedy_pairs_are_one_to_one() -> None:
    assert greedy_pairs([(0, 10)], [(0, 10), (2, 8)]) == [(0, 0, 10)]
    assert greedy_pairs([(0, 10), (2, 8)], [(0, 10)]) == [(0, 0, 10)]


def test_touching_spans_do_not_pair() -> None:
    assert greedy_pairs([(0, 10)], [(10, 20)]) == []


def test_trimming_decides_exactness() -> None:
    doc = DocQuotes(
        "d",
        TEXT,
        [gold(TEXT, '"We will win."', "Senator Jane Doe")],
        [pred(TEXT, "We will win", "Jane Doe")],
    )
    score = score_doc(doc)
    assert score.counts.paired == 1 and score.counts.exact == 1


def test_pairs_only_through_trimmed_spans() -> None:
    # The prediction only covers the closing quotation mark: nothing to pair once trimmed.
    text = 'He said "yes." Then left.'
    mark = text.index('."') + 1
    doc = DocQuotes("d", text, [gold(text, "yes")], [PredQuote(mark, mark + 1)])
    assert score_doc(doc).counts.paired == 0


def test_partial_overlap_pairs_but_is_not_exact() -> None:
    doc = DocQuotes(
        "d",
        TEXT,
        [gold(TEXT, "taxes would rise", "Mr. Smith")],
        [pred(TEXT, "that taxes would rise.", "Smith")],
    )
    counts = score_doc(doc).counts
    assert (counts.paired, counts.exact, counts.attributed) == (1, 0, 1)


def test_attribution_by_overlapping_mention() -> None:
    g = gold(TEXT, "We will win", "Senator Jane Doe")
    assert speaker_is_right(TEXT, g, pred(TEXT, "We will win", "Doe"))
    assert not speaker_is_right(TEXT, g, pred(TEXT, "We will win", "Mr. Smith"))


def test_attribution_by_shared_surname_when_mention_is_elsewhere() -> None:
    text = 'Jane Doe spoke first. "We will win," she said.'
    g = gold(text, "We will win", "she")
    g_named = GoldQuote(g.start, g.end, *span(text, "Jane Doe"))
    far_pronoun = pred(text, "We will win", "spoke", name="Senator Jane Doe")
    assert speaker_is_right(text, g_named, far_pronoun)
    assert not speaker_is_right(text, g, far_pronoun)  # gold source "she" shares no name word


def test_titles_alone_do_not_make_a_speaker_right() -> None:
    text = '"No," President Obama said. President Trump disagreed.'
    g = gold(text, "No", "President Obama")
    wrong = PredQuote(g.start, g.end, speaker_name="President Trump")
    assert not speaker_is_right(text, g, wrong)
    assert name_words("President Barack Obama") == {"barack", "obama"}


def test_sourceless_gold_is_right_only_without_a_predicted_speaker() -> None:
    text = "It has been well documented that the plan failed."
    g = gold(text, "the plan failed")
    assert speaker_is_right(text, g, pred(text, "the plan failed"))
    assert not speaker_is_right(text, g, pred(text, "the plan failed", name="Reuters"))
    assert score_doc(DocQuotes("d", text, [g], [pred(text, "plan failed")])).counts.attributed == 1


def test_missing_speaker_is_wrong_for_sourced_gold() -> None:
    g = gold(TEXT, "We will win", "Senator Jane Doe")
    assert not speaker_is_right(TEXT, g, pred(TEXT, "We will win"))


def test_discontinuous_gold_pairs_with_either_half() -> None:
    text = '"Go home," he said, "and rest."'
    start, end = text.index("Go"), text.index("rest.") + len("rest.")
    g = GoldQuote(start, end, *span(text, "he"))
    counts = score_doc(DocQuotes("d", text, [g], [pred(text, "and rest", "he")])).counts
    assert (counts.paired, counts.exact, counts.attributed) == (1, 0, 1)


def test_counts_and_prf_over_documents() -> None:
    doc1 = DocQuotes(
        "a",
        TEXT,
        [gold(TEXT, "We will win", "Jane Doe"), gold(TEXT, "taxes would rise", "Mr. Smith")],
        [pred(TEXT, '"We will win."', "Jane Doe")],
    )
    doc2 = DocQuotes("b", TEXT, [], [pred(TEXT, "Mr. Smith said")])
    total, scores = score_docs([doc1, doc2])
    assert (total.docs, total.gold, total.pred, total.paired, total.exact) == (2, 2, 2, 1, 1)
    assert total.overlap.precision == 0.5 and total.overlap.recall == 0.5
    assert total.overlap.f1 == pytest.approx(0.5)
    assert [s.doc.doc_id for s in scores] == ["a", "b"]


def test_prf_with_nothing_predicted_is_zero() -> None:
    figure = prf(0, 0, 0, 3)
    assert (figure.precision, figure.recall, figure.f1) == (0.0, 0.0, 0.0)
    assert QuoteCounts().as_dict()["overlap"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
