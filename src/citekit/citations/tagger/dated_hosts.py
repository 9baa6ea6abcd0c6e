"""The name between a quoted title and a day's date is the host's (`“Deprem bölgesinde son
durum.” Habertürk 8 Şubat 2023.`, `«Итоги года.» Ведомости Декабрь 28, 2019.`, `“Floods Hit
the Midwest.” Chicago Tribune, June 14, 2019.`): a title closed by its quotes, then a name,
then the day it appeared is an article and the paper or site printing it, as every style that
quotes a part's title writes it. The name is given to the host when the model left it to no
field (or to a place or a house, a bracketed translation of the title before it: `“My ne
vidim ugrozy v EAES” [We see no threat in the EAEU], Izvestiia, April 12, 2021.`) and the note
names no other host; a name so read stays what the model read unless it is a news outlet's
(`Izvestiia`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.news_outlets import news_outlet
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTE_PAIRS
from citekit.citations.tagger.tokens import Token, text_set
from citekit.citations.tagger.worded_dates import text_of
from citekit.dates import read_date

__all__ = ["day_out_of_host", "host_before_day"]

_CLOSERS: Final = frozenset(QUOTE_PAIRS.values())  # the single quotes too (`‘…’`)
_MARKS: Final = frozenset("?!.,")
_READ: Final = frozenset({OTHER, "publisher-place", "publisher"})  # what the name may be read as


def host_before_day(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name of no field between a quoted title and a day's date read as the
    host (see the module's doc)."""
    if _CLOSERS.isdisjoint(text_set(tokens)) or any(run[0] == "container-title" for run in found):
        return found  # no closing quote in the note, or a host read already
    for j in range(2, len(found)):
        label, a, b = found[j]
        if label != "issued" or found[j - 1][2] != a:
            continue
        i = j - 1
        while i > 0 and found[i][0] in _READ and found[i - 1][2] == found[i][1]:
            i -= 1
        if found[i][0] != "title" or i == j - 1 or j - i > 4:
            continue
        c, d = found[i + 1][1], a
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
        if k < d and tokens[k].text == "(" and b < len(tokens) and tokens[b].text == ")":
            k += 1  # OSCOLA's `‘…’ (Verfassungsblog, 14 April 2021)`: the host in the bracket
        elif k < d and tokens[k].text == "[":  # `“…” [We see no threat …], Host`: a translation
            while k < d and tokens[k].text != "]":
                k += 1
            k += 1
            while k < d and tokens[k].text in _MARKS:
                k += 1
        end = d - 1 if tokens[d - 1].text == "," else d
        words = tokens[k:end]
        if not words or not all(t.text[:1].isupper() and t.text.isalpha() for t in words):
            continue
        read = any(run[0] != OTHER for run in found[i + 1 : j])
        if read and not news_outlet(" ".join(t.text for t in words)):
            continue  # `“…” [Translation], Taldykorgan, 12 May 2015`: the place the model read
        tail = [(OTHER, end, d)] if end < d else []
        return [*found[: i + 1], (OTHER, c, k), ("container-title", k, end), *tail, *found[j:]]
    return found


_DAY_TOKENS: Final = 4  # tokens of a host's name, its comma and a day at least
_DOTTED: Final = 5  # tokens of `29 . 01 . 2022`


def _numbered_day(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` are a day written in numbers and nothing else (`29.01.2022`, a
    year's word after it: `29.01.2022 г.`), read by the date reader."""
    texts = [t.text for t in tokens[a:b]]
    while texts and (texts[-1] == "." or texts[-1].isalpha()):
        texts.pop()  # `г .`
    if len(texts) != _DOTTED or texts[1] != "." or texts[3] != ".":
        return False
    if not all(texts[k].isdecimal() for k in (0, 2, 4)):
        return False
    when = read_date("".join(texts)).date
    return when is not None and when.day is not None


def day_out_of_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a day written in numbers after a host's last comma given to no field (the
    act is dated before: `// Национальная база данных законодательства, 29.01.2022 г., №
    …`): the day the host printed it, no words of its name."""
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or b - a < _DAY_TOKENS:
            continue
        comma = next((k for k in range(b - 1, a, -1) if tokens[k].text == ","), None)
        if comma is None or not _numbered_day(tokens, comma + 1, b):
            continue
        if not any(run[0] == "issued" for run in found[:j]):
            continue
        return [*found[:j], (label, a, comma), (OTHER, comma, b), *found[j + 1 :]]
    return found
