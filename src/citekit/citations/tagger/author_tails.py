"""A body's name, its comma, then the work's title: `KazMunayGas, Annual Report 2022 (Astana:
…)`. Where the model ran the author's run on over the title's first word (`KazMunayGas,
Annual` and the title `Report 2022`), the word after the comma is the title's: a person's
given name after the comma is a name's (`Smith, John`), a word that the title's run follows
with no mark between is the title's."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["title_word_in_author"]

_SHORTEST: Final = 3  # letters of the title's word at least (no initial typed bare: `Smith, J`)


def title_word_in_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the title's first word taken out of the author's run before it (see the
    module's doc)."""
    for j in range(len(found) - 1):
        (label, a, b), (after, c, d) = found[j], found[j + 1]
        if label != "author" or after != "title" or b != c or b - a < _SHORTEST:
            continue
        word = tokens[b - 1]
        if tokens[b - 2].text != "," or tokens[c].start == word.end:
            continue
        text = word.text
        if len(text) < _SHORTEST or not text.isalpha() or not text[:1].isupper() or text.isupper():
            continue
        if lower(text) in given_names():
            continue  # `Smith, John Title`: the name's given name, its stop missing
        return [
            *found[:j],
            (label, a, b - 2),
            (OTHER, b - 2, b - 1),
            ("title", b - 1, d),
            *found[j + 2 :],
        ]
    return found
