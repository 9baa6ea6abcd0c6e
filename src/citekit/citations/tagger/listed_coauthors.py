"""A co-author the model read into the title. GOST lists its authors family first with their
initials (`Ткачёв И., Мереминская Е. Правительство готовит …`): after an author's run and its
comma, a family word and one or two initials with their periods that open the title run are
the next author, the title going on after them. So is, in a footnote's direct order, a listed
given name and a capitalised family closed by a comma (`Adrian Rădulescu, Ion Bitoleanu,
Istoria Dobrogei, …`): no title opens on a person's given name and family alone."""

from __future__ import annotations

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.entry_numbers import family_initials
from citekit.citations.tagger.tokens import Token

__all__ = ["coauthor_opening_title", "given_coauthor_opening_title"]


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


def given_coauthor_opening_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the `Given Family,` that opens a title run after an author's comma read as
    the next author (see the module's doc)."""
    for j in range(2, len(found)):
        (person, _, b), (comma, c, d), (title, e, f) = found[j - 2 : j + 1]
        if person != "author" or comma != OTHER or title != "title" or (b, d) != (c, e):
            continue
        if [t.text for t in tokens[c:d]] != [","] or lower(tokens[e].text) not in given_names():
            continue
        end = _family_end(tokens, e + 1, f)
        if end is None or end + 1 >= f or tokens[end].text != ",":
            continue
        return [
            *found[:j],
            ("author", e, end),
            (OTHER, end, end + 1),
            ("title", end + 1, f),
            *found[j + 1 :],
        ]
    return found


def _family_end(tokens: list[Token], k: int, f: int) -> int | None:
    """Where a capitalised family of one word, or two joined by a hyphen, opening at `k` ends."""
    if k >= f or not (tokens[k].text[:1].isupper() and tokens[k].text[1:].islower()):
        return None
    if k + 2 < f and tokens[k + 1].text == "-" and tokens[k + 2].text[:1].isupper():
        return k + 3
    return k + 1
