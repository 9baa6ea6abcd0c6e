"""A volume of a set named after the work's own title (Chicago's `The Steppe Frontier, vol. 2
of A History of Inner Asia, ed. …`): the volume's word and number after the title's comma and
the language files' word before the set's name (`[types] volume_of`: `of`) close the work's
title; the number is the volume and the words after `of` (which the model may run into a
host) name the set, its collection."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.book_pinpoints import volume_words
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["volume_of_set"]

_SET_RUNS: Final = frozenset({"title", "container-title"})


@functools.cache
def _of_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_type_words("volume_of"))


def _volume_of(tokens: list[Token], k: int, b: int) -> tuple[int, int] | None:
    """The volume's number and the first token of the set's name when `, vol. 2 of` opens at
    the comma `k` (all before `b`), else None."""
    n = k + 1
    if n >= b or tokens[n].text.casefold().rstrip(".") not in volume_words():
        return None
    n += 1 + (n + 1 < b and tokens[n + 1].text == ".")
    if n + 2 >= b or not tokens[n].text.isdecimal():
        return None
    if tokens[n + 1].text.casefold() not in _of_words():
        return None
    return n, n + 2


def volume_of_set(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `Title, vol. N of Set` read as the title, the volume and the collection."""
    if not _of_words() or _of_words().isdisjoint(t.text.casefold() for t in tokens):
        return found  # most notes
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        for k in range(a + 1, b - 3):
            if tokens[k].text != ",":
                continue
            hit = _volume_of(tokens, k, b)
            if hit is None:
                continue
            number, start = hit
            end, last = b, j
            if j + 1 < len(found) and found[j + 1][0] in _SET_RUNS and found[j + 1][1] == b:
                end, last = found[j + 1][2], j + 1  # the set's name the model read as a host
            runs: list[Run] = [("title", a, k), (OTHER, k, number), ("volume", number, number + 1)]
            runs += [(OTHER, number + 1, start), ("collection-title", start, end)]
            return [*found[:j], *runs, *found[last + 1 :]]
    return found
