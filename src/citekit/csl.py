"""CSL-JSON, the interchange shape: the only module that spells CSL variable names.

`to_csl` and `from_csl` are inverse for every field a `Citation` knows.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from attrs import evolve

from citekit.model import Citation, Name, PartialDate, season_number

__all__ = ["from_csl", "to_csl"]

_KNOWN = frozenset({"type", "id"})  # completed below with every variable a field holds
_NAME_PARTS = frozenset(
    {"family", "given", "literal", "non-dropping-particle", "dropping-particle", "suffix"}
)

# Citation attribute -> CSL variable, for the plain string fields.
_STRINGS = {
    "title": "title",
    "container": "container-title",
    "collection_title": "collection-title",
    "publisher": "publisher",
    "publisher_place": "publisher-place",
    "url": "URL",
    "doi": "DOI",
    "page": "page",
    "volume": "volume",
    "issue": "issue",
    "edition": "edition",
    "isbn": "ISBN",
    "number_of_pages": "number-of-pages",
    "genre": "genre",
    "language": "language",
    "issn": "ISSN",
    "note": "note",
    "number": "number",
    "section": "section",
    "archive": "archive",
    "archive_location": "archive_location",
}
_NAMES = {"authors": "author", "editors": "editor", "translators": "translator"}
_DATES = {"accessed": "accessed", "issued": "issued"}


_KNOWN = _KNOWN | set(_STRINGS.values()) | set(_NAMES.values()) | set(_DATES.values())


def _show(value: Any) -> str:
    """A short picture of a JSON value for an error message."""
    kind = {dict: "an object", list: "a list", bool: "a boolean", type(None): "null"}.get(
        type(value)
    )
    text = json.dumps(value, ensure_ascii=False) if kind is None else kind
    return text if len(text) <= 40 else text[:37] + "..."


def _name_to_csl(name: Name) -> dict[str, str]:
    if name.literal is not None:
        return {"literal": name.literal}
    return {k: v for k, v in (("family", name.family), ("given", name.given)) if v is not None}


def _text(value: Any, key: str) -> str:
    """A CSL string variable: a string, or a number (CSL allows ``"volume": 12``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else str(value)
    raise ValueError(f"{key!r} must be a string, not {_show(value)}")


def _name_from_csl(data: Any, key: str, n: int) -> Name:
    where = f"{key!r}[{n}]"
    if not isinstance(data, Mapping):
        raise ValueError(
            f'{where} must be a name object such as {{"family": "Smith"}}, not {_show(data)}'
        )
    parts = {  # a part given as null is not given (as citeproc-js reads it)
        k: _text(v, f"{key}[{n}].{k}")
        for k, v in data.items()
        if k in _NAME_PARTS and v is not None
    }
    if "literal" in parts:
        return Name(literal=parts["literal"])
    family, given = parts.get("family"), parts.get("given")
    if particle := parts.get("non-dropping-particle"):
        family = f"{particle} {family or ''}".strip()
    # particles and suffixes have no field of their own: kept in the name's text
    given = " ".join(p for p in (given, parts.get("dropping-particle")) if p) or None
    if suffix := parts.get("suffix"):
        given = f"{given}, {suffix}" if given else suffix
    if family is None and given is None:
        raise ValueError(f"{where} has no family, given or literal name")
    return Name(family=family, given=given)


def _names_from_csl(value: Any, key: str) -> tuple[Name, ...]:
    if not isinstance(value, list):
        raise ValueError(f"{key!r} must be a list of name objects, not {_show(value)}")
    return tuple(_name_from_csl(n, key, i) for i, n in enumerate(value))


def _date_part(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"{key!r} date-parts must hold whole numbers, not {_show(value)}")
    text = str(value).strip()
    if not text.lstrip("-").isdigit():
        raise ValueError(f"{key!r} date-parts must hold whole numbers, not {_show(value)}")
    if len(text) > 6:  # a whole number, but no year, month or day: "whole numbers" misled
        raise ValueError(f"{key!r} date-parts hold at most 6 digits, not {_show(value)}")
    return int(text)


def _season(value: Any, key: str) -> int | None:
    """CSL-JSON's `season` (1–4, as a number or text, or an English season's name)."""
    try:
        return season_number(value)
    except ValueError:
        raise ValueError(
            f"{key!r} season must be 1 to 4 or a season's name, not {_show(value)}"
        ) from None


def _date_from_csl(data: Any, key: str = "date") -> PartialDate | None:
    if not isinstance(data, Mapping):
        raise ValueError(f"{key!r} must be a date object with date-parts, not {_show(data)}")
    parts = data.get("date-parts")
    if parts == [[]]:  # an empty date (Zotero's "no date"): the raw or literal form, or none
        parts = None
    if parts:
        if not isinstance(parts, list) or not isinstance(parts[0], list) or not parts[0]:
            raise ValueError(f"{key!r} date-parts must be a list of lists, not {_show(parts)}")
        numbers = [_date_part(p, key) for p in parts[0][:3]]
        season = _season(data.get("season"), key)
        try:
            date = PartialDate.from_parts(numbers)
            return date if season is None else evolve(date, season=season)
        except ValueError as exc:
            raise ValueError(f"{key!r} is not a date: {exc}") from None
    raw = data.get("raw") or data.get("literal")
    if raw:
        from citekit.dates import parse_date

        return parse_date(_text(raw, f"{key}.raw"))
    return None


def to_csl(citation: Citation, *, id: str | None = None) -> dict[str, Any]:
    """Return the CSL-JSON item for a citation (only the variables it has).

    Variables citekit keeps without modelling them (`Citation.extra`) are written back as
    they came; `id` overrides the citation's own id.

    >>> to_csl(Citation(title="Akorda", accessed=PartialDate(2021, 10, 25)))["accessed"]
    {'date-parts': [[2021, 10, 25]]}
    """
    item: dict[str, Any] = {"type": citation.type}
    if id is not None or citation.id is not None:
        item["id"] = id if id is not None else citation.id
    for attr, key in _STRINGS.items():
        value = getattr(citation, attr)
        if value is not None:
            item[key] = value
    for attr, key in _NAMES.items():
        names = getattr(citation, attr)
        if names:
            item[key] = [_name_to_csl(n) for n in names]
    for attr, key in _DATES.items():
        date = getattr(citation, attr)
        if date is not None:
            item[key] = {"date-parts": [list(date.parts())]}
            if date.season is not None:
                item[key]["season"] = date.season
    for key, text in citation.extra:
        item.setdefault(key, json.loads(text))
    return item


def from_csl(item: Mapping[str, Any]) -> Citation:
    """Build a citation from a CSL-JSON item; variables without a field go to `extra`.

    Raises `ValueError` naming the variable and what it should be when a known variable has
    the wrong shape (``'author' must be a list of name objects, not "Smith"``).
    """
    if not isinstance(item, Mapping):
        raise ValueError(f"a CSL-JSON item must be an object, not {_show(item)}")
    kind = item.get("type", "webpage")
    kwargs: dict[str, Any] = {"type": _text(kind, "type")}
    if item.get("id") is not None:
        kwargs["id"] = _text(item["id"], "id")
    for attr, key in _STRINGS.items():
        if item.get(key) is not None:
            kwargs[attr] = _text(item[key], key)
    for attr, key in _NAMES.items():
        if item.get(key):
            kwargs[attr] = _names_from_csl(item[key], key)
    for attr, key in _DATES.items():
        if item.get(key) is not None:
            kwargs[attr] = _date_from_csl(item[key], key)
    extra = {k: v for k, v in item.items() if k not in _KNOWN and isinstance(k, str)}
    if extra:
        kwargs["extra"] = tuple(
            (k, json.dumps(extra[k], ensure_ascii=False, sort_keys=True)) for k in sorted(extra)
        )
    return Citation(**kwargs)
