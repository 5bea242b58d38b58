import json

import pytest

from claimtrail.errors import InputError
from claimtrail.ingest.decode import decode_bytes
from claimtrail.ingest.inputs import read_inputs
from claimtrail.ingest.readers import (
    InputFailure,
    RawArticle,
    article_from_text,
)


def test_text_file_keeps_the_exact_text_and_splits_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline\nBody one.\n")
    [raw] = list(read_inputs([str(path)]))
    assert raw.text == "Headline\nBody one.\n"
    assert raw.headline == "Headline" and raw.text[raw.body_start :] == "Body one.\n"


def test_json_and_jsonl_records(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"title": "T", "text": "B.", "url": "http://x"}))
    (tmp_path / "b.jsonl").write_text('{"headline": "H", "body": "C."}\n{not json}\n')
    results = list(read_inputs([str(tmp_path)]))
    articles = [r for r in results if isinstance(r, RawArticle)]
    failures = [r for r in results if isinstance(r, InputFailure)]
    assert [a.headline for a in articles] == ["T", "H"]
    assert articles[0].url == "http://x" and articles[0].text == "T\nB."
    assert len(failures) == 1 and failures[0].path.endswith("b.jsonl:2")


def test_invalid_utf8_is_replaced_with_a_warning_naming_the_file():
    decoded = decode_bytes(b"Head\nbad \xff byte", "x.txt")
    assert "\ufffd" in decoded.text and "x.txt" in decoded.warnings[0]


def test_binary_empty_and_missing_inputs_fail_clearly(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.txt").write_text("  \n")
    results = list(
        read_inputs(
            [str(tmp_path / "bin.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")]
        )
    )
    messages = [r.message for r in results]
    assert all(isinstance(r, InputFailure) for r in results)
    assert "binary" in messages[0] and "empty" in messages[1] and "no such file" in messages[2]


def test_headline_without_body_warns():
    raw = article_from_text("Only a headline")
    assert raw.headline == "Only a headline" and "no body" in raw.warnings[0]


def test_empty_text_raises_input_error():
    with pytest.raises(InputError):
        article_from_text("")


def test_html_without_article_fails(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><nav>menu</nav></body></html>")
    [result] = list(read_inputs([str(path)]))
    assert isinstance(result, InputFailure) and "no article text" in result.message


def test_html_article_through_trafilatura(tmp_path):
    body = " ".join(["The council approved the budget on Tuesday after a long debate."] * 8)
    html = (
        f"<html><head><title>Council passes budget</title></head><body><article>"
        f"<h1>Council passes budget</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html)
    [raw] = list(read_inputs([str(path)]))
    assert isinstance(raw, RawArticle) and "council approved" in raw.text


def test_huge_text_is_cut_with_a_warning_not_refused():
    from claimtrail.ingest.readers import MAX_ARTICLE_CHARS

    raw = article_from_text("Head\n" + "word " * (MAX_ARTICLE_CHARS // 5 + 10), "huge.txt")
    assert len(raw.text) == MAX_ARTICLE_CHARS
    assert "only the first" in raw.warnings[0] and "huge.txt" in raw.warnings[0]


def test_a_single_line_article_has_no_headline(tmp_path):
    # issue 12 item 4: a 600k-character line became the headline (copied into every quote).
    path = tmp_path / "one-line.txt"
    path.write_text("The council said the bridge would open in May. " * 13_000)
    [raw] = list(read_inputs([str(path)]))
    assert raw.headline is None and raw.body_start == 0
    assert len(raw.text) == 400_000 and "only the first" in raw.warnings[0]
