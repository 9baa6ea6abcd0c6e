"""An Ottoman imprint dates its book by the Hijri or the Rumi calendar (`Selanik Matbaası,
İstanbul 1327`, `Dersaadet 1311`): a number of 1200 to 1499 glued to a city's name after its
space, closing the imprint, is the year and the city the place, in a note with no date of its
own; no journal, site or person is written so. So is such a number right after the imprint's
publisher and its comma (`İstanbul: Matbaa-i Âmire, 1293.`, `Dersaadet: Mahmud Bey Matbaası,
1306, s. 45.`), left to no field."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["calendar_year", "year_after_publisher"]

_FIRST: Final = 1200  # the Hijri and Rumi years of printed books (1200 AH = 1785)
_LAST: Final = 1499  # the Gregorian years a citation writes start at 1500 (`is_year`)
_DIGITS: Final = 4
_CLOSES: Final = frozenset({",", ".", ")", ";"})
_TAKEN: Final = frozenset({OTHER, "container-title", "publisher-place", "title"})


def _calendar(text: str) -> bool:
    """Whether `text` is a Hijri or Rumi year's number (`1327`)."""
    return len(text) == _DIGITS and text.isdecimal() and _FIRST <= int(text) <= _LAST


def calendar_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a city and its Hijri or Rumi year after it read as place and date."""
    if any(label == "issued" for label, _, _ in found):
        return found  # most notes (at C speed)
    if not any(_calendar(text) for text in text_set(tokens)):
        return found
    for k in range(1, len(tokens) - 1):
        year = tokens[k + 1].text
        if "cities" not in marks[k] or len(year) != _DIGITS or not year.isdecimal():
            continue
        if not _FIRST <= int(year) <= _LAST or tokens[k - 1].text != ",":
            continue
        if k + 2 < len(tokens) and tokens[k + 2].text not in _CLOSES:
            continue
        runs = [label for label, a, b in found if a < k + 2 and b > k]
        if not set(runs) <= _TAKEN:
            return found
        return painted(painted(found, ("publisher-place", k, k + 1)), ("issued", k + 1, k + 2))
    return found


def year_after_publisher(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Hijri or Rumi year after the publisher's comma read as the date, in a
    note with none (see the module's doc)."""
    if any(label == "issued" for label, _, _ in found):
        return found  # most notes (at C speed)
    for label, _a, b in found:
        if label != "publisher" or b + 1 >= len(tokens) or tokens[b].text != ",":
            continue
        k = b + 1
        if not _calendar(tokens[k].text):
            continue
        if k + 1 < len(tokens) and tokens[k + 1].text not in _CLOSES:
            continue
        if next((run[0] for run in found if run[1] <= k < run[2]), None) != OTHER:
            continue
        return painted(found, ("issued", k, k + 1))
    return found
