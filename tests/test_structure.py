"""docs/structure.md is the picture `python dev/structure.py` draws from the code and the layer
contracts (which `lint-imports`, run by `make lint`, enforces)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("grimp")  # a dev dependency (import-linter's engine)

SCRIPT = Path(__file__).resolve().parents[1] / "dev" / "structure.py"


def test_the_structure_picture_is_current() -> None:
    spec = importlib.util.spec_from_file_location("structure", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.DOC.read_text() == module.render(), "run: python dev/structure.py"
