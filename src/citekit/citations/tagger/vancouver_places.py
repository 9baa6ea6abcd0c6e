"""Vancouver's imprint with no publisher (`… hasabat 2018. Aşgabat; 2019.`): a city before the
semicolon that the year follows is the place of publication. The model read such a lone name as
a periodical, which names no city and is never followed by a semicolon and its year alone."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.features import text_marks
from citekit.citations.tagger.tokens import Token

__all__ = ["city_before_year"]

_PLACES: Final = frozenset({"cities", "places"})


def city_before_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run that names a city, then `;` and the year closing the note, read
    as the place (see the module's doc)."""
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label != "container-title" or b - a > 2:
            continue
        gap, year = found[j + 1], found[j + 2]
        if gap[0] != OTHER or [t.text for t in tokens[gap[1] : gap[2]]] != [";"]:
            return found
        if (
            year[0] != "issued"
            or year[2] - year[1] != 1
            or any(r[0] != OTHER for r in found[j + 3 :])
        ):
            return found
        if not all(m & _PLACES for m in text_marks([t.text for t in tokens[a:b]])):
            return found
        return [*found[:j], ("publisher-place", a, b), *found[j + 1 :]]
    return found
