"""GOST's information about a title written in shortened words after a spaced colon
(`Статистический ежегодник. 2019 : стат. сб. — М. : Росстат, 2019`): it is the title's, as
written (as `: сб. ст.` is; the genres of `designations` aside), never a host; a year
between the title's period and that colon (a yearbook's or a series' year) is the title's
own too."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["shortened_designation"]

_SHORT: Final = 5  # letters of a shortened word at most (`стат.`, `сб.`, `науч.`)
_ENDS: Final = DASHES | {"/"}


def _shortened(tokens: list[Token], k: int, end: int) -> int | None:
    """Where a run of shortened words, each with its period, from `k` ends (`стат. сб.`)."""
    i = k
    while (
        i + 1 < end
        and tokens[i].text.isalpha()
        and tokens[i].text.islower()
        and len(tokens[i].text) <= _SHORT
        and tokens[i + 1].text == "."
    ):
        i += 2
    return i if i > k else None


def _dated(tokens: list[Token], b: int, k: int) -> bool:
    """Whether only a period and a year stand between a title's end `b` and the colon `k`."""
    year = tokens[k - 1].text
    return k - b == 2 and tokens[b].text == "." and year.isdigit() and len(year) == 4


def shortened_designation(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a spaced colon's designation in shortened words, and a year right before
    it after the title's period, given to the title."""
    if ":" not in text_set(tokens):
        return found
    n = len(tokens)
    for k in range(2, n - 2):
        if tokens[k].text != ":" or tokens[k].start == tokens[k - 1].end:
            continue  # GOST's spaced colon only
        stop = _shortened(tokens, k + 1, n)
        if stop is None or (stop < n and tokens[stop].text not in _ENDS):
            continue
        j = next((i for i, run in enumerate(found) if run[0] == "title" and run[1] < k), None)
        if j is None:
            return found
        _, a, b = found[j]
        if not (b >= k or b == k - 1 or _dated(tokens, b, k)):
            return found
        if b > stop or any(run[0] == "genre" and k <= run[1] < stop for run in found):
            return found  # a thesis's or a report's words: the genre (`designations`)
        out: list[Run] = [("title", a, stop)]
        for i, (label, c, d) in enumerate(found):
            if i == j or (c >= b and d <= stop):
                continue  # the title, the year and the designation, now the title's
            if d <= a or c >= stop:
                out.append((label, c, d))
            elif d > stop:
                out.append((label, stop, d))
        out.sort(key=lambda run: run[1])
        return out
    return found
