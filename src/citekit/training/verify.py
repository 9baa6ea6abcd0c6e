"""Check that a generated note is labelled right: each span is exactly the text of its value."""

from __future__ import annotations

import re
from typing import Any

from citekit.dates import parse_date
from citekit.model import LabelledText

__all__ = ["problems"]

_NAMES = ("author", "editor", "translator")
_DATES = ("issued", "accessed")
_SPACE = re.compile(r"\s+")
_DASH = str.maketrans({"–": "-", "—": "-", "‒": "-"})


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _name_matches(written: str, person: dict[str, str]) -> bool:
    # upper() rather than casefold(): Turkish FIRAT is Fırat upper-cased, and casefold loses ı
    written = written.upper()
    if "literal" in person:
        return person["literal"].upper() == written
    family = person["family"].upper()
    if family not in written:
        return False
    given = person.get("given", "")
    return not given or given[0].upper() in written.replace(family, "", 1)


def _date_matches(written: str, date: dict[str, Any], lang: str) -> bool:
    parts = date["date-parts"][0]
    if str(parts[0]) not in written:
        return False
    if len(parts) == 3 and not re.search(
        rf"(?<!\d)0?{parts[2]}(?!\d)", written.replace(str(parts[0]), "")
    ):
        return False
    read = parse_date(written, lang)
    return read is None or read.parts()[: len(parts)] == tuple(parts)[: len(read.parts())]


def _matches(written: str, label: str, item: dict[str, Any]) -> bool:
    value = item.get(label)
    if not value:
        return False
    if label in _NAMES:
        return any(_name_matches(written, p) for p in value)
    if label in _DATES:
        return _date_matches(written, value, item.get("language", "en"))
    if label == "page":
        return written.translate(_DASH) == str(value).translate(_DASH)
    return written == _norm(str(value))


def problems(
    text: LabelledText, items: tuple[dict[str, Any], ...] | list[dict[str, Any]]
) -> list[str]:
    """What is wrong with `text` as a labelling of `items` (empty when it is right)."""
    found = []
    at = 0
    for span in text.spans:
        if not at <= span.start < span.end <= len(text.text):
            found.append(f"span {span} is out of order, empty or out of the text")
        at = max(at, span.end)
        raw = text.text[span.start : span.end]
        if raw != raw.strip():
            found.append(f"span {span} has spaces at its edge")
        written = _norm(raw)
        if not any(_matches(written, span.label, item) for item in items):
            found.append(f"{span.label} span {written!r} is no value of the item")
    return found
