"""A list that writes its families in capitals (`ACEMOGLU, Daron, and James A. ROBINSON. Why
Nations Fail.`) closes its last name on a family in capitals after the given names; the model,
meeting a capital word after an initial's period, may open the title on it. A family in
capitals before the title's sentence, glued to its period, after a name that ends on an
initial, is the name's, when the list's first family is written in capitals too."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["capital_family_after_initial"]

_PERSONS: Final = frozenset({"author", "editor"})


def _capitals(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper()


def capital_family_after_initial(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a capital family opening the title run after a name's initial moved to
    the name (see the module's doc)."""
    for j in range(1, len(found)):
        label, a, b = found[j - 1]
        if label not in _PERSONS or found[j][0] != "title" or found[j][1] != b:
            continue
        if b - a < 3 or tokens[b - 1].text != "." or len(tokens[b - 2].text) != 1:
            continue  # the name closes on an initial (`James A.`)
        c = found[j][2]
        if b + 2 >= c or not _capitals(tokens[b].text) or tokens[b + 1].text != ".":
            continue
        first = next(run for run in found if run[0] in _PERSONS)
        if not any(_capitals(t.text) for t in tokens[first[1] : first[2]]):
            return found  # the list's first family is no capital's: a title's acronym
        out = painted(found, (label, a, b + 1))
        return painted(out, ("title", b + 2, c))
    return found
