"""A number with its page's or extent's word is no title. A book's count of pages or a cited
page written number first (`200 b.`, `215 бет`, `45 sah.`, `304 s.`) closing the note after the
imprint's year is a locator; the model, which may read a second title there, is mended so that
the number is a page (`pages.book_extent` then tells the book's extent after a period from the
cited page after a comma)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["unit_number_title"]

_UNITS: Final = frozenset({"Bpage", "Bextent"})


def unit_number_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a last title run of a number and a page's or extent's word, after the
    year's run and the work's own title, read as a page (see the module's doc)."""
    if _UNITS.isdisjoint(marks_union(marks)):
        return found  # no page's or extent's word in the note
    fields = [j for j, run in enumerate(found) if run[0] != OTHER]
    if len(fields) < 3:
        return found
    j = fields[-1]
    label, a, b = found[j]
    if label != "title" or found[fields[-2]][0] != "issued":
        return found
    if not any(found[k][0] == "title" for k in fields[:-2]) or "page" in (r[0] for r in found):
        return found
    words = [k for k in range(a, b) if tokens[k].text.isalnum()]
    if len(words) != 2 or words[0] != a or not tokens[a].text.isdecimal():
        return found
    if not marks[words[1]] & _UNITS or not all(t.text in ".," for t in tokens[b:]):
        return found
    return [*found[:j], ("page", a, a + 1), (OTHER, a + 1, b), *found[j + 1 :]]
