"""A list of names closes on the name after its `and` (`Dilnoza Rakhimova and Peter Hallam,
Water, Power, and Patronage: Energy Politics …`): a name run after that one, its comma
between, opens the title the model cut short, and the words up to the title's run are the
title's."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.name_words import name_joins
from citekit.citations.tagger.tokens import Token

__all__ = ["title_after_last_name"]


def _texts(tokens: list[Token], run: Run) -> list[str]:
    return [t.text.casefold() for t in tokens[run[1] : run[2]]]


def title_after_last_name(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name run after the list's last name read as the title's head (module
    doc)."""
    for j in range(1, len(found) - 2):
        if found[j][0] != "author" or found[j - 1][0] != OTHER:
            continue
        joined = [w for w in _texts(tokens, found[j - 1]) if w != ","]
        if len(joined) != 1 or joined[0] not in name_joins():
            continue
        k = j + 2
        if found[j + 1][0] != OTHER or _texts(tokens, found[j + 1]) != [","]:
            return found
        if found[k][0] != "author":
            return found
        t = next((i for i in range(k + 1, len(found)) if found[i][0] != OTHER), None)
        if t is None or found[t][0] != "title":
            return found
        return [*found[:k], ("title", found[k][1], found[t][2]), *found[t + 1 :]]
    return found
