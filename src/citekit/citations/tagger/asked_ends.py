"""A title that asks or exclaims ends at its own `?` or `!` (APA writes no period after it):
the words the model left between the title's run and that mark, before the retrieval
statement or the address (`What's happening in Kazakhstan? Retrieved from https://…`), are the
title's, never a sentence of their own."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["asked_end"]

_MARKS: Final = frozenset({"?", "!"})
_WORDS: Final = 6  # words left out of the title at most
_AFTER: Final = frozenset({"URL", "accessed"})  # what the title's sentence may stand before
_APOSTROPHES: Final = frozenset({"'", "’"})


@functools.cache
def _cues() -> frozenset[str]:
    """The first words of the access statements (`Retrieved`, `Accessed`)."""
    return frozenset(w.split()[0] for w in shipped_words("accessed") if w[:1].isupper())


def asked_end(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words before the title's own `?` or `!` given to the title."""
    if _MARKS.isdisjoint(text_set(tokens)):
        return found  # most notes: no question or exclamation mark
    for j in range(len(found) - 2):
        label, a, _ = found[j]
        gap, c, d = found[j + 1]
        if label != "title" or gap != OTHER or found[j + 2][0] not in _AFTER:
            continue
        mark = next((k for k in range(c, d) if tokens[k].text in _MARKS), None)
        if mark is None or mark == c or mark - c > _WORDS:
            return found
        if not all(t.text.isalpha() or t.text in _APOSTROPHES for t in tokens[c:mark]):
            return found
        rest = [t.text for t in tokens[mark + 1 : d]]
        if rest and (rest[0] not in _cues() or len(rest) > 2):
            return found
        tail: list[Run] = [(OTHER, mark + 1, d)] if mark + 1 < d else []
        return [*found[:j], ("title", a, mark + 1), *tail, *found[j + 2 :]]
    return found
