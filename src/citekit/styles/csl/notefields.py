"""Variables written into an item's note, one ``name: value`` a line (Zotero's "Extra" field,
read as citeproc-js reads it): ``original-date: 1850``, ``reviewed-author: Hall || W.C.``,
``event-date: 2004-10-01/2004-10-14``. They fill variables the item lacks; the note keeps the
lines that are not variables."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from citekit.styles.items import DATE_VARIABLES, NAME_VARIABLES

__all__ = ["note_variables"]

_LINE = re.compile(r"^([a-z][a-z-]*[a-z]):[ \t]*(\S.*?)\s*$")
_ISO = re.compile(r"(-?\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
# what a note line may name besides names and dates: CSL 1.0.2's other input variables
_KNOWN = re.compile(
    r"(?:[a-z]+-)*(?:title|title-short|number|place|publisher|genre|medium|status|version|"
    r"edition|volume|issue|page|section|archive|archive_location|authority|dimensions|"
    r"division|event|event-title|jurisdiction|language|note|references|source|ISBN|ISSN|DOI|"
    r"URL|chapter-number|collection-number|number-of-pages|number-of-volumes|part-number|"
    r"printing-number|supplement-number|part-title|scale|call-number|keyword|annote|"
    r"abstract|original-publisher|original-publisher-place|original-title|reviewed-genre|"
    r"reviewed-title|container-title|collection-title|container-title-short|"
    r"collection-title-short|volume-title|volume-title-short|event-place|publisher-place)"
)


def note_variables(item: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The variables the item's note gives that the item lacks, and the note without them
    (None when nothing is left)."""
    note = item.get("note")
    if not isinstance(note, str) or ":" not in note:
        return {}, note if isinstance(note, str) else None
    found: dict[str, Any] = {}
    rest = []
    for line in note.splitlines():
        match = _LINE.match(line)
        name = match.group(1) if match else ""
        known = name in NAME_VARIABLES or name in DATE_VARIABLES or _KNOWN.fullmatch(name)
        if match is None or not known:
            rest.append(line)
            continue
        if item.get(name) not in (None, "", []):
            continue
        value = match.group(2)
        if name in NAME_VARIABLES:
            family, bar, given = value.partition("||")
            person = {"family": family.strip(), "given": given.strip()} if bar else None
            found.setdefault(name, []).append(person or {"literal": value})
        elif name in DATE_VARIABLES:
            found[name] = _date(value)
        else:
            found[name] = value
    left = "\n".join(rest).strip()
    return found, left or None


def _date(value: str) -> dict[str, Any]:
    """An ISO date or range ("2004-10-01/2004-10-14") as date-parts, else the raw text."""
    ends = value.split("/")
    parts = []
    for end in ends:
        match = _ISO.fullmatch(end.strip())
        if match is None or len(ends) > 2:
            return {"raw": value}
        parts.append([int(p) for p in match.groups() if p is not None])
    return {"date-parts": parts}
