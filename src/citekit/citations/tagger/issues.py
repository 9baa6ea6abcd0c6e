"""Decoding facts of a periodical's issue number: a number after an issue's own word that the
model left to no field (`Bilig, Sayı 75, Güz 2015`), and İSNAD's lone number before a bracketed
season's date (`Bilig 88 (Kış 2019)`), which is the issue. GOST's running number in brackets
after the issue's (`№ 3 (73)`) is not the issue: the issue is `3`, as CSL and the generator's
records have it."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["issue_numbers"]

_YEAR_DIGITS: Final = 4
_OTHER_NUMBERS: Final = frozenset({"Bvolume", "Bpage", "Bextent"})  # `s.`: a page's word as well


@functools.cache
def _issue_seasons() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("issue_seasons"))


def _season_date(tokens: list[Token], i: int) -> bool:
    """Whether tokens i.. are a bracketed season and year (`(Kış 2019)`)."""
    if i + 3 >= len(tokens) or tokens[i].text != "(" or tokens[i + 3].text != ")":
        return False
    year = tokens[i + 2].text
    season = tokens[i + 1].text.casefold() in _issue_seasons()
    return season and year.isdecimal() and len(year) == _YEAR_DIGITS


def issue_numbers(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an issue's number read whole, or read at all, as the family writes it."""
    labels = [run[0] for run in found]
    out = list(found)
    if "issue" in labels:
        return out
    for k in range(1, len(tokens)):
        word = marks[k - 1]
        if "Bissue" not in word or not word.isdisjoint(_OTHER_NUMBERS):
            continue
        if tokens[k].text.isdecimal() and len(tokens[k].text) < _YEAR_DIGITS:
            run = next(r for r in found if r[1] <= k < r[2])
            if run[0] == OTHER:  # `Sayı 75`: the issue's word says what the number is
                return painted(out, ("issue", k, k + 1))
    if labels.count("volume") == 1:
        j = labels.index("volume")
        _, a, b = found[j]
        host = j > 0 and found[j - 1][0] == "container-title" and found[j - 1][2] == a
        if host and b - a == 1 and tokens[a].text.isdecimal() and _season_date(tokens, b):
            out[j] = ("issue", a, b)  # İSNAD's `Bilig 88 (Kış 2019)`: a number of issues
    return out
