"""One home for every word list: English words the rules read live in claimtrail/vocabulary/.

A module-level collection of four or more lower-case words anywhere else fails this test,
unless it is one of claimtrail's own vocabularies (labels, statuses, column names: words of
the schema, not of English), listed below with the reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

PACKAGE = Path(__file__).resolve().parents[2] / "claimtrail"
# (module path under claimtrail/, name): claimtrail's own vocabularies, not English word lists.
OWN_VOCABULARIES = {
    ("cli/eval_quotes_cmd.py", "METRICS"): "the scorer's metric names",
    ("cli/stance_cmd.py", "FNC_COLUMNS"): "FNC-1's submission columns",
    ("cli/store_cmd.py", "_HEADERS"): "table headers",
    ("extract/claims/attitudes.py", "CLAIM_ATTITUDES"): "schema attitudes",
    ("extract/claims/build.py", "CENTRAL_ATTITUDES"): "schema attitudes",
    ("extract/claims/groups.py", "POINTING_ATTITUDES"): "schema attitudes",
    ("extract/claims/groups.py", "SOURCE_ATTITUDES"): "schema attitudes",
    ("extract/claims/stance_rules.py", "STATUS_STANCE"): "schema statuses to stance labels",
    ("extract/speakers/entities.py", "LABEL_TYPES"): "spaCy entity labels to schema types",
    ("ingest/feeds.py", "_BLOCKS"): "HTML tag names",
    ("ingest/readers.py", "META_KEYS"): "input field names",
    ("ingest/inputs.py", "WARC_RECORD_TYPES"): "WARC record types",
    ("scale/shards.py", "SCHEMA_COLUMNS"): "Parquet column names",
    ("link/lifecycle.py", "ROLE_OF"): "schema attitudes to lifecycle roles",
    ("link/lifecycle.py", "ATTITUDE_OF_STATUS"): "schema statuses to attitudes",
    ("models.py", "EntityType"): "schema type",
    ("models.py", "QuoteKind"): "schema type",
    ("models.py", "Stance"): "schema type",
    ("models.py", "Attitude"): "schema type",
    ("models.py", "ClaimStatus"): "schema type",
    ("stance/labels.py", "FNC_LABELS"): "dataset labels",
    ("stance/labels.py", "EMERGENT_TO_FNC"): "dataset labels",
    ("stance/lexicon.py", "LEXICON_NAMES"): "feature names",
    ("store/render.py", "STATUS_STYLE"): "schema statuses to colours",
    ("store/speakers.py", "PROFILE_FIELDS"): "column names",
    ("store/views.py", "IngestStatus"): "schema type",
    ("store/views.py", "LifecycleRole"): "schema type",
    ("store/views.py", "VoiceKind"): "schema type",
    ("watch/loop.py", "_UNITS"): "duration units",
    ("web/charts.py", "STANCE_VALUE"): "stance labels to numbers",
    ("web/charts.py", "SPEAKER_KINDS"): "voice kinds",
}
# Dependency, part-of-speech and entity labels are spaCy's, not English words.
PARSER_LABELS = frozenset(key.lower() for key in GLOSSARY)
SKIPPED_FOLDERS = {"vocabulary", "migrations"}
SKIPPED_FILES = {"store/schema.py", "store/watch_schema.py"}  # table and column names


def _words(node: ast.AST) -> list[str]:
    """Lower-case words among the string constants under ``node``; a ``"a an the".split()``
    counts each of its words."""
    found: list[str] = []
    split = set()
    for n in ast.walk(node):
        if (
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute)
            and n.func.attr == "split"
            and isinstance(n.func.value, ast.Constant)
            and isinstance(n.func.value.value, str)
        ):
            split.add(id(n.func.value))
            found.extend(w for w in n.func.value.value.split() if w.isalpha() and w.islower())
    for n in ast.walk(node):
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in split:
            plain = n.value.strip().replace(" ", "").replace("'", "").replace("-", "")
            if plain.isalpha() and n.value == n.value.lower():
                found.append(n.value)
    return found


def word_lists() -> list[tuple[str, str, int]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if SKIPPED_FOLDERS & set(path.relative_to(PACKAGE).parts) or rel in SKIPPED_FILES:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            else:
                continue
            name = getattr(targets[0], "id", "")
            words = _words(value)
            if all(w.lower() in PARSER_LABELS for w in words):
                continue
            if len(words) >= 4 and (rel, name) not in OWN_VOCABULARIES:
                out.append((rel, name, node.lineno))
    return out


def test_every_english_word_list_lives_in_the_vocabulary_package() -> None:
    stray = [f"claimtrail/{rel}:{line} {name}" for rel, name, line in word_lists()]
    assert not stray, "move these word lists to claimtrail/vocabulary/: " + ", ".join(stray)


@pytest.mark.parametrize(("where", "why"), sorted(OWN_VOCABULARIES.items()))
def test_each_exempt_vocabulary_still_exists(where: tuple[str, str], why: str) -> None:
    rel, name = where
    tree = ast.parse((PACKAGE / rel).read_text(encoding="utf-8"))
    names = {
        getattr(t, "id", "")
        for n in tree.body
        for t in (n.targets if isinstance(n, ast.Assign) else [getattr(n, "target", None)])
    }
    assert name in names, f"{rel}:{name} ({why}) is gone: drop it from OWN_VOCABULARIES"
