"""A thesis's statement of responsibility in GOST (`Title : дис. … канд. ист. наук : 07.00.07
/ Гаврилова Татьяна Александровна ; Казан. (Приволж.) федер. ун-т. – Казань, 2014.`): after
the slash the author's full name, after the semicolon the institution that awarded the degree,
closed by the period before the place's dash. The institution is the thesis's publisher (CSL
reads a thesis's `publisher` as its university); the full name repeats the author, read
already: neither is a piece no field holds."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from citekit.model import Name

__all__ = ["thesis_statement"]

_STATEMENT: Final = re.compile(
    r"\s/\s(?P<name>[^/;.]{3,120}?)\s;\s(?P<body>[^;/\d]{3,160}?)\.\s*[–—-]\s"
)


def thesis_statement(
    fields: Mapping[str, object], text: str, lost: tuple[str, ...]
) -> tuple[dict[str, object], tuple[str, ...]]:
    """`fields` with the institution of a GOST thesis's statement as its publisher (when no
    publisher was read), and `lost` without the statement's pieces (see the module's doc)."""
    found = _STATEMENT.search(text)
    kept = dict(fields)
    if found is None:
        return kept, lost
    body, name = found.group("body").strip(), found.group("name").strip()
    authors = fields.get("author")
    families = (
        {a.family for a in authors if isinstance(a, Name) and a.family}
        if isinstance(authors, tuple)
        else set()
    )
    if not body[:1].isupper():
        return kept, lost
    kept.setdefault("publisher", body)
    if kept["publisher"] != body:
        return kept, lost
    repeated = bool(name) and name.split()[0] in families  # the author's full name, read already
    start, end = found.start("body"), found.end("body")
    named = (found.start("name"), found.end("name"))

    def read(piece: str) -> bool:
        at = text.find(piece.strip(" .,;()"))
        inside = start <= at < end
        return inside or (repeated and named[0] <= at < named[1])

    return kept, tuple(p for p in lost if not read(p))
