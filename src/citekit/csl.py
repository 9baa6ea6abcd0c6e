"""CSL-JSON, the interchange shape: the only module that spells CSL variable names.

`to_csl` and `from_csl` are inverse for every field a `Citation` knows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from citekit.model import Citation, Name, PartialDate

__all__ = ["from_csl", "to_csl"]

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
}
_NAMES = {"authors": "author", "editors": "editor", "translators": "translator"}
_DATES = {"accessed": "accessed", "issued": "issued"}


def _name_to_csl(name: Name) -> dict[str, str]:
    if name.literal is not None:
        return {"literal": name.literal}
    return {k: v for k, v in (("family", name.family), ("given", name.given)) if v is not None}


def _name_from_csl(data: Mapping[str, Any]) -> Name:
    if "literal" in data:
        return Name(literal=str(data["literal"]))
    family, given = data.get("family"), data.get("given")
    return Name(
        family=None if family is None else str(family),
        given=None if given is None else str(given),
    )


def _date_from_csl(data: Any) -> PartialDate | None:
    if not isinstance(data, Mapping):
        raise ValueError(f"a CSL date must be an object, got {data!r}")
    parts = data.get("date-parts")
    if parts:
        return PartialDate.from_parts([int(p) for p in parts[0]])
    raw = data.get("raw") or data.get("literal")
    if raw:
        from citekit.dates import parse_date

        return parse_date(str(raw))
    return None


def to_csl(citation: Citation, *, id: str | None = None) -> dict[str, Any]:
    """Return the CSL-JSON item for a citation (only the variables it has).

    >>> to_csl(Citation(title="Akorda", accessed=PartialDate(2021, 10, 25)))["accessed"]
    {'date-parts': [[2021, 10, 25]]}
    """
    item: dict[str, Any] = {"type": citation.type}
    if id is not None:
        item["id"] = id
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
    return item


def from_csl(item: Mapping[str, Any]) -> Citation:
    """Build a citation from a CSL-JSON item; unknown variables are ignored.

    Raises `ValueError` when a known variable has the wrong shape.
    """
    if not isinstance(item, Mapping):
        raise ValueError(f"a CSL-JSON item must be an object, got {type(item).__name__}")
    kwargs: dict[str, Any] = {"type": str(item.get("type", "webpage"))}
    for attr, key in _STRINGS.items():
        if item.get(key) is not None:
            kwargs[attr] = str(item[key])
    for attr, key in _NAMES.items():
        if item.get(key):
            kwargs[attr] = tuple(_name_from_csl(n) for n in item[key])
    for attr, key in _DATES.items():
        if item.get(key) is not None:
            kwargs[attr] = _date_from_csl(item[key])
    return Citation(**kwargs)
