"""A label's word closing a title before GOST's spaced colon is the title's word.

A note's labels (`Источник:`, `Kaynak:`, `Source:`) open a part, capitalised, their colon glued
to them. A word of the same spelling in small letters that closes a title right before GOST's
spaced colon of other title information (`… как исторический источник : дис. … канд. ист.
наук`, `… тарихи дереккөз : монография`) names what the work studies: it is the title's last
word, not a label of what follows.
"""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["label_word_in_title"]

_LABEL_MARKS: Final = frozenset({"see"})  # the lexicon's marks of a note's labels


def label_word_in_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a label's word in small letters, between a title and a spaced colon, given
    to the title (see the module's doc)."""
    out = list(found)
    for j in range(len(out) - 1):
        label, a, b = out[j]
        after, c, d = out[j + 1]
        if label != "title" or after != OTHER or c != b or d < b + 2:
            continue
        word, colon = tokens[b], tokens[b + 1]
        if not (word.text.isalpha() and word.text[0].islower() and marks[b] & _LABEL_MARKS):
            continue
        if colon.text != ":" or colon.start == word.end or b + 2 >= len(tokens):
            continue  # a glued colon is a label's
        if tokens[b + 2].start == colon.end:
            continue  # GOST spaces its colon on both sides
        out[j : j + 2] = [("title", a, b + 1), (OTHER, b + 1, d)]
    return out
