"""A title that opens on a city's name and a colon (`Pamuk, Orhan. Istanbul: Memories and the
City. Translated by …, Alfred A. Knopf, 2005.`) looks to the model like an imprint's place and
its house. When the note's imprint stands after that title (a publisher or place of its own
later), the place, its colon and the run after it are the title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["place_heads_title"]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_PLACE_WORDS: Final = 2  # tokens of the place at most (`New York`)


def place_heads_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an author's sentence's `Place: Words.` read as the title when the note's
    publisher stands after it (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "publisher-place":
            continue
        if j == 0 or j + 2 >= len(found):
            return found
        if any(run[0] not in _PERSONS and run[0] != OTHER for run in found[:j]):
            return found  # the place is no first field after the names (`---, editor.`)
        if b - a > _PLACE_WORDS or tokens[a - 1].text != ".":
            return found
        colon, title = found[j + 1], found[j + 2]
        if (
            colon != (OTHER, b, b + 1)
            or tokens[b].text != ":"
            or title[0] not in ("title", "publisher")
        ):
            return found
        c = title[2]
        if c >= len(tokens) or tokens[c].text != ".":
            return found  # the title's sentence closes on its period
        if not any(run[0] in ("publisher", "publisher-place") for run in found[j + 3 :]):
            return found  # no house after it: the place and its house are the imprint
        return painted(found, ("title", a, c))
    return found
