from hypothesis import given
from hypothesis import strategies as st

from claimtrail.extract.quotes.quote_marks import find_quoted_spans, uses_single_marks


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


# The single-mark house style (British tabloids, some wires): text written for these tests.
SINGLE_STYLE = (
    "Shop row\n"
    "Mrs Lane said: 'I can't say any more. The neighbours' house was empty.'\n\n"
    "'We never asked,' said Tom Reed, whose sons' bikes were taken in the '90s.\n\n"
    "He called it 'a farce'. Rock 'n' roll was played."
)


def test_single_marks_are_quotes_in_an_article_with_no_double_marks():
    assert uses_single_marks(SINGLE_STYLE)
    assert contents(SINGLE_STYLE) == [
        "I can't say any more. The neighbours' house was empty.",
        "We never asked,",
        "a farce",
    ]


def test_single_marks_stay_apostrophes_beside_double_marks():
    text = SINGLE_STYLE + ' She added: "Nothing."'
    assert not uses_single_marks(text)
    assert contents(text) == ["Nothing."]


def test_one_single_mark_quote_is_not_a_house_style():
    assert not uses_single_marks("Tory 'lies' row\nThe minister's aide denied it.")


def test_a_sentence_is_read_in_its_article_style():
    sentence = "'We never asked,' said Tom Reed."
    assert contents(sentence) == []  # alone, one quote is no evidence of the style
    spans = find_quoted_spans(sentence, single_marks=True)
    assert [sentence[s.start : s.end] for s in spans] == ["We never asked,"]


@given(st.text(alphabet="ab '‘’\n.,:", max_size=80))
def test_single_style_never_fails_and_spans_stay_inside_the_text(text):
    for s in find_quoted_spans(text, single_marks=True):
        assert 0 <= s.start <= s.end <= len(text)


@given(st.text(alphabet='ab "“”\n.,', max_size=80))
def test_never_fails_and_spans_are_ordered_and_inside_the_text(text):
    spans = find_quoted_spans(text)
    last = -1
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.open > last
        last = s.open
