"""Harvard's (Cite Them Right's) web page and news item: the year in the bracket after the
name, the day and month after the quoted title (`Akorda (2023) 'Address by President …', 8
June. Available at: …`, `Ministry … (2022) 'Statement …', 3 July.`). The day and month that
close the title's sentence are the date's, not the title's words nor a host's name."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.month_spans import month_word
from citekit.citations.tagger.tokens import Token

__all__ = ["day_after_quoted_title"]

_DAYS: Final = 31
_CLOSERS: Final = frozenset({"'", "’", "”", '"'})


def _day_month(tokens: list[Token], a: int) -> bool:
    """Whether tokens a, a + 1 are a day and a month in either order (`8 June`, `June 8`)."""
    first, second = tokens[a].text, tokens[a + 1].text
    day, month = (first, second) if first.isdecimal() else (second, first)
    return day.isdecimal() and 1 <= int(day) <= _DAYS and month_word(month)


def _bracketed_year(tokens: list[Token], run: Run) -> bool:
    _, a, b = run
    return (
        b - a == 1
        and is_year(tokens[a].text)
        and a > 0
        and b < len(tokens)
        and tokens[a - 1].text == "("
        and tokens[b].text == ")"
    )


def day_after_quoted_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a day and month after the quoted title's comma read as the date (module
    doc), when the date's one run is a bracketed year."""
    dates = [run for run in found if run[0] == "issued"]
    if len(dates) != 1 or not _bracketed_year(tokens, dates[0]):
        return found
    for j, (label, a, b) in enumerate(found):
        if label not in ("title", "container-title") or b - a < 2 or b <= dates[0][1]:
            continue
        if b < len(tokens) and tokens[b].text != ".":
            continue
        if not _day_month(tokens, b - 2) or tokens[b - 3].text != ",":
            continue
        if b - a == 2:
            return [*found[:j], ("issued", a, b), *found[j + 1 :]]
        if b - a < 5 or tokens[b - 4].text not in _CLOSERS or label != "title":
            continue
        runs: list[Run] = [("title", a, b - 4), (OTHER, b - 4, b - 2), ("issued", b - 2, b)]
        return [*found[:j], *runs, *found[j + 1 :]]
    return found
