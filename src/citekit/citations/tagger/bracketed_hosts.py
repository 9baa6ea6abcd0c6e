"""GOST's host stands after `//`. A bracketed clause before the `//` (`Конституция Российской
Федерации (принята всенародным голосованием 12.12.1993 с изменениями, одобренными в ходе
общероссийского голосования 01.07.2020) // Российская газета.`) says how the work came to
be: no run of it is the host when the note names its host after the `//`, and its dates are
the act's (adopted, amended), never an access date."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.proceedings import host_mark
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["host_not_in_brackets"]

_NOT_HERE: Final = frozenset({"container-title", "accessed"})


def host_not_in_brackets(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's or an access date's run inside a bracket before `//` given to no
    field, when a host's run follows the `//`."""
    texts = text_set(tokens)
    if "(" not in texts or "/" not in texts:
        return found  # most notes (at C speed): no bracket or no slash
    labels = [run[0] for run in found]
    if labels.count("container-title") < 2:
        return found
    start = host_mark(tokens)
    if start is None or not any(r[0] == "container-title" and r[1] >= start for r in found):
        return found
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label not in _NOT_HERE or b > start:
            continue
        before = [t.text for t in tokens[:a]]
        if before.count("(") > before.count(")"):  # inside a bracket still open
            out[j] = (OTHER, a, b)
    return out
