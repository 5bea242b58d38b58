"""Words with a bound prefix kept whole by the tokenizer (claimtrail/parse/nlp.py), on text
written for the test: split at the hyphen, "will co - operate" parsed as three clauses and cut
the reported clause at "co"."""

from __future__ import annotations


def test_a_prefixed_verb_is_one_token_and_heads_its_clause(analyzer) -> None:
    doc = analyzer.nlp("Petrovia says it will co-operate fully with investigators.")
    words = [t.text for t in doc]
    assert "co-operate" in words
    verb = doc[words.index("co-operate")]
    assert verb.dep_ == "ccomp" and verb.head.text == "says"


def test_other_hyphens_still_split(analyzer) -> None:
    doc = analyzer.nlp("The well-known firm said so.")
    assert "well-known" not in [t.text for t in doc]


def test_the_reported_clause_runs_past_the_prefixed_verb(analyze_text) -> None:
    text = (
        "Firm vows to help inquiry\n\n"
        "Mining group Tarrow denies any wrongdoing and says it will co-operate fully with "
        "investigators.\n"
    )
    quotes = analyze_text(text).quotes
    assert any(q.text.endswith("co-operate fully with investigators") for q in quotes)


def test_an_e_word_is_one_token(analyzer) -> None:
    doc = analyzer.nlp("She ignored the e-mails and the e-commerce pitch.")
    assert {"e-mails", "e-commerce"} <= {t.text for t in doc}
