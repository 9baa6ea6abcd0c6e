"""A paper's city: a place in brackets right after a periodical's name (`Известия (Москва)`,
`The Times (London)`, `Milliyet (İstanbul)`, `// Огни Алатау (Талдыкорган). 1985. 14
сентября`), in a note that dates the work to its day.

A book's place opens its imprint (`М.: Наука, 1985`, `London: Penguin`) and a book is dated by
its year; a name followed by its city in brackets and a day's date is how every family tells
which paper of that name it cites (papers of one name appear in many cities). The place read
is then no book's imprint: the work is a paper's item or issue, whatever else the note lacks.
No publisher, extent, ISBN, edition or editor may stand beside it (those print a book).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import day

__all__ = ["paper_read_as_author", "without_paper_city"]

_BOOKISH: Final = ("publisher", "number-of-pages", "ISBN", "edition", "editor")
_CLOSING: Final = "»”\"'"  # a quoted name's closing mark, before its bracket


def _names(fields: Mapping[str, object]) -> list[str]:
    """The names a paper's may be read as: the host, the title, an author written whole."""
    found = [str(fields.get(k) or "") for k in ("container-title", "title")]
    authors = fields.get("author")
    if isinstance(authors, tuple):
        found += [str(getattr(a, "literal", None) or "") for a in authors]
    return [name for name in found if name]


def _paper_city(fields: Mapping[str, object], text: str) -> bool:
    """Whether the place read stands in brackets right after a name the note dates to its
    day, no book's imprint beside it (see the module's doc)."""
    place = fields.get("publisher-place")
    if not isinstance(place, str) or not place or not day(fields.get("issued")):
        return False
    if any(fields.get(k) for k in _BOOKISH):
        return False
    bracketed = rf"[{_CLOSING}]?\s*\(\s*{re.escape(place)}\s*\)"
    return any(re.search(re.escape(name) + bracketed, text) for name in _names(fields))


def without_paper_city(fields: Mapping[str, object], text: str) -> Mapping[str, object]:
    """`fields` without a paper's city read as a book's place (the type rules' view)."""
    if not _paper_city(fields, text):
        return fields
    return {k: v for k, v in fields.items() if k != "publisher-place"}


def paper_read_as_author(fields: Mapping[str, object], text: str) -> str | None:
    """The paper's name read as the note's one author, written whole, when the note names
    no title nor host and the paper's city follows it (`Правда (Москва). 1937. 5 мая.`)."""
    authors = fields.get("author")
    if fields.get("title") or fields.get("container-title") or not isinstance(authors, tuple):
        return None
    literal = getattr(authors[0], "literal", None) if len(authors) == 1 else None
    return literal if isinstance(literal, str) and _paper_city(fields, text) else None
