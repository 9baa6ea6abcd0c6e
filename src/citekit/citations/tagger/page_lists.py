"""The pages a locator's word lists. A note cites more than one place of a work after one page's
word, numbers and ranges joined by commas (`С. 12, 45, 78.`, `s. 12, 45.`, `pp. 12, 45-47.`),
or a page and "the following" (`С. 12 и след.`: `[words] pages_following`); the model, which
learnt one number or range after the word, reads the list as a volume, an issue and a page, or a
title. At the note's end the whole list after the word is the page, as written."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.languages import shipped_words

__all__ = ["listed_pages"]

_NUMBERS: Final = frozenset({OTHER, "page", "volume", "issue", "title", "number-of-pages"})
_ISSUE_LETTER: Final = "S"  # Turkish `S.` is sayı (the issue) as often as a page's word


@functools.cache
def _following() -> tuple[tuple[str, ...], ...]:
    """The "and the following" phrases as token texts (`и след.` -> `и`, `след`, `.`)."""
    out = []
    for phrase in shipped_words("pages_following"):
        words = phrase.replace(".", " .").split()
        out.append(tuple(words))
    return tuple(sorted(out, key=len, reverse=True))


def _item_end(tokens: list[Token], i: int) -> int | None:
    """Where a page's number or range that starts at token i ends, or None."""
    if i >= len(tokens) or not tokens[i].text.isdecimal():
        return None
    if i + 2 < len(tokens) and tokens[i + 1].text in DASHES and tokens[i + 2].text.isdecimal():
        return i + 3
    return i + 1


def _phrase_end(tokens: list[Token], i: int) -> int:
    """Where an "and the following" phrase that starts at token i ends (i when none does)."""
    texts = [t.text for t in tokens[i:]]
    for words in _following():
        if tuple(texts[: len(words)]) == words:
            return i + len(words)
    return i


def _year_like(text: str) -> bool:
    """Whether a number reads as a year (`2010`), never as a page in a list."""
    return len(text) == _YEAR_DIGITS and text.isdecimal() and _YEARS[0] <= int(text) <= _YEARS[1]


_YEAR_DIGITS: Final = 4
_YEARS: Final = (1800, 2099)


def listed_pages(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the numbers a page's word lists up to the note's end read as the page (see
    the module's doc)."""
    if "Bpage" not in marks_union(marks):
        return found  # no page's word in the note
    for k in range(len(tokens) - 2, -1, -1):
        if "Bpage" not in marks[k] or tokens[k].text == _ISSUE_LETTER:
            continue
        start = k + 2 if tokens[k + 1].text == "." else k + 1
        end = _item_end(tokens, start)
        items = 1
        while end is not None and end + 1 < len(tokens) and tokens[end].text == ",":
            nxt = _item_end(tokens, end + 1)
            if nxt is None:
                break
            end, items = nxt, items + 1
        if end is None:
            return found
        if items > 1 and _year_like(tokens[end - 1].text):
            return found  # `б. 45, 2010.`: a year closes the note, no page
        after = _phrase_end(tokens, end)
        if (items < 2 and after == end) or not all(t.text in ".;" for t in tokens[after:]):
            return found
        runs = [run for run in found if run[1] < end and run[2] > start]
        if not all(run[0] in _NUMBERS for run in runs) or not any(r[0] != "page" for r in runs):
            return found
        if any(run[0] == "page" for run in found if run[2] <= start):
            return found  # a page read before: the list is another locator's
        return painted(painted(found, ("page", start, end)), (OTHER, end, len(tokens)))
    return found
