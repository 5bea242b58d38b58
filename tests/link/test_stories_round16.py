"""A claim's terms (claimtrail/link/stories.py, ``claim_terms``) are worked out once while its
article is linked and stored, however often the linker and the writer ask for them."""

from __future__ import annotations

from claimtrail.link.stories import Linker, claim_terms
from tests.link.test_ann_round16 import RowEmbedder, _article


def test_each_claims_terms_are_computed_once_per_article() -> None:
    linker = Linker.empty(RowEmbedder())
    first = linker.plan(_article(1, ["Quillon Ltd"]))
    for n, link in enumerate(first.claims, start=1):
        linker.claims.add(n, link.vector, 1, link.entities, terms=link.terms)
    linker.stories.add(1, first.article_vector, None, first.entities)
    claim_terms.cache_clear()
    plan = linker.plan(_article(2, ["Quillon Ltd"]))
    asked = [link.terms for link in plan.claims]  # what the writer asks again
    info = claim_terms.cache_info()
    assert info.misses == len({(c.claim.text, c.entities) for c in plan.claims})
    assert info.hits >= len(asked)
    # the same answer as working them out afresh
    assert asked == [claim_terms.__wrapped__(c.claim.text, c.entities) for c in plan.claims]
