"""The name between a quoted title and a day's date is the host's (`“Deprem bölgesinde son
durum.” Habertürk 8 Şubat 2023.`, `«Итоги года.» Ведомости Декабрь 28, 2019.`, `“Floods Hit
the Midwest.” Chicago Tribune, June 14, 2019.`): a title closed by its quotes, then a name,
then the day it appeared is an article and the paper or site printing it, as every style that
quotes a part's title writes it. The name is given to the host when the model left it to no
field and the note names no other host."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, text_set
from citekit.citations.tagger.worded_dates import text_of
from citekit.dates import read_date

__all__ = ["host_before_day"]

_CLOSERS: Final = frozenset(QUOTES.values())
_MARKS: Final = frozenset("?!.,")


def host_before_day(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name of no field between a quoted title and a day's date read as the
    host (see the module's doc)."""
    if _CLOSERS.isdisjoint(text_set(tokens)) or any(run[0] == "container-title" for run in found):
        return found  # no closing quote in the note, or a host read already
    for j in range(2, len(found)):
        label, a, b = found[j]
        before, c, d = found[j - 1]
        if label != "issued" or before != OTHER or d != a or found[j - 2][0] != "title":
            continue
        when = read_date(text_of(tokens, a, b)).date
        if when is None or when.day is None:
            continue
        k = c
        while k < d and tokens[k].text in _MARKS:
            k += 1
        if k == d or tokens[k].text not in _CLOSERS:
            continue
        k += 1
        while k < d and tokens[k].text in _MARKS:
            k += 1  # `"Title", Host`: MLA's comma inside the quotes or after them
        end = d - 1 if tokens[d - 1].text == "," else d
        words = tokens[k:end]
        if not words or not all(t.text[:1].isupper() and t.text.isalpha() for t in words):
            continue
        tail = [(OTHER, end, d)] if end < d else []
        return [*found[: j - 1], (OTHER, c, k), ("container-title", k, end), *tail, *found[j:]]
    return found
