"""CSL-JSON files: an array of items (a single item is accepted too), checked item by item.

A file comes from a user or another program, so it is read with limits: at most 64 MB, 100,000
items and 32 levels of nesting, no ``NaN`` or ``Infinity``, no lone surrogate (``"\\ud800"``,
which JSON allows and no UTF-8 file can hold); a wrong shape is an error naming the item, the
variable and what was expected, never an AttributeError or a Python repr.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from citekit.csl import from_csl, to_csl
from citekit.interop._common import CiteKeys, Loss
from citekit.model import Citation

__all__ = [
    "MAX_DEPTH",
    "MAX_ITEMS",
    "MAX_SIZE",
    "dumps_csl_json",
    "loads_csl_json",
    "lone_surrogate",
]

MAX_SIZE = 64 * 1024 * 1024
MAX_ITEMS = 100_000
MAX_DEPTH = 32


def dumps_csl_json(items: Sequence[Citation]) -> tuple[str, list[Loss]]:
    """A CSL-JSON array with an id for every item (its own when it had one)."""
    keys = CiteKeys()
    data = [to_csl(c, id=keys.make(c)) for c in items]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n", keys.losses


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is too large")
    return value


def _depth(value: Any) -> int:
    """How deeply `value` nests (walked without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        current, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break
        if isinstance(current, dict):
            stack.extend((v, depth + 1) for v in current.values())
        elif isinstance(current, list):
            stack.extend((v, depth + 1) for v in current)
    return deepest


def _not_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def lone_surrogate(item: Any) -> str | None:
    """The variable of a parsed CSL-JSON item whose text holds a lone surrogate, or None."""
    if not isinstance(item, dict):
        return None
    for key, value in item.items():
        stack = [key, value]
        while stack:
            current = stack.pop()
            if isinstance(current, str):
                if not current.isascii() and _not_utf8(current):
                    return str(key).encode("utf-8", "backslashreplace").decode("utf-8")
            elif isinstance(current, dict):
                stack.extend(current.keys())
                stack.extend(current.values())
            elif isinstance(current, list):
                stack.extend(current)
    return None


def loads_csl_json(text: str) -> list[Citation]:
    """Citations from a CSL-JSON array or a single item; ValueError says what is wrong where."""
    if len(text) > MAX_SIZE:
        raise ValueError(f"more than {MAX_SIZE // (1024 * 1024)} MB of CSL-JSON")
    try:
        data = json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise ValueError(f"nested more than {MAX_DEPTH} levels deep") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ValueError("CSL-JSON must be an array of items")
    if len(data) > MAX_ITEMS:
        raise ValueError(f"more than {MAX_ITEMS} items")
    if _depth(data) > MAX_DEPTH:
        raise ValueError(f"nested more than {MAX_DEPTH} levels deep")
    items = []
    for n, item in enumerate(data, start=1):
        try:
            if (variable := lone_surrogate(item)) is not None:
                raise ValueError(f"{variable!r} holds a lone surrogate (\\ud800-\\udfff), not text")
            items.append(from_csl(item))
        except ValueError as exc:
            name = item.get("id") if isinstance(item, dict) else None
            if isinstance(name, str) and _not_utf8(name):
                name = None
            label = f"item {n}" + (f" (id {name!r})" if isinstance(name, str | int) else "")
            raise ValueError(f"{label}: {exc}") from None
    return items
