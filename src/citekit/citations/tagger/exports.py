"""Scopus's export of a reference (`Authors. Title (2017) Journal, 18 (2), pp. 7-19.`): the
bracketed year stands between the title and the journal, so the run before it is the title and
the run after it, up to the comma before the volume's number, is the journal, whatever words
(`in`, `and`) the title holds. The export's own record after the reference (`Document Type:
Article Publication Stage: Final Source: Scopus`) names no field of the work."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["export_record", "scopus_order"]

_YEAR_DIGITS: Final = 4


@functools.cache
def _records() -> tuple[tuple[str, ...], ...]:
    """An exporter's first label of its own record as tokens with its colon
    (`[words] export_labels`: `Document Type` -> `Document`, `Type`, `:`)."""
    return tuple((*label.split(), ":") for label in sorted(shipped_words("export_labels")))


def export_record(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with Scopus's record after the reference (`Document Type: Article …`) read as
    no field."""
    texts = text_set(tokens)
    for record in _records():
        if record[0] not in texts:
            continue  # most notes
        n = len(record)
        for k in range(1, len(tokens) - n + 1):
            if tuple(t.text for t in tokens[k : k + n]) == record:
                return painted(found, (OTHER, k, len(tokens)))
    return found


def _year_bracket(tokens: list[Token], y: int) -> bool:
    year = tokens[y + 1].text
    closes = tokens[y].text == "(" and tokens[y + 2].text == ")"
    return closes and year.isdecimal() and len(year) == _YEAR_DIGITS


def scopus_order(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the run before Scopus's bracketed year as the title and the run after it,
    up to `, 18 (2)`, as the journal, where the model read them the other way round."""
    labels = [label for label, _, _ in found]
    if "container-title" not in labels or "title" not in labels or "(" not in text_set(tokens):
        return found
    host = labels.index("container-title")
    title = labels.index("title")
    if host > title:
        return found  # the journal already follows the title
    _, a, b = found[title]
    y = a - 3
    if y < 1 or not _year_bracket(tokens, y) or b + 2 >= len(tokens):
        return found
    if tokens[b].text != "," or not tokens[b + 1].text.isdecimal() or tokens[b + 2].text != "(":
        return found
    persons = [e for label, _, e in found[:host] if label in PERSONS]
    start = persons[-1] if persons else 0
    while start < y and tokens[start].text in {".", ","}:
        start += 1
    between = found[host + 1 : title]
    if start >= y or any(label not in {OTHER, "issued"} for label, _, _ in between):
        return found
    out = painted(found, ("title", start, y))
    return painted(out, ("container-title", a, b))
