"""A word's feature pieces with only a model's attributes (`KnownForms`): crfsuite looks up
each attribute of a row and drops one its model never saw, so a word form, shape or suffix
the model lacks (``w=``, ``s=``, ``suf=`` and the neighbours' ``-1w=`` …) can be left out of
the word's pieces once, when the word is first met, rather than looked up in every note."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

__all__ = ["KnownForms"]

_MAX_WORDS: Final = 65536  # the words kept at most (emptied when full, as `_static_utf8` is)


class KnownForms:
    """`static`'s pieces of a word with its own (the second) and its neighbours' (the third)
    features cut to the attributes in `known`; the rest as `static` gives them. Each word's
    are made once and kept as tuples of bytes, which the garbage collector stops tracking."""

    def __init__(self, static: Callable[[str], tuple[Any, ...]], known: frozenset[bytes]) -> None:
        self._static = static
        self._known = known
        self._words: dict[str, tuple[Any, ...]] = {}

    def pieces(self, word: str) -> tuple[Any, ...]:
        """`word`'s pieces without the attributes the model never saw."""
        found = self._words.get(word)
        if found is None:
            found = self._static(word)
            own, near = self._cut(found[1]), found[2]
            pairs = tuple([self._cut(pair) for pair in near])
            if pairs == near:
                pairs = near  # the same pieces, kept once
            if pairs is not near or own is not found[1]:
                found = (found[0], own, pairs, *found[3:])
            if len(self._words) >= _MAX_WORDS:
                self._words.clear()
            self._words[word] = found
        return found

    def _cut(self, pieces: tuple[bytes, ...]) -> tuple[bytes, ...]:
        """`pieces` less those not in `known`: the same tuple when all are."""
        known = self._known
        for piece in pieces:
            if piece not in known:
                return tuple([p for p in pieces if p in known])
        return pieces
