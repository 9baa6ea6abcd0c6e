"""The dashes that stand for the author named in the entry before (Chicago's `———. 2018b.
“Title.” Journal 26 (38): 203–220.`): a year with a letter after it (`2018b`, two works of one
year) opens no title. The dashes and their period are no field's, the year is the work's, and
the title starts after the year's period."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["lettered_year_after_dashes"]


def lettered_year_after_dashes(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the lettered year after an opening run of dashes read as the date, when
    the model ran a title over the dashes and the year (see the module's doc)."""
    k = 0
    while k < len(tokens) and tokens[k].text in DASHES:
        k += 1
    if not k or k + 4 >= len(tokens) or tokens[k].text != ".":
        return found  # most notes
    year, letter, period = tokens[k + 1 : k + 4]
    if not is_year(year.text) or not (letter.text.isalpha() and len(letter.text) == 1):
        return found
    if letter.start != year.end or period.text != ".":
        return found
    if not found or found[0][0] != "title" or found[0][2] <= k + 4:
        return found
    out = painted(found, (OTHER, 0, k + 1))
    out = painted(out, ("issued", k + 1, k + 2))
    return painted(out, (OTHER, k + 2, k + 4))
