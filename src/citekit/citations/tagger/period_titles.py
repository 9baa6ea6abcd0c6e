"""A title that closes on the years of the period it treats, set off by a comma (`Ottoman
Administration of Iraq, 1890-1908, London: Routledge, 2006`, Chicago's `The Ottoman Frontier,
1526-1606 (Cambridge: …, 2012)`): a history names its period so, and the work's own date is
the imprint's year after its publisher. A range of two years between the title's comma and the
next comma, the imprint's bracket or the title's closing period (a bibliography's `… Colonial
Empire, 1500-1800. Bloomington: …, 2002.`), in a note that dates itself again later, is the
title's end, never the work's date."""

from __future__ import annotations

from citekit.citations.tagger.align import Run, is_year, painted
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["period_in_title"]


def period_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year range right after the title's comma given to the title when a
    later year dates the work."""
    issued = [(a, b) for label, a, b in found if label == "issued"]
    if len(issued) < 2:  # most notes (at C speed)
        return found
    a, b = issued[0]
    if b - a != 3 or tokens[a + 1].text not in DASHES or a < 2:
        return found
    if not (is_year(tokens[a].text) and is_year(tokens[a + 2].text)):
        return found
    if int(tokens[a + 2].text) < int(tokens[a].text):  # `1890-08` is no two years here
        return found
    if tokens[a - 1].text != "," or b >= len(tokens) or tokens[b].text not in ",(.":
        return found
    title = next((r for r in found if r[0] == "title" and r[2] == a - 1), None)
    if title is None:
        return found
    return painted(found, ("title", title[1], b))
