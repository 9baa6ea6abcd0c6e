"""A co-author the model read into the title. GOST lists its authors family first with their
initials (`Ткачёв И., Мереминская Е. Правительство готовит …`): after an author's run and its
comma, a family word and one or two initials with their periods that open the title run are
the next author, the title going on after them."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.entry_numbers import family_initials
from citekit.citations.tagger.tokens import Token

__all__ = ["coauthor_opening_title"]


def coauthor_opening_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the `Family I.` that opens a title run after an author's comma read as the
    next author (see the module's doc)."""
    for j in range(2, len(found)):
        (person, _, b), (comma, c, d), (title, e, f) = found[j - 2 : j + 1]
        if person != "author" or comma != OTHER or title != "title" or (b, d) != (c, e):
            continue
        if [t.text for t in tokens[c:d]] != [","] or tokens[b - 1].text != ".":
            continue
        end = family_initials(tokens, e, f)
        if end is None or not tokens[end].text[:1].isupper():
            continue
        return [*found[:j], ("author", e, end), ("title", end, f), *found[j + 1 :]]
    return found
