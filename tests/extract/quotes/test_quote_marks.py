from hypothesis import given
from hypothesis import strategies as st

from claimtrail.extract.quotes.quote_marks import find_quoted_spans


def contents(text):
    return [text[s.start : s.end] for s in find_quoted_spans(text)]


def test_straight_and_curly_marks():
    assert contents('He said "yes" and “no” then.') == ["yes", "no"]


def test_multi_sentence_quote_is_one_span():
    assert contents('"One. Two. Three," she said.') == ["One. Two. Three,"]


def test_multi_paragraph_quote_continues_when_next_paragraph_reopens():
    text = "“First paragraph of the quote.\n“Second paragraph,” he said."
    spans = find_quoted_spans(text)
    assert len(spans) == 1 and spans[0].paragraphs == 2
    assert text[spans[0].start : spans[0].end].endswith("Second paragraph,")


def test_unclosed_quote_ends_at_its_paragraph_and_is_flagged():
    text = 'She said "this never closes\nNext paragraph.'
    spans = find_quoted_spans(text)
    assert len(spans) == 1 and not spans[0].closed
    assert text[spans[0].start : spans[0].end] == "this never closes"


def test_inch_marks_and_apostrophes_are_not_quotes():
    assert contents("a 12\" pipe isn't a quote") == []


@given(st.text(alphabet='ab "“”\n.,', max_size=80))
def test_never_fails_and_spans_are_ordered_and_inside_the_text(text):
    spans = find_quoted_spans(text)
    last = -1
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.open > last
        last = s.open
