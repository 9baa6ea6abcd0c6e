"""Springer's imprint: the publisher, its place and the year in brackets, as a sentence after
the pages (`pp. 223–234. Springer, Cham (2019).`, `Springer, Heidelberg (2010)`). A run of
capitalised words between the publisher's comma and the bracketed year is the place, whatever
the model called it (an issue, a host), when the note names no place; a publisher's run read
before that sentence is the series the book is in (`TSD 2019. LNCS, vol. 11697`). So is a place's
or house's run of a word, a comma and a city (`[words] cities`: `Cham`) right before the year's
bracket: the house and its place, the model having read both as one place."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["house_city_before_year", "place_before_bracketed_year"]


def place_before_bracketed_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words between a publisher's comma and a bracketed year read as the
    place (see the module's doc)."""
    if any(run[0] == "publisher-place" for run in found):
        return found
    for j in range(len(found) - 3):
        (house, _, _), (comma, c, d), (label, e, f), (gap, g, h) = found[j : j + 4]
        if house != "publisher" or comma != OTHER or gap != OTHER or label == OTHER:
            continue
        if [t.text for t in tokens[c:d]] != [","]:
            continue
        if [t.text for t in tokens[g:h]] != ["("] or j + 4 >= len(found):
            continue
        year = found[j + 4]
        if year[0] != "issued" or year[2] >= len(tokens) or tokens[year[2]].text != ")":
            continue
        if not all(t.text.isalpha() and t.text[:1].isupper() for t in tokens[e:f]):
            continue
        # a publisher run read before the imprint is the series' (`TSD 2019. LNCS, vol. 11697`)
        head = [("collection-title", *r[1:]) if r[0] == "publisher" else r for r in found[:j]]
        return [*head, *found[j : j + 2], ("publisher-place", e, f), *found[j + 3 :]]
    return found


_IMPRINT: Final = frozenset({"publisher", "publisher-place"})
_CITY: Final = frozenset({"cities", "Bcities", "places", "Bplaces"})
_SERIES_GAP: Final = 3  # tokens between a series' run and its volume's at most (`, vol .`)


def house_city_before_year(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with LNCS's `Springer, Cham (2019)` read as house and place (module doc)."""
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label not in _IMPRINT or b - a != len(("Springer", ",", "Cham")):
            continue
        if tokens[a + 1].text != "," or not marks[a + 2] & _CITY or marks[a] & _CITY:
            continue
        bracket, year = found[j + 1], found[j + 2]
        if bracket[0] != OTHER or tokens[bracket[1]].text != "(" or year[0] != "issued":
            continue
        out = [*found[:j], ("publisher", a, a + 1), (OTHER, a + 1, a + 2)]
        out += [("publisher-place", a + 2, b), *found[j + 1 :]]
        return [_series(found, run) if run[2] <= a else run for run in out]
    return found


def _series(found: list[Run], run: Run) -> Run:
    """`run` as the series' when it is a house's that a volume's run follows closely."""
    if run[0] != "publisher":
        return run
    volume = next((r for r in found if r[0] == "volume" and r[1] >= run[2]), None)
    if volume is None or volume[1] - run[2] > _SERIES_GAP:
        return run
    return ("collection-title", run[1], run[2])
