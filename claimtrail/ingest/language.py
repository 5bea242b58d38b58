"""A cheap check that a text is English: the share of its words that are common English
function words. spaCy's English model still runs on other languages, but its output is noise,
so the user is warned rather than refused."""

from __future__ import annotations

from spacy.tokens import Doc

# English running text has 35–50% stop words; other Latin-script languages share few of them.
MIN_STOP_SHARE = 0.12
MIN_WORDS = 20


def english_warning(doc: Doc) -> str | None:
    words = [t for t in doc if t.is_alpha]
    if len(words) < MIN_WORDS:
        return None
    share = sum(1 for t in words if t.is_stop) / len(words)
    if share < MIN_STOP_SHARE:
        return (
            f"does not look like English ({share:.0%} English function words); "
            "the analysis may be unreliable"
        )
    return None
