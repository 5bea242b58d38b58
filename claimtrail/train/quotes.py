"""Count the cue model from PolNeAR's training split (brat standoff, one annotator per article).

Run as ``claimtrail train quotes --polnear ../shared/data/polnear/data/train``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimtrail.eval.polnear import iter_polnear
from claimtrail.eval.quotes import GoldQuote
from claimtrail.extract.cues.features import (
    MIN_RATE_TO_SCORE,
    candidate_features,
    cue_features,
    score_cue,
)
from claimtrail.extract.cues.model import MIN_FORM_COUNT, CueModel, lexicon_digest
from claimtrail.extract.quotes.reported import candidate_at, from_learned_cue

# A dependent "is" the content when its subtree and the gold content overlap this much (Dice).
CONTENT_MATCH = 0.8
# Inverse regularisation strength of the cue classifier (1.0 is sklearn's default; the
# features are few and dense, so the default does not overfit here).
CLASSIFIER_C = 1.0


def polnear_articles(folder: Path) -> Iterator[tuple[str, list[GoldQuote]]]:
    """(text, gold attributions with a cue) per annotated article, read by the one PolNeAR
    parser the scorer uses (``claimtrail.eval.polnear``: first annotator, discontinuous spans
    from earliest start to latest end, ``Content2`` extending the content)."""
    for article in iter_polnear(folder):
        yield article.text, [q for q in article.quotes if q.cue_start is not None]


def _cue(gold: GoldQuote) -> tuple[int, int]:
    assert gold.cue_start is not None and gold.cue_end is not None  # polnear_articles keeps these
    return gold.cue_start, gold.cue_end


def _dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return 2 * inter / ((a[1] - a[0]) + (b[1] - b[0]) or 1)


def _cue_head(doc: Doc, cue: tuple[int, int]) -> Token | None:
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def count_doc(
    doc: Doc,
    gold: list[GoldQuote],
    forms: Counter,
    cues: Counter,
    dep_seen: Counter,
    dep_hit: Counter,
) -> None:
    for tok in doc:
        if tok.is_alpha:
            forms[tok.lower_] += 1
    for g in gold:
        head = _cue_head(doc, _cue(g))
        if head is None:
            continue
        cues[head.lower_] += 1
        for child in head.children:
            sub = (child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text))
            hit = _dice(sub, (g.start, g.end)) >= CONTENT_MATCH
            for key in (f"{head.lower_}|{child.dep_}", child.dep_):
                dep_seen[key] += 1
                dep_hit[key] += hit


def train_cue_model(
    nlp: Language, folder: Path, progress: Callable[[int], None] | None = None
) -> CueModel:
    articles = list(polnear_articles(folder))
    texts = ((text, gold) for text, gold in articles)
    parsed: list[tuple[Doc, list[GoldQuote]]] = []
    for doc, gold in nlp.pipe(texts, as_tuples=True, batch_size=16):
        parsed.append((doc, gold))
        if progress:
            progress(1)
    return fit_cue_model(parsed)


def fit_cue_model(parsed: list[tuple[Doc, list[GoldQuote]]]) -> CueModel:
    """Counts, cue classifier and candidate filter from parsed gold articles."""
    model = fit_classifier_model(parsed)
    return replace(
        model,
        classifier_threshold=GENERATION_THRESHOLD,
        filter_weights=fit_candidate_filter(parsed),
        lexicon=lexicon_digest(),
    )


def fit_classifier_model(parsed: list[tuple[Doc, list[GoldQuote]]]) -> CueModel:
    forms: Counter = Counter()
    cues: Counter = Counter()
    dep_seen: Counter = Counter()
    dep_hit: Counter = Counter()
    for doc, gold in parsed:
        count_doc(doc, gold, forms, cues, dep_seen, dep_hit)
    form_table = {f: (n, cues[f]) for f, n in forms.items() if cues[f] > 0}
    content = {k: (n, dep_hit[k]) for k, n in dep_seen.items() if "|" in k}
    global_deps = {k: (n, dep_hit[k]) for k, n in dep_seen.items() if "|" not in k}
    counted = CueModel(forms=form_table, content_deps=content, global_deps=global_deps)
    return replace(counted, weights=fit_cue_classifier(counted, parsed))


# The classifier lets through cues down to this probability; the filter then judges each find
# with what the classifier cannot see (the content's shape, the source found).
GENERATION_THRESHOLD = 0.05
# Cross-fitting folds: the filter learns from finds of a model that never saw their article,
# as the shipped model will not have seen the articles it runs on.
FILTER_FOLDS = 3


def fit_candidate_filter(parsed: list[tuple[Doc, list[GoldQuote]]]) -> dict[str, float]:
    """Logistic regression: does a learned cue's find match a gold attribution (its cue token
    inside the gold cue, its content overlapping the gold content)?"""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    rows: list[dict[str, float]] = []
    labels: list[int] = []
    for fold in range(FILTER_FOLDS):
        rest = [p for i, p in enumerate(parsed) if i % FILTER_FOLDS != fold]
        model = replace(fit_classifier_model(rest), classifier_threshold=GENERATION_THRESHOLD)
        for i, (doc, gold) in enumerate(parsed):
            if i % FILTER_FOLDS == fold:
                _filter_rows(doc, gold, model, rows, labels)
    if len(set(labels)) < 2:
        return {}  # too little data to tell kept from dropped finds: no filter
    vectorizer = DictVectorizer()
    clf = LogisticRegression(C=CLASSIFIER_C, max_iter=3000, fit_intercept=False)
    with threadpool_limits(1):  # one BLAS thread: the same weights on every run
        clf.fit(vectorizer.fit_transform(rows), labels)
    names = vectorizer.get_feature_names_out()
    return {
        str(n): round(float(w), 5)
        for n, w in zip(names, clf.coef_[0], strict=True)
        if abs(w) > 1e-6
    }


def _filter_rows(
    doc: Doc,
    gold: list[GoldQuote],
    model: CueModel,
    rows: list[dict[str, float]],
    labels: list[int],
) -> None:
    for token in doc:
        if candidate_at(doc, token) is not None:
            continue  # the lexicon rules speak for this token, as in find_reported_speech
        found = from_learned_cue(doc, token, model, "polnear")  # PolNeAR's own convention
        cue_score = score_cue(token, model)
        if found is None or cue_score is None:
            continue
        source = doc[found.source_head] if found.source_head is not None else None
        rows.append(
            candidate_features(
                token,
                found.start,
                found.end,
                found.source is not None,
                source,
                found.kind,
                cue_score,
            )
        )
        labels.append(int(any(_matches(g, token, found.start, found.end) for g in gold)))


def _matches(gold: GoldQuote, token: Token, start: int, end: int) -> bool:
    cue_start, cue_end = _cue(gold)
    return cue_start <= token.idx < cue_end and min(gold.end, end) > max(gold.start, start)


def _leave_one_out_rate(model: CueModel, token: Token, is_cue: bool) -> float:
    seen, cue = model.forms.get(token.lower_, (0, 0))
    seen, cue = seen - 1, cue - int(is_cue)
    return cue / seen if seen >= MIN_FORM_COUNT else 0.0


def training_rows(
    model: CueModel, parsed: list[tuple[Doc, list[GoldQuote]]]
) -> tuple[list[dict[str, float]], list[int]]:
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    for doc, gold in parsed:
        heads = {h.i for g in gold if (h := _cue_head(doc, _cue(g))) is not None}
        for tok in doc:
            if tok.is_punct or tok.is_space or tok.lower_ not in model.forms:
                continue
            rate = _leave_one_out_rate(model, tok, tok.i in heads)
            if rate < MIN_RATE_TO_SCORE:
                continue
            rows.append(cue_features(tok, model, rate_override=rate))
            labels.append(int(tok.i in heads))
    return rows, labels


def fit_cue_classifier(
    model: CueModel, parsed: list[tuple[Doc, list[GoldQuote]]]
) -> dict[str, float]:
    """Logistic regression over cue_features; returns feature -> weight (bias included)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    rows, labels = training_rows(model, parsed)
    if len(set(labels)) < 2:
        return {}  # too little data for a classifier: the form rate decides
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    clf = LogisticRegression(C=CLASSIFIER_C, max_iter=2000, fit_intercept=False)
    with threadpool_limits(1):  # one BLAS thread: the same weights on every run
        clf.fit(x, labels)
    names = vectorizer.get_feature_names_out()
    return {
        str(n): round(float(w), 5)
        for n, w in zip(names, clf.coef_[0], strict=True)
        if abs(w) > 1e-6
    }
