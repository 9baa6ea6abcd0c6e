"""A subtitle the model left unread after the title's colon (`2015. Reading the Steppe: Kazakh
Oral Epic and the Soviet Archive. Bloomington: Indiana University Press.`): words with no
field's label between the colon and the sentence's period, before a field's run, are the
title's own, its subtitle (the record reported them lost)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["subtitle_after_colon"]

_INSIDE: Final = frozenset({",", "-", "–", "'", "’"})  # marks a subtitle's words may hold
_AFTER: Final = frozenset({"publisher-place", "publisher", "container-title", "issued"})
_WORDS: Final = 30  # tokens of a subtitle at most


def subtitle_after_colon(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a subtitle joined to the title (module doc)."""
    for j in range(len(found) - 2):
        label, a, b = found[j]
        other, c, d = found[j + 1]
        if label != "title" or other != OTHER or tokens[c].text != ":" or c != b:
            continue
        if found[j + 2][0] not in _AFTER or d - c > _WORDS or d - c < 3:
            continue
        words = tokens[c + 1 : d - 1]
        if tokens[d - 1].text != "." or not words or not words[0].text[:1].isupper():
            continue
        if not all(t.text.isalpha() or t.text in _INSIDE for t in words):
            continue
        return [*found[:j], ("title", a, d - 1), (OTHER, d - 1, d), *found[j + 2 :]]
    return found
