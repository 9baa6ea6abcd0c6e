"""A date whose day, month and year are joined by words, as Spanish and Portuguese write it
(`3 de noviembre de 2020`, `14 de octubre del 2019`, `12 de março de 2023`): the model, which
never learned the joining words, reads the day and month as the host's and the year alone as
the date. Read whole (`[months] joiners` of the language files), the words before the year are
the date's when the whole gives that day and month (a titles-only language's month is read
between a day and a year only: `noviembre de 2018` alone stays the year's). So is ABNT's day and
abbreviated month and its period before the year (`27 out. 2022`, `8 jan. 2020`): a
titles-only language's month is no word the model learned."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import Run, is_year
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.worded_dates import text_of
from citekit.dates import read_date
from citekit.languages import available_languages, language

__all__ = ["joined_date"]

_DATED: Final = frozenset({"issued", "accessed"})
_DAY_DIGITS: Final = 2
_BEFORE_DAY: Final = frozenset({",", "(", "[", ";"})


@functools.cache
def _joiners() -> frozenset[str]:
    """The words dates write between their parts, of every shipped language, lower-cased."""
    return frozenset(
        w.casefold() for code in available_languages() for w in language(code).month_joiners
    )


def _start(tokens: list[Token], a: int) -> int | None:
    """Where a joined date ending in the year at `a` opens (its day), or None."""
    short = a - 3  # `27 out. 2022`: the month abbreviated, its period before the year
    if (
        short >= 0
        and tokens[a - 1].text == "."
        and tokens[short + 1].text.isalpha()
        and tokens[short].text.isdecimal()
    ):
        # after a comma, a bracket or the note's start, no dash (`22–24 сент. 2016`: days) nor a
        # number's label (`No. 21 Jan. 2016`: an issue)
        spanned = short > 0 and tokens[short - 1].text not in _BEFORE_DAY
        return short if len(tokens[short].text) <= _DAY_DIGITS and not spanned else None
    day = a - 4
    if day < 0 or not tokens[a - 2].text.isalpha():
        return None
    if not all(tokens[k].text.casefold() in _joiners() for k in (a - 1, a - 3)):
        return None
    number = tokens[day].text
    return day if number.isdecimal() and len(number) <= _DAY_DIGITS else None


def joined_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with each date written with joining words read whole (see the module's doc)."""

    for label, a, b in found:
        if label not in _DATED or not is_year(tokens[a].text):
            continue
        k = _start(tokens, a)
        if k is None:
            continue
        when = read_date(text_of(tokens, k, b)).date
        if when is None or when.month is None or when.year != int(tokens[a].text):
            continue
        if when.day != int(tokens[k].text):
            continue
        out: list[Run] = []
        for run in found:
            if run[2] <= k or run[1] >= a:
                out.append((label, k, b) if run == (label, a, b) else run)
            elif run[1] < k:
                out.append((run[0], run[1], k))
        return out
    return found
