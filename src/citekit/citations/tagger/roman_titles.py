"""A title that opens on a Roman ordinal. Turkish titles often open on a century written in
Roman numerals and its period (`Çelik, Ayşe. XVIII. Yüzyılda Bursa’da Ticaret Hayatı.`); the
model may read the numeral into the author's run after the given name's period. A numeral of
two letters or more (one letter is an initial) that closes the author's run after a period,
its own period after it and the title's run next, opens the title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["roman_ordinal_opens_title"]

_MIN_LETTERS: Final = 2


def roman_ordinal_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Roman ordinal that closes the author's run given to the title after it
    (see the module's doc)."""
    for j in range(len(found) - 2):
        (person, a, b), (gap, c, d), (title, e, f) = found[j : j + 3]
        if person != "author" or gap != OTHER or title != "title" or (b, d) != (c, e):
            continue
        numeral = tokens[b - 1].text
        if len(numeral) < _MIN_LETTERS or not set(numeral) <= ROMAN or b - a < 3:
            continue
        if tokens[b - 2].text != "." or [t.text for t in tokens[c:d]] != ["."]:
            continue
        runs = [("author", a, b - 2), (OTHER, b - 2, b - 1), ("title", b - 1, f)]
        return [*found[:j], *runs, *found[j + 3 :]]
    return found
