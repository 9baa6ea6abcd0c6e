"""A periodical named in quotes after a bare "in" and the title's comma, as Italian notes
write a journal (`A. Bianchi, Titolo, in «Oriente Moderno», 89, 2 (2019), pp. 45-67.`): the
quoted name is the host, and the title ends at the comma, whatever the model made of them (a
title's words, a series). A number, a year or the note's end follows the closing quote; a
quoted host already read as one is left as it is."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.apa_hosts import bare_ins
from citekit.citations.tagger.quotes import QUOTE_PAIRS
from citekit.citations.tagger.tokens import Token

__all__ = ["in_quoted_host"]

_MARKS: Final = frozenset({"«", "“", "„", '"'})  # the quotes a journal's name opens with
_AFTER: Final = frozenset({",", ".", ";"})
_SPAN: Final = 30  # tokens of a quoted name at most


def _closing(tokens: list[Token], k: int) -> int | None:
    """The closing quote of the name opened at `k`, followed by a number or the note's end."""
    closer = QUOTE_PAIRS.get(tokens[k].text)
    for j in range(k + 2, min(len(tokens), k + _SPAN)):
        if tokens[j].text == closer:
            after = tokens[j + 1 : j + 3]
            ends = not after or (
                after[0].text in _AFTER and (len(after) < 2 or after[1].text[:1].isdigit())
            )
            return j if ends else None
        if tokens[j].text in _MARKS:
            return None
    return None


def in_quoted_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted periodical after `, in` read as the host (see the module's doc)."""
    if not any(t.text in _MARKS for t in tokens):
        return found
    for i in range(1, len(tokens) - 3):
        if tokens[i].text != "," or tokens[i + 1].text not in bare_ins():
            continue
        if tokens[i + 2].text not in _MARKS:
            continue
        j = _closing(tokens, i + 2)
        if j is None:
            continue
        if not any(label == "title" and a < i for label, a, _ in found):
            continue
        if any(label == "container-title" and a >= i + 3 and b <= j for label, a, b in found):
            continue
        out = painted(found, (OTHER, i, i + 3))
        out = painted(out, ("container-title", i + 3, j))
        return painted(out, (OTHER, j, j + 1))
    return found
