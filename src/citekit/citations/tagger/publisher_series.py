"""A publisher's numbered series after its name: Turkish books print the publisher's series and
the book's number in it (`Türk Tarih Kurumu Yayınları, VII. Dizi, Sayı 112, Ankara 1976`, `TTK
Yayınları, VII. Seri, No. 32, Ankara 1958`, `VII. Dizi - Sa. 32`). The series' ordinal and word
(`[words] publisher_series`) and the number after its label are the series', no place and no
issue: a book has none; the place and the year follow them."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.ordinal_titles import glued_ordinal
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["publisher_series"]

_BETWEEN: Final = frozenset({",", "-", "–", ":"})  # between the series and its number's label
_AFTER_LABEL: Final = frozenset({".", ":"})


@functools.cache
def _series_words() -> frozenset[str]:
    """The publisher's series' words (`Dizi`, `Seri`)."""
    return frozenset(shipped_words("publisher_series"))


@functools.cache
def _number_labels() -> frozenset[str]:
    """The labels of a book's number in a series (`Sayı`, `Sa`, `No`), case-folded, no period."""
    return frozenset(w.rstrip(".").casefold() for w in shipped_words("publisher_series_number"))


def _number_end(tokens: list[Token], k: int) -> int | None:
    """Where the labelled number that opens at token `k` ends (`Sayı 112`, `Sa. 32`, `No: 5`),
    or None."""
    if k >= len(tokens) or tokens[k].text.casefold() not in _number_labels():
        return None
    k += 1
    if k < len(tokens) and tokens[k].text in _AFTER_LABEL:
        k += 1
    return k + 1 if k < len(tokens) and tokens[k].text.isdecimal() else None


def publisher_series(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the publisher's series and number after its run given to no field (see
    the module's doc)."""
    if _series_words().isdisjoint(text_set(tokens)):
        return found  # most notes: no series' word
    for run in found:
        if run[0] != "publisher":
            continue
        k = run[2]
        if k + 4 >= len(tokens) or tokens[k].text != ",":
            continue
        if not glued_ordinal(tokens, k + 1) or tokens[k + 3].text not in _series_words():
            continue
        end = k + 4
        at = end + 1 if end < len(tokens) and tokens[end].text in _BETWEEN else end
        if (number := _number_end(tokens, at)) is not None:
            end = number
        return painted(found, (OTHER, k + 1, end))
    return found
