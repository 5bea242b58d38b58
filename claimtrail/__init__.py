"""claimtrail: evidence-linked quotes, speakers, claims, stance and claim lifecycles from news.

>>> from claimtrail import analyze
>>> analysis = analyze(open("article.txt").read())   # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from claimtrail.models import Analysis
    from claimtrail.pipeline import Analyzer

__all__ = ["Analysis", "Analyzer", "analyze", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy: importing claimtrail must not load spaCy (the CLI's --help stays instant).
    if name in ("analyze", "Analyzer"):
        from claimtrail import pipeline

        return getattr(pipeline, name)
    if name == "Analysis":
        from claimtrail.models import Analysis

        return Analysis
    raise AttributeError(name)
