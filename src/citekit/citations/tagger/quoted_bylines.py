"""A byline after a quoted headline (`The Diplomat, "Tajikistan's Rogun Dam," by Catherine
Putz, February 2, 2024.`, `Foreign Policy, "…," by Daniel Morrow, …`): the name after the
title's closing quote and a byline's word alone (the language files' `[types] byline_label`:
`by`) is the author, whatever role the model gave it. A role's word before the `by`
(`translated by`, `edited by`) keeps the role."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["by_words", "quoted_byline"]

_CLOSERS: Final = frozenset(QUOTES.values())
_ROLES: Final = frozenset({"translator", "editor"})


@functools.cache
def by_words() -> frozenset[str]:
    """A byline's one-word labels in small letters (`[types] byline_label`: `by`)."""
    return frozenset(w.casefold() for w in shipped_type_words("byline_label") if " " not in w)


def quoted_byline(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the name after a quoted title's byline word read as the author."""
    if any(label == "author" for label, _, _ in found):
        return found
    for j in range(1, len(found)):
        label, a, b = found[j]
        if label not in _ROLES:
            continue
        k = next((i for i in range(j - 1, -1, -1) if found[i][0] == "title"), None)
        if k is None:
            return found
        between = tokens[found[k][2] : a]
        words = [t.text.casefold() for t in between if t.text.isalpha()]
        if len(words) != 1 or words[0] not in by_words():
            return found
        if not any(t.text in _CLOSERS for t in between):
            return found  # a quoted title's byline only
        return [*found[:j], ("author", a, b), *found[j + 1 :]]
    return found
