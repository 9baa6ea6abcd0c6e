"""A year that closes a title. Yearbooks, statistics and annual reports carry the year they cover
in their name (`Human Development Report 2015`, `Dış Ticaret İstatistikleri 2019`, `Российский
статистический ежегодник 2018`) and are dated by another, later or the same, year after their
place (`…, New York 2016`). A work has one date: when a year glued to a name's run is followed by
`, Place Year`, that second year is the work's and the first closes its title; a body's name
before the title's comma stays its author (`UNDP, Human Development Report 2015, New York 2016`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.forms import PLACE_STARTS
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["year_closing_title"]

_YEAR: Final = 4  # digits
_FIRST_YEAR: Final = 1400
_NAMES: Final = frozenset({"author", "title", "container-title"})  # what took the title's year
_PLACES: Final = frozenset({"title", "publisher-place", OTHER})  # what the place was read as


def _year(tokens: list[Token], k: int) -> bool:
    text = tokens[k].text
    return len(text) == _YEAR and text.isdecimal() and int(text) >= _FIRST_YEAR


def _places(marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are places of the lexicon, one or two joined by `and` (`New York and
    Geneva`)."""
    joins = [k for k in range(a + 1, b - 1) if "and" in marks[k]]
    if len(joins) == 1:
        return one_place(marks, a, joins[0]) and one_place(marks, joins[0] + 1, b)
    return one_place(marks, a, b)


def _place_year(tokens: list[Token], marks: list[set[str]], found: list[Run], j: int) -> int:
    """How many runs from `j` hold `Place Year` (a place of the lexicon and a year right after
    it, as two runs or one), or 0."""
    label, c, d = found[j]
    if label not in _PLACES:
        return 0
    if _places(marks, c, d) and j + 1 < len(found):
        year = found[j + 1]
        if year[0] == "issued" and year[1] == d and year[2] - d == 1 and _year(tokens, d):
            return 2
        return 0
    return 1 if d - c >= 2 and _year(tokens, d - 1) and _places(marks, c, d - 1) else 0


def year_closing_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a year glued to an author's or a title's run before `, Place Year` read as
    the title's last word, and the place and year after it as the work's (see the module's
    doc); an author's run is cut at its last comma, the title taking what follows."""
    if PLACE_STARTS.isdisjoint(marks_union(marks)):
        return found  # no place of the lexicon (most notes)
    if any(run[0] in ("publisher", "publisher-place") for run in found):
        return found
    for j in range(len(found) - 3):
        (label, a, b), (year, y, z), (gap, comma, after) = found[j : j + 3]
        if label not in _NAMES or year != "issued" or y != b or z - y != 1:
            continue
        if not _year(tokens, y) or gap != OTHER or after - comma != 1 or tokens[comma].text != ",":
            continue
        size = _place_year(tokens, marks, found, j + 3)
        if not size:
            continue
        if label == "container-title" and any(run[0] == "title" for run in found[:j]):
            continue  # a part's title before its host
        start = a
        head: list[Run] = []
        if label == "author":
            cut = next((k for k in range(b - 2, a, -1) if tokens[k].text == ","), None)
            if cut is None:
                continue  # no title of its own before the year
            head = [("author", a, cut), (OTHER, cut, cut + 1)]
            start = cut + 1
        place = found[j + 3]
        end = found[j + 3 + size - 1][2]
        tail: list[Run] = [
            ("title", start, z),
            (OTHER, comma, after),
            ("publisher-place", place[1], end - 1),
            ("issued", end - 1, end),
        ]
        return [*found[:j], *head, *tail, *found[j + 3 + size :]]
    return found
