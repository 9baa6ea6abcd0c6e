"""GOST writes an article's title right before the host's `//`: two names joined by `and`
that reach it (`Абай и Пушкин // …`, `Шоқан Уәлиханов және Достоевский // Егемен Қазақстан.
– 2015`) are the title, never a title and an author (an author comes first, before the
title)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["joined_names"]

_NAMED: Final = frozenset({"title", "author"})
_MIN_RUNS: Final = 3  # the two names and the host
_DAY: Final = "issued"


def _slashes(tokens: list[Token]) -> int | None:
    """Where the host's `//` opens (its first slash, the second glued to it), or None."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text == "/" == tokens[k + 1].text and tokens[k + 1].start == tokens[k].end:
            return k
    return None


def joined_names(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with two name runs joined by `and` that open the note and reach its `//` read
    as one title, when the note names no other title."""
    if "/" not in text_set(tokens):
        return found  # most notes (at C speed): no slash
    named = [run for run in found if run[0] != OTHER]
    if len(named) < _MIN_RUNS or named[0][0] not in _NAMED or named[1][0] != "author":
        return found
    (first, a, b), (_, c, d) = named[0], named[1]
    slash = _slashes(tokens)
    if slash is None or d != slash or c != b + 1 or a != 0 or "and" not in marks[b]:
        return found
    if first == "author" and any(run[0] == "title" and run[1] < slash for run in found):
        return found  # a title after the host is no work's (`… – 2019. – 14 наурыз`)
    if any(t.text in ",.;:" for t in tokens[a:d]):
        return found  # `Иванов И. И. и Петров П. П. //`: initials make two persons
    k = found.index(named[1])
    # the title the model found after the host was the day's date (`– 14 наурыз`)
    rest = [
        run if run[0] != "title" else (_DAY if tokens[run[1]].text.isdecimal() else OTHER, *run[1:])
        for run in found[k + 1 :]
    ]
    return [("title", a, d), *rest]
