"""Springer's imprint: the publisher, its place and the year in brackets, as a sentence after
the pages (`pp. 223–234. Springer, Cham (2019).`, `Springer, Heidelberg (2010)`). A run of
capitalised words between the publisher's comma and the bracketed year is the place, whatever
the model called it (an issue, a host), when the note names no place; a publisher's run read
before that sentence is the series the book is in (`TSD 2019. LNCS, vol. 11697`)."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["place_before_bracketed_year"]


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
