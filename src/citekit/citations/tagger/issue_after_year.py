"""The issue written after the bracketed year: German and linguistic journals write a volume,
its year in brackets, then the issue before the pages (`Turkic Languages 12 (2008) 2:
155–170`, `Anthropos 95 (2000) 1, 20–45`, `Central Asiatic Journal 45 (2001) 1/2: 3–30`).
The number before the bracket is the volume, the one after it the issue: the journal's name
holds neither. Turkish journals write the issue inside the bracket, after the year and a slash
(`Avrasya Etüdleri 45 (2014/1), 7-34`): the year is the date, the number after it the issue."""

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


def _year_slash_issue(tokens: list[Token], out: list[str], i: int) -> None:
    """`V (YYYY/N)` from the bracket at `i`, after a journal's name: the volume, the year and
    the issue, whatever the model read them as (`2014 / 1` as one issue)."""
    if i + 4 >= len(tokens) or tokens[i + 4].text != ")" or tokens[i + 2].text != "/":
        return
    year, issue = tokens[i + 1].text, tokens[i + 3].text
    if not (year.isdecimal() and len(year) == _YEAR and _number(issue)):
        return
    if not _number(tokens[i - 1].text) or out[i - 2] not in _NAME:
        return
    if out[i - 1] not in _NAME | {"volume"} or any(
        a.start != b.end for a, b in zip(tokens[i + 2 : i + 4], tokens[i + 1 : i + 3], strict=True)
    ):
        return  # a spaced slash: no year and issue written as one
    out[i - 1], out[i + 1], out[i + 2], out[i + 3] = "volume", "issued", "other", "issue"


def issue_after_year(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with `V (YYYY) N: pages` read as the volume and the issue around the year, after
    a journal's name (read as a host's run or as the title's: the numbers say it is a host)."""
    out = list(labels)
    if "(" not in text_set(tokens):
        return out  # no bracket (most notes)
    for i in range(2, len(tokens) - 3):
        if tokens[i].text == "(" and tokens[i + 2].text == "/":
            _year_slash_issue(tokens, out, i)
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
