"""A book's pinpoint written bare after its imprint's year (Chicago's and İSNAD's `Cambridge:
Cambridge University Press, 2011, 203.`, Wikipedia's book references): with a publisher and
no host, the lone number after the year's comma is the cited page, not a volume, which a
word would mark (`vol. 2`, `Т. 2`)."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["page_after_book_year", "volume_words"]


@functools.cache
def volume_words() -> frozenset[str]:
    """The volume's words of every shipped language, casefolded, without their period."""
    return frozenset(w.casefold().rstrip(".") for w in shipped_words("volume"))


def _texts(tokens: list[Token], run: Run) -> list[str]:
    return [t.text for t in tokens[run[1] : run[2]]]


def page_after_book_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bare number after `Publisher, Year,` read as the page (module doc)."""
    labels = [run[0] for run in found]
    if "publisher" not in labels or "container-title" in labels or "page" in labels:
        return found
    for j in range(4, len(found)):
        label, a, b = found[j]
        if label != "volume" or b - a != 1 or not tokens[a].text.isdecimal():
            continue
        if labels[j - 2] != "issued" or labels[j - 4] != "publisher":
            return found
        if _texts(tokens, found[j - 1]) != [","] or _texts(tokens, found[j - 3]) != [","]:
            return found
        if b < len(tokens) and tokens[b].text not in ".;":
            return found
        if b + 1 < len(tokens) and tokens[b + 1].text.casefold() in volume_words():
            return found  # `2003, 2. cilt`, `2. c.`: an ordinal and a volume's word
        return [*found[:j], ("page", a, b), *found[j + 1 :]]
    return found
