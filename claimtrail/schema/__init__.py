"""The published JSON Schema of the analysis output, generated from the pydantic models.

``claimtrail/schema/analysis.schema.json`` is the committed copy; a test checks it matches.
Regenerate with ``claimtrail schema > claimtrail/schema/analysis.schema.json``.
"""

from __future__ import annotations

from typing import Any

from claimtrail.models import SCHEMA_VERSION, Analysis


def analysis_json_schema() -> dict[str, Any]:
    schema = Analysis.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = "https://claimtrail.invalid/schema/analysis-1.json"
    schema["title"] = SCHEMA_VERSION
    return schema
