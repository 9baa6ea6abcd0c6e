"""A date a title is stated as of (`Численность населения Республики Казахстан на 1 января
2022 г.`, `Отчёт о деятельности за 2019 г.`, `Population as of 1 July 2021`): after the
title's last word and one of the `[words] as_of` words, the date closes the title's sentence
and is the title's words, never the date the work came out."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, casefolded_set, tokenize
from citekit.languages import shipped_words

__all__ = ["as_of_date"]

_CLOSERS: Final = frozenset({".", ",", ";"})  # what may close the title's sentence after it


@functools.cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    """The `as_of` words of every shipped language as folded token texts, longest first."""
    found = {tuple(t.text.casefold() for t in tokenize(w)) for w in shipped_words("as_of")}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


@functools.cache
def _openers() -> frozenset[str]:
    """The first folded word of each `as_of` phrase: a note with none of them has no phrase."""
    return frozenset(words[0] for words in _phrases())


def _phrase_end(tokens: list[Token], k: int) -> int | None:
    """Where an `as_of` phrase written from token `k` ends, or None."""
    for words in _phrases():
        end = k + len(words)
        if end <= len(tokens) and tuple(t.text.casefold() for t in tokens[k:end]) == words:
            return end
    return None


def as_of_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a date run after a title's `as_of` phrase given to the title."""
    if _openers().isdisjoint(casefolded_set(tokens)):
        return found  # no phrase's first word in the note (most notes)
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        # the phrase closes the title run or stands in the runs of no field after it
        start = next((k for k in range(max(a + 1, b - 3), b + 1) if _phrase_end(tokens, k)), None)
        if start is None:
            return found
        end = _phrase_end(tokens, start)
        assert end is not None
        rest = found[j + 1 :]
        dated = next((i for i, run in enumerate(rest) if run[0] != OTHER), None)
        if dated is None or rest[dated][0] != "issued":
            return found
        _, s, e = rest[dated]
        if any(not t.text.isdecimal() for t in tokens[end:s]):
            return found  # words between: the date is no part of the phrase
        closed = e >= len(tokens) or tokens[e - 1].text in _CLOSERS or tokens[e].text in _CLOSERS
        if not closed:
            return found
        return [*found[:j], ("title", a, e), *rest[dated + 1 :]]
    return found
