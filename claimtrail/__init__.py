"""claimtrail: evidence-linked quotes, speakers, claims, stance and claim lifecycles from news.

>>> from claimtrail import Analyzer, analyze
>>> analysis = analyze(open("article.txt").read())   # doctest: +SKIP
>>> analyses = list(Analyzer().analyze_many(["Headline\nBody…", {"title": "…", "body": "…"}]))
... # doctest: +SKIP

The README's "Python API" section is run by tests/test_readme.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimtrail.version import __version__

if TYPE_CHECKING:
    from claimtrail.ingest.readers import RawArticle
    from claimtrail.models import Analysis, Article
    from claimtrail.pipeline import Analyzer, ArticleInput, analyze

__all__ = [
    "Analysis",
    "Analyzer",
    "Article",
    "ArticleInput",
    "RawArticle",
    "analyze",
    "__version__",
]
_HOMES = {
    "analyze": "claimtrail.pipeline",
    "Analyzer": "claimtrail.pipeline",
    "ArticleInput": "claimtrail.pipeline",
    "Analysis": "claimtrail.models",
    "Article": "claimtrail.models",
    "RawArticle": "claimtrail.ingest.readers",
}


def __getattr__(name: str) -> Any:
    # Lazy: importing claimtrail must not load spaCy (the CLI's --help stays instant).
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(name)
