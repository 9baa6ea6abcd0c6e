"""A speech's or an interview's title names its speaker in the genitive (`Выступление Министра
иностранных дел С. В. Лаврова на сессии …`, `Речь Н. С. Хрущёва на XX съезде КПСС`,
`Интервью министра … С. В. Лаврова радиостанции «Спутник»`): a note that opens with a speech's
or an interview's word (the language files' `[types]` speech_opens and interview words) opens with
its title, and the names in it are the title's words, nobody's author; before GOST's `//` the
title runs to it, a paper's quoted name in it (`Интервью … газете «Егемен Қазақстан» //
Акорда`), but for the day closing it when only an address follows the `//` (`Послание …, 1
сентября 2020 г. // https://…`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.proceedings import host_mark
from citekit.citations.tagger.tokens import DASHES, Token, tokenize
from citekit.languages import shipped_type_words

__all__ = ["spoken_head"]

_TRAILING: Final = DASHES | {".", ",", ";", ":"}


@functools.cache
def _openers() -> frozenset[str]:
    """The first words of the speech and interview entries, capitalised as a note opens."""
    words = set()
    for key in ("speech_opens", "interview"):
        for entry in shipped_type_words(key):
            first = next((t.text for t in tokenize(entry) if t.text.isalpha()), "")
            if first[:1].isupper():
                words.add(first)
    return frozenset(words)


def _only_address(found: list[Run], slashes: int) -> bool:
    """Whether only an address follows GOST's `//` (no host's name: the site is its address)."""
    after = [run[0] for run in found if run[1] >= slashes and run[0] != OTHER]
    return bool(after) and set(after) <= {"URL", "accessed"}


def spoken_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a speech's or an interview's title read whole from the note's start over
    the names the model took for its author."""
    if not found or found[0][0] not in ("author", "title") or found[0][1] != 0:
        return list(found)
    if tokens[0].text not in _openers():
        return list(found)
    slashes = host_mark(tokens)
    if slashes is not None:  # GOST: the title runs to the host's `//`, names and quotes in it
        end = slashes - 2
        while end > 1 and tokens[end - 1].text in _TRAILING:
            end -= 1
        dated = next((run for run in found if run[0] == "issued" and run[1] > 0), None)
        if dated is not None and dated[2] >= end and _only_address(found, slashes):
            end = dated[1]  # `…, 1 сентября 2020 г. // https://…`: its day, then its address
            while end > 1 and tokens[end - 1].text in _TRAILING:
                end -= 1
            return painted(painted(found, ("title", 0, end)), (OTHER, end, dated[1]))
        return painted(found, ("title", 0, end))
    if found[0][0] != "author":
        return list(found)
    for j in range(1, len(found)):
        label, _, b = found[j]
        if label == "title":
            return [("title", 0, b), *found[j + 1 :]]
        if label not in (OTHER, "author"):
            return list(found)
    return list(found)
