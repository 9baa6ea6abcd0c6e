"""CSL-JSON files: an array of items (a single item is accepted too)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from citekit.csl import from_csl, to_csl
from citekit.interop._common import Loss, cite_key
from citekit.model import Citation

__all__ = ["dumps_csl_json", "loads_csl_json"]


def dumps_csl_json(items: Sequence[Citation]) -> tuple[str, list[Loss]]:
    """A CSL-JSON array with an id for every item; CSL-JSON holds every field citekit has."""
    taken: set[str] = set()
    data = [to_csl(c, id=cite_key(c, taken)) for c in items]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n", []


def loads_csl_json(text: str) -> list[Citation]:
    """Citations from a CSL-JSON array or a single item."""
    data = json.loads(text)
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ValueError("CSL-JSON must be an array of items")
    return [from_csl(item) for item in data]
