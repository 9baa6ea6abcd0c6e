"""A place and year a title's run took in. Turkish and Russian hand-written notes close a book's
title with its imprint written `Place Year` after a comma (`Sosyoloji, Ankara 2015 (3. bs.), s.
45`, `Очерки, М. 1990`); when the title's run ends with a place of the lexicon and a year after
its last comma and the note has no date, they are the place and the year."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.forms import PLACE_STARTS
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["place_year_in_title"]

_YEAR: Final = 4  # digits
_FIRST_YEAR: Final = 1400


def place_year_in_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title run closed by `, Place Year` read as the title, the place and the
    year, in a note with no date and no place (see the module's doc)."""
    if PLACE_STARTS.isdisjoint(marks_union(marks)):
        return found  # no place of the lexicon (most notes)
    if any(run[0] in ("issued", "publisher-place") for run in found):
        return found
    for j, (label, a, b) in enumerate(found):
        year = tokens[b - 1].text if label == "title" and b - a >= 4 else ""
        if not (len(year) == _YEAR and year.isdecimal() and int(year) >= _FIRST_YEAR):
            continue
        comma = next((k for k in range(b - 3, a, -1) if tokens[k].text == ","), None)
        if comma is None or comma == a or not one_place(marks, comma + 1, b - 1):
            continue
        runs = [
            ("title", a, comma),
            (OTHER, comma, comma + 1),
            ("publisher-place", comma + 1, b - 1),
            ("issued", b - 1, b),
        ]
        return [*found[:j], *runs, *found[j + 1 :]]
    return found
