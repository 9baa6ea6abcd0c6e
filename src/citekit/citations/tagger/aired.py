"""A programme aired is cited by its title, the channel and a word that says it was aired
(`Dede Korkut'un İzinde, TRT Belgesel, televizyon programı, 2018.`, `Жеті жарғы, Хабар,
телебағдарлама, 2020.`): the descriptor (the language files' `[types] broadcast`) closes the
title's run after two commas; the name between them is the channel, the programme's host, and
the descriptor is no part of the title. The model reads all three as one title."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["aired_channel"]

_CHANNEL_WORDS: Final = 4  # tokens of a channel's name at most (`TRT Belgesel`, `BBC Radio 4`)


@functools.cache
def _descriptors() -> tuple[frozenset[str], frozenset[str]]:
    """The `[types] broadcast` phrases folded with their spaces out, and their last words."""
    words = shipped_type_words("broadcast")
    return (
        frozenset(w.casefold().replace(" ", "") for w in words),
        frozenset(w.split()[-1].casefold() for w in words if w.split()),
    )


def aired_channel(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's run closed by `, Channel, descriptor` cut into the title, the
    channel as the host and the descriptor (see the module's doc)."""
    if not found or (found[0][0] != "title" and (len(found) < 3 or found[2][0] != "title")):
        return found  # most notes: no title at their head
    j = 0 if found[0][0] == "title" else 2
    _, a, b = found[j]
    phrases, lasts = _descriptors()
    if tokens[b - 1].text.casefold() not in lasts:
        return found
    commas = [k for k in range(a + 1, b - 1) if tokens[k].text == ","]
    if len(commas) < 2:
        return found
    c1, c2 = commas[-2], commas[-1]
    if "".join(t.text for t in tokens[c2 + 1 : b]).casefold() not in phrases:
        return found
    if not 1 <= c2 - c1 - 1 <= _CHANNEL_WORDS or any(r[0] == "container-title" for r in found):
        return found
    cut: list[Run] = [
        ("title", a, c1),
        (OTHER, c1, c1 + 1),
        ("container-title", c1 + 1, c2),
        (OTHER, c2, b),
    ]
    return [*found[:j], *cut, *found[j + 1 :]]
