"""CSL-JSON items checked before the engine sees them: each variable of the shape CSL-JSON
gives it, or a `ValueError` naming the item, the variable and what was expected."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from citekit.model import season_number

__all__ = ["check_item"]

# CSL 1.0.2's name and date variables of an input item (the engine reads these lists too)
NAME_VARIABLES = frozenset(
    [
        "author",
        "chair",
        "collection-editor",
        "compiler",
        "composer",
        "container-author",
        "contributor",
        "curator",
        "director",
        "editor",
        "editorial-director",
        "executive-producer",
        "guest",
        "host",
        "interviewer",
        "illustrator",
        "narrator",
        "organizer",
        "original-author",
        "performer",
        "producer",
        "recipient",
        "reviewed-author",
        "script-writer",
        "series-creator",
        "translator",
    ]
)
DATE_VARIABLES = frozenset(
    ["accessed", "available-date", "event-date", "issued", "original-date", "submitted"]
)
_NAME_PARTS = frozenset(
    ["family", "given", "literal", "suffix", "dropping-particle", "non-dropping-particle"]
)


def check_item(item: Mapping[str, Any], n: int) -> None:
    """Raise `ValueError` ("item 2 (id 'x'): author must be a list of names …") for a value the
    engine cannot write: names not a list of name objects, a date not a date object, text that
    is an object or a list, a number that is not finite."""
    where = f"item {n}" + (f" (id {item['id']!r})" if item.get("id") not in (None, "") else "")
    for variable, value in item.items():
        if value is None:
            continue
        if variable in NAME_VARIABLES:
            _check_names(value, f"{where}: {variable}")
        elif variable in DATE_VARIABLES:
            _check_date(value, f"{where}: {variable}")
        elif variable in ("multi", "custom") or variable.startswith("_"):
            continue  # CSL-M's forms and tools' own data: read where used, or not at all
        elif isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ValueError(f"{where}: {variable} must be text or a number, not {_kind(value)}")
        elif isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{where}: {variable} must be a finite number, not {value}")


def _check_names(value: Any, where: str) -> None:
    if not isinstance(value, list):
        raise ValueError(f"{where} must be a list of names, not {_kind(value)}")
    for k, name in enumerate(value, 1):
        if not isinstance(name, Mapping):
            raise ValueError(
                f"{where}: name {k} must be an object such as "
                f'{{"family": "Smith", "given": "Anna"}}, not {_kind(name)}'
            )
        for part in _NAME_PARTS.intersection(name):
            if name[part] is not None and not isinstance(name[part], (str, int)):
                raise ValueError(f"{where}: name {k}: {part} must be text, not {_kind(name[part])}")


def _check_date(value: Any, where: str) -> None:
    if not isinstance(value, Mapping):
        raise ValueError(
            f'{where} must be a date object such as {{"date-parts": [[2021, 10, 25]]}}, '
            f"not {_kind(value)}"
        )
    parts = value.get("date-parts")
    if parts is not None:
        if not isinstance(parts, list) or not all(isinstance(p, list) for p in parts):
            raise ValueError(f"{where}: date-parts must be a list of lists, not {_kind(parts)}")
        for part in (p for date in parts for p in date):
            if isinstance(part, bool) or not (
                isinstance(part, int)
                or (isinstance(part, str) and (part.strip().lstrip("-").isdigit() or not part))
            ):
                raise ValueError(f"{where}: date-parts must hold whole numbers, not {part!r}")
    for field in ("raw", "literal", "season"):
        if value.get(field) is not None and not isinstance(value[field], (str, int)):
            raise ValueError(f"{where}: {field} must be text, not {_kind(value[field])}")
    try:
        season_number(value.get("season"))
    except ValueError:
        raise ValueError(
            f"{where}: season must be 1-4 (or 21-24) or a season's name, not {value['season']!r}"
        ) from None


def _kind(value: Any) -> str:
    """What a JSON value is, in words."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return type(value).__name__
