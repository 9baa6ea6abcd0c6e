"""A chapter cited with its number written as a word (`Chapter Three`, `Part Two`, `глава
третья`, `Üçüncü Bölüm`): a locator like `ch. 3`, no title, volume or issue, whichever order
the language writes the word and its number in. The words are the language files'
(`[words] chapter`, `part`, `locator_number`); the locator stands as a whole area between
commas or periods."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["worded_chapters"]

_MARKS: Final = frozenset({",", ".", ";"})


@functools.cache
def _unit_words() -> frozenset[str]:
    """A chapter's or part's word without its period (`Chapter`, `глава`, `Bölüm`, `Part`)."""
    return frozenset(w.rstrip(".") for w in shipped_words("chapter") | shipped_words("part"))


@functools.cache
def _numbers() -> frozenset[str]:
    return frozenset(shipped_words("locator_number"))


def _locator_end(tokens: list[Token], k: int) -> int | None:
    """The token after a worded locator at `k` (`Chapter Three`, `Üçüncü Bölüm`), or None."""
    if k + 1 >= len(tokens):
        return None
    first, second = tokens[k].text, tokens[k + 1].text
    if first in _unit_words() and second in _numbers():
        return k + 2
    if first in _numbers() and second in _unit_words():
        return k + 2
    return None


def worded_chapters(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a chapter or part numbered by a word, standing between commas or periods,
    read as no field (see the module's doc)."""
    numbers = _numbers()
    if text_set(tokens).isdisjoint(numbers):
        return found  # most notes (at C speed): no number word
    out = found
    for k in range(1, len(tokens) - 1):
        end = _locator_end(tokens, k)
        if end is None or tokens[k - 1].text not in _MARKS:
            continue
        if end < len(tokens) and tokens[end].text not in _MARKS:
            continue  # `Part Two of the Story`: a title's words
        inside = [run for run in out if run[1] < end and run[2] > k and run[0] != OTHER]
        if all(k <= a and b <= end for _, a, b in inside):
            out = painted(out, (OTHER, k, end))
    return out
