"""The issue written after the bracketed year: German and linguistic journals write a volume,
its year in brackets, then the issue before the pages (`Turkic Languages 12 (2008) 2:
155–170`, `Anthropos 95 (2000) 1, 20–45`, `Central Asiatic Journal 45 (2001) 1/2: 3–30`).
The number before the bracket is the volume, the one after it the issue: the journal's name
holds neither."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["issue_after_year"]

_YEAR: Final = 4  # digits of a year
_NUMBER: Final = 3  # digits of a volume or an issue at most
_AFTER: Final = frozenset({":", ","})  # the pages' mark after the issue
_NAME: Final = frozenset({"container-title", "title"})  # runs the journal's name was read as


def _number(word: str) -> bool:
    return word.isdecimal() and len(word) <= _NUMBER


def _issue_end(tokens: list[Token], k: int) -> int | None:
    """The end of the issue that opens at `k` (`2`, `1/2`, `3-4`) when the pages' mark and a
    number follow it, or None."""
    if k >= len(tokens) or not _number(tokens[k].text):
        return None
    end = k + 1
    if end + 1 < len(tokens) and tokens[end].text in "/-–" and _number(tokens[end + 1].text):
        end += 2  # a double issue
    if end + 1 < len(tokens) and tokens[end].text in _AFTER and tokens[end + 1].text.isdecimal():
        return end
    return None


def issue_after_year(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with `V (YYYY) N: pages` read as the volume and the issue around the year, after
    a journal's name (read as a host's run or as the title's: the numbers say it is a host)."""
    out = list(labels)
    if "(" not in text_set(tokens):
        return out  # no bracket (most notes)
    for i in range(2, len(tokens) - 3):
        if tokens[i].text != "(" or tokens[i + 2].text != ")":
            continue
        year = tokens[i + 1].text
        if not (year.isdecimal() and len(year) == _YEAR) or not _number(tokens[i - 1].text):
            continue
        if out[i - 2] not in _NAME or out[i - 1] not in _NAME | {"volume"}:
            continue
        end = _issue_end(tokens, i + 3)
        if end is None:
            continue
        out[i - 1] = "volume"
        out[i + 3 : end] = ["issue"] * (end - i - 3)
    return out
