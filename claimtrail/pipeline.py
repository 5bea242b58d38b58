"""The analysis spine: one article in, evidence-linked quotes, speakers, claims, entities out.

Stages, each a call into its own module:
  1. parse     spaCy pipeline over the text (batched through ``nlp.pipe``)
  2. entities  named entities with aliases merged within the article
  3. quotes    direct quote marks, reaction blocks, partial quotes and reported speech
  4. speakers  each quote's speaker resolved to a name and profile
  5. claims    the central claim and other attributed propositions, with status
  6. stance    each quote's and the article's stance toward the central claim; sentiment
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from claimtrail.errors import ClaimtrailError, InputError
from claimtrail.extract.cues.model import CueModel
from claimtrail.ingest.readers import (
    InputFailure,
    RawArticle,
    article_from_parts,
    article_from_record,
    article_from_text,
)
from claimtrail.models import Analysis, Article, ArticleStance

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_BATCH_SIZE = 16

# What the Python API takes as one article:
#   str         a plain text whose first line is the headline (like a .txt file)
#   dict        a record as in a JSON input: headline/title, body/text, published, source,
#               url, author (and path, kept as the article's name)
#   Article     an analysis's ``article`` (claimtrail.models.Article), e.g. to analyse again
#   RawArticle  what the readers in claimtrail.ingest produce
ArticleInput: TypeAlias = str | Mapping[str, Any] | Article | RawArticle


def as_raw_article(item: ArticleInput, index: int = 0) -> RawArticle:
    """One API input as the pipeline's ``RawArticle``; ``index`` names it in messages."""
    if isinstance(item, RawArticle):
        return item
    if isinstance(item, str):
        return article_from_text(item, None)
    if isinstance(item, Article):
        return RawArticle(
            text=item.text,
            headline=item.headline,
            body_start=item.body_start,
            path=item.path,
            published=item.published,
            source=item.source,
            url=item.url,
            author=item.author,
        )
    if isinstance(item, Mapping):
        path = item.get("path")
        raw = article_from_record(dict(item), str(path or f"article {index + 1}"))
        return replace(raw, path=None if path is None else str(path))
    raise InputError(
        f"expected a text, a dict, an Article or a RawArticle, got {type(item).__name__}",
        f"article {index + 1}",
    )


class StanceScorer(Protocol):
    """What the pipeline needs of a stance model (claimtrail.stance provides the trained one)."""

    version: str

    def predict_proba(self, claims: list[str], texts: list[str]) -> list[dict[str, float]]: ...


@dataclass
class Analyzer:
    """Holds the loaded models; create once, analyse many articles."""

    nlp: Language | None = None
    stance: StanceScorer | None = None
    model_name: str | None = None
    use_stance_model: bool = True
    cue_model: CueModel | None = None
    use_cue_model: bool = True
    # What counts as an attribution's content: "news" (the project's convention) or "polnear"
    # (PolNeAR's annotation, used by `claimtrail eval quotes`); see extract/content_spans.py.
    quote_convention: str = "news"
    _versions: dict[str, str] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        from claimtrail.extract.cues.model import load_cue_model
        from claimtrail.parse.nlp import load_nlp, model_version
        from claimtrail.version import __version__

        if self.nlp is None:
            self.nlp = load_nlp(self.model_name)
        if self.cue_model is None and self.use_cue_model:
            self.cue_model = load_cue_model()
        if self.stance is None and self.use_stance_model:
            self.stance = _load_default_stance()
        self._versions = {"claimtrail": __version__, "spacy_model": model_version(self.nlp)}
        if self.stance is not None:
            self._versions["stance_model"] = self.stance.version
        if self.cue_model is not None:
            self._versions["cue_model"] = self.cue_model.version

    def analyze(self, article: ArticleInput) -> Analysis:
        """One article: a text, a dict, an ``Article`` or a ``RawArticle`` (see ArticleInput)."""
        return next(iter(self.analyze_many([article])))

    def analyze_many(
        self,
        articles: Iterable[ArticleInput],
        batch_size: int = DEFAULT_BATCH_SIZE,
        n_process: int = 1,
    ) -> Iterator[Analysis]:
        """Analyses in input order; parsing is batched through ``nlp.pipe``. Each article is a
        text, a dict, an ``Article`` or a ``RawArticle`` (see ``ArticleInput``); one that
        cannot be read raises ``InputError`` naming it ("article 3: …")."""
        assert self.nlp is not None
        raws = (as_raw_article(item, i) for i, item in enumerate(articles))
        pairs = ((raw.text, raw) for raw in raws)
        for doc, raw in self.nlp.pipe(
            pairs, as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            yield self._analyze_doc(doc, raw)

    def _analyze_doc(self, doc: Doc, raw: RawArticle) -> Analysis:
        from claimtrail.extract.claims.build import extract_claims
        from claimtrail.extract.claims.sentiment import score_sentiment
        from claimtrail.extract.quotes.finder import extract_quotes
        from claimtrail.extract.speakers.entities import extract_entities
        from claimtrail.extract.speakers.resolve import resolve_speakers

        warnings = list(raw.warnings) + _language_warnings(doc, raw)
        entities = extract_entities(doc, raw.body_start)  # stage 2
        candidates = extract_quotes(  # stage 3
            doc, raw.body_start, self.cue_model, self.quote_convention
        )
        quotes = resolve_speakers(doc, candidates, entities)  # stage 4
        try:
            claims = extract_claims(doc, raw, quotes, entities)  # stage 5
            quotes, article_stance = self._score_stance(claims, quotes, raw, doc)  # stage 6
        except Exception as exc:  # noqa: BLE001 - one article's fault must not end a run
            # A rule that fails on one article's parse costs that article its claims and
            # stance, said in its warnings, not the analysis of every article after it.
            claims, article_stance = [], None
            warnings.append(
                f"{raw.path or 'article'}: claims and stance not extracted "
                f"(internal error {type(exc).__name__}: {exc}); please report it"
            )
        quotes = [q.model_copy(update={"sentiment": score_sentiment(q.text)}) for q in quotes]
        return Analysis(
            article=raw.record(),
            entities=entities.as_models(),
            quotes=quotes,
            claims=claims,
            stance=article_stance,
            warnings=warnings,
            versions=dict(self._versions),
        )

    def _score_stance(
        self, claims: list[Any], quotes: list[Any], raw: RawArticle, doc: Doc
    ) -> tuple[list[Any], ArticleStance | None]:
        from claimtrail.extract.claims.stance_rules import score_stance

        stance = self.stance
        if stance is not None and any(c.central for c in claims):
            stance = _with_doc_parses(stance, doc, quotes, raw, self.nlp)
        return score_stance(claims, quotes, raw, stance)


@dataclass
class _ParsedStance:
    """The stance model, handed the article's own parse of each text it scores: the stance
    rules ask by text, and a quote is a span of the parsed doc (``stance.syntax``)."""

    model: Any
    parses: dict[str, Any]
    version: str

    def predict_proba(self, claims: list[str], texts: list[str]) -> list[dict[str, float]]:
        return list(self.model.predict_proba(claims, texts, [self.parses.get(t) for t in texts]))


def _with_doc_parses(
    model: StanceScorer, doc: Doc, quotes: list[Any], raw: RawArticle, nlp: Language | None
) -> StanceScorer:
    """``model`` with the parses of the short texts the stance rules will score (each quote,
    and the body when it is short): spans of ``doc`` where the text is one, else one batched
    standalone parse. Models that read no parse are returned as they are."""
    from claimtrail.stance.model import SHORT_TEXT_WORDS, StanceModel
    from claimtrail.stance.syntax import parse_texts, tokens_of

    if not isinstance(model, StanceModel) or not model.headline.with_syntax:
        return model
    spans = [(q.text, q.start, q.end, not q.segments) for q in quotes]
    body = raw.text[raw.body_start :]
    spans.append((body or raw.text, raw.body_start if body else 0, len(raw.text), True))
    parses: dict[str, Any] = {}
    missing: list[str] = []
    for text, start, end, whole in spans:
        if text in parses or len(text.split()) > SHORT_TEXT_WORDS:
            continue
        span = doc.char_span(start, end) if whole and raw.text[start:end] == text else None
        if span is not None:
            parses[text] = tokens_of(span)
        elif text not in missing:
            missing.append(text)
    if missing:
        parses.update(zip(missing, parse_texts(missing, nlp), strict=True))
    return _ParsedStance(model, parses, model.version)


class BatchAnalyzer(Protocol):
    def analyze(self, raw: RawArticle) -> Analysis: ...

    def analyze_many(
        self, raws: Iterable[RawArticle], batch_size: int = ..., n_process: int = ...
    ) -> Iterator[Analysis]: ...


def analyze_guarded(
    analyzer: BatchAnalyzer, batch: list[RawArticle], batch_size: int = DEFAULT_BATCH_SIZE
) -> list[Analysis | InputFailure]:
    """One batch's analyses in order, through ``nlp.pipe``; when an article makes the analyser
    fail, the batch is analysed again one article at a time, so only that article fails (an
    ``InputFailure`` naming it) and the rest of the batch is kept."""
    try:
        return list(analyzer.analyze_many(batch, batch_size=batch_size))
    except ClaimtrailError:
        return [_analyze_one(analyzer, raw) for raw in batch]


def _analyze_one(analyzer: BatchAnalyzer, raw: RawArticle) -> Analysis | InputFailure:
    try:
        return analyzer.analyze(raw)
    except ClaimtrailError as exc:
        return InputFailure(raw.path or "input", f"analysis failed: {exc}")


def _load_default_stance() -> StanceScorer | None:
    """The shipped stance model if it is installed; rules alone otherwise."""
    try:
        from claimtrail.stance import load_stance_model
    except ImportError:
        return None
    model: StanceScorer | None = load_stance_model()
    return model


def _language_warnings(doc: Doc, raw: RawArticle) -> list[str]:
    from claimtrail.ingest.language import english_warning

    warning = english_warning(doc)
    return [f"{raw.path or 'input'}: {warning}"] if warning else []


def analyze(
    text: str,
    *,
    headline: str | None = None,
    path: str | None = None,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    analyzer: Analyzer | None = None,
) -> Analysis:
    """Analyse one article. Without ``headline``, the text's first line is the headline."""
    if headline is None:
        raw = article_from_text(text, path)
        raw = RawArticle(**{**raw.__dict__, "published": published, "source": source, "url": url})
    else:
        raw = article_from_parts(
            headline, text, path=path, published=published, source=source, url=url
        )
    return (analyzer or Analyzer()).analyze(raw)
