"""Author-date styles write the year after the author and the full date again after the host
(Chicago's `Dave, Bhavna. 2019. “Title.” Blog (blog), March 22, 2019. https://…`): a day's date
of the same year that no access label opens is the work's date in full, not the day it was
read, which the model takes it for."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["full_date_again", "kind_before_date", "unlabelled_date_before_address"]

_ACCESSED, _ISSUED = "accessed", "issued"
_MONTH_YEAR_PAGE: Final = 4  # tokens of `April 2024 , 17` at least
_KIND_WORDS: Final = 3  # words of a document's kind and its `of` at most (`Judgment of`)


def full_date_again(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an unlabelled access date that gives the year read after the author in
    full read as the work's date (see the module's doc)."""
    labels = [label for label, _, _ in found]
    if labels.count(_ACCESSED) != 1 or labels.count(_ISSUED) != 1:
        return found  # most notes
    j, k = labels.index(_ISSUED), labels.index(_ACCESSED)
    (_, a, b), (_, c, d) = found[j], found[k]
    if j > k or b - a != 1 or not tokens[a].text.isdecimal():
        return found  # the year alone, before the date
    if not any(t.text == tokens[a].text for t in tokens[c:d]) or d - c < 3:
        return found  # another year, or no day's date
    if d < len(tokens) and tokens[d].text.isalpha():
        return found  # `9 Nisan 2017 tarihinde … adresinden alındı`: a label after it
    label_end = max((e for label, _, e in found[j + 1 : k] if label != OTHER), default=b)
    if any(_ACCESSED in marks[i] for i in range(label_end, c)):
        return found  # `accessed March 22, 2020`
    out = list(found)
    out[j], out[k] = (OTHER, a, b), (_ISSUED, c, d)
    return out


def unlabelled_date_before_address(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the one date the model read as an access date, where the note has no
    access label at all, no other date, and the date stands before the address or there is no
    address, read as the work's date: `Blog (blog), March 3, 2015, http://…` (an access date
    follows its address or its label; `12 Mart 2020 tarihinde https://… adresinden alındı`
    keeps its word after)."""
    found = _page_after_day(tokens, found)
    labels = [label for label, _, _ in found]
    if labels.count(_ACCESSED) != 1 or _ISSUED in labels:
        return found  # most notes
    k = labels.index(_ACCESSED)
    _, c, d = found[k]
    if "URL" in labels:
        if labels.index("URL") < k:
            return found  # after the address: the day it was read
        if any(t.text.isalpha() for t in tokens[d : found[labels.index("URL")][1]]):
            return found  # a label's word after the date (`…, from https://…`)
    elif (
        k
        and found[k - 1][0] == OTHER
        and any(t.text.isalpha() for t in tokens[found[k - 1][1] : c])
    ):
        return found  # a word of no field before it: a label no language lists (`Consultat el`)
    # (no address: nothing was read on a day, `Paper, December 12, 2023, 2.`)
    if any(_ACCESSED in m for m in marks):
        return found  # an access label somewhere: the model's reading may stand
    out = list(found)
    out[k] = (_ISSUED, c, d)
    return out


def _page_after_day(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a day's or a month's date whose run took the page after it, cut at its
    year: the page is a run of its own (`Neutral Turkmenistan, December 12, 2023, 2.`, `World
    Economic Outlook, April 2024, 17.`)."""
    for k, (label, a, b) in enumerate(found):
        if label not in (_ISSUED, _ACCESSED) or b - a < _MONTH_YEAR_PAGE:
            continue
        if "page" in (r[0] for r in found):
            return found
        year, comma, page = tokens[b - 3 : b]
        if not (year.text.isdecimal() and len(year.text) == 4 and comma.text == ","):
            continue
        if not (page.text.isdecimal() and len(page.text) <= 3):
            continue
        if not any(t.text.isalpha() for t in tokens[a : b - 3]):
            continue  # `12, 2023, 2`: no month's name, no day's date
        out = list(found)
        out[k : k + 1] = [(label, a, b - 2), (OTHER, b - 2, b - 1), ("page", b - 1, b)]
        return out
    return found


_NAMED: Final = frozenset({"container-title", "publisher", "collection-title"})


@functools.cache
def _kind_dated() -> frozenset[str]:
    return frozenset(shipped_words("kind_dated"))


def kind_before_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's or a house's run that closes on `of` right before a date given to
    no field: a document's kind and its dating word (`Judgment of 13 April 2017`, `Decision of
    5 May 2020`; `[words] kind_dated`); no name closes on it."""
    out = list(found)
    for j, (label, a, b) in enumerate(found[:-1]):
        dated = found[j + 1][0] == _ISSUED and found[j + 1][1] == b
        words = sum(t.text.isalpha() for t in tokens[a:b])
        if (
            label in _NAMED
            and words <= _KIND_WORDS
            and tokens[b - 1].text in _kind_dated()
            and dated
        ):
            out[j] = (OTHER, a, b)
    return out
