"""Stance of each quote and of the article toward the central claim.

A quote is related to the claim when it names the claim's parties or content words, or refers
back to it ("this rumor", "the denials"); unrelated quotes are 'unrelated' whatever a model says.
For related quotes, the speaker's own attitude decides first (a denial disagrees, a
confirmation agrees); otherwise the trained stance model's agree/disagree call is taken only
when it is confident, and 'discuss' (talks about it without taking a side) is the default.
"""

from __future__ import annotations

import re
from typing import Any

from claimtrail.ingest.readers import RawArticle
from claimtrail.models import ArticleStance, Claim, Quote
from claimtrail.vocabulary.lexicon import CLAIM_ANAPHORS, HEDGE_WORDS, REPORTING_VERBS, verb_lemma
from claimtrail.vocabulary.stance import COMMENTARY_NOUNS

# The model must be this sure of agree/disagree to override 'discuss' for a quoted voice.
CONFIDENT_SIDE = 0.6
STATUS_STANCE = {"denied": "disagree", "confirmed": "agree", "contested": "discuss"}
# (an article that reports a denial it does not dispute stands against the claim, as in Emergent)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z][a-z'-]+", text.lower()))


def quote_is_related(quote: Quote, claim: Claim) -> bool:
    """The quote shares a word with the claim or refers back to it ("this rumor")."""
    words = _words(quote.text)
    return bool(words & (set(claim.keywords) | CLAIM_ANAPHORS))


def _speaker_attitude(quote: Quote) -> str | None:
    if quote.cue is None or not quote.cue.text.strip():
        return None
    attitude = REPORTING_VERBS.get(verb_lemma(quote.cue.text.split()[0]) or "")
    return {"deny": "disagree", "confirm": "agree"}.get(attitude or "")


def comments_on_the_story(quote: Quote) -> bool:
    """The voice hedges ("even if unfounded", "if true") or talks about the denials themselves
    ("The denials are expected"): it comments on the story without taking a side on the claim,
    though the stance model reads its denial words as a denial."""
    return bool(_words(quote.text) & (HEDGE_WORDS | COMMENTARY_NOUNS))


def _quote_stance(quote: Quote, claim: Claim, scores: dict[str, float] | None) -> str:
    if not quote_is_related(quote, claim):
        return "unrelated"
    by_attitude = _speaker_attitude(quote)
    if by_attitude:
        return by_attitude
    if comments_on_the_story(quote):
        return "discuss"
    if scores and scores.get("unrelated", 0.0) < 0.5:  # the model too must see it as related
        side = max(("agree", "disagree"), key=lambda k: scores.get(k, 0.0))
        if scores.get(side, 0.0) / (1.0 - scores.get("unrelated", 0.0)) >= CONFIDENT_SIDE:
            return side
    return "discuss"


def score_stance(
    claims: list[Claim], quotes: list[Quote], raw: RawArticle, model: Any | None
) -> tuple[list[Quote], ArticleStance | None]:
    central = next((c for c in claims if c.central), None)
    if central is None:
        return [q.model_copy(update={"stance": "unrelated"}) for q in quotes], None
    texts = [q.text for q in quotes] + [raw.text[raw.body_start :] or raw.text]
    scores: list[dict[str, float] | None] = [None] * len(texts)
    if model is not None and central.text.strip():  # the model needs a claim to be about
        scores = list(model.predict_proba([central.text] * len(texts), texts))
    updated = [
        q.model_copy(update={"stance": _quote_stance(q, central, s), "stance_scores": s})
        for q, s in zip(quotes, scores[:-1], strict=True)
    ]
    return updated, _article_stance(central, scores[-1], model)


def _article_stance(
    claim: Claim, scores: dict[str, float] | None, model: Any | None
) -> ArticleStance:
    """The article's stance toward its own central claim: never 'unrelated' (the claim comes
    from the article). The attitudes it reports decide first (a denial it reports without a
    confirmation makes it disagree); otherwise the model's call among the related labels."""
    by_status = STATUS_STANCE.get(claim.status)
    version = getattr(model, "version", None) if model is not None else "rules"
    if by_status is not None or not scores:
        return ArticleStance(label=by_status or "discuss", scores=scores, model=version)  # type: ignore[arg-type]
    related = {k: v for k, v in scores.items() if k != "unrelated"}
    total = sum(related.values()) or 1.0
    label = max(related, key=lambda k: related[k])
    if related[label] / total < CONFIDENT_SIDE and label != "discuss":
        label = "discuss"
    return ArticleStance(label=label, scores=scores, model=version)  # type: ignore[arg-type]
