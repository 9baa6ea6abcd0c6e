"""A site named as a sentence of its own between a title and a date or an address.

Wikipedia's rendered templates name the work right after the quoted title's period, then the
date: `"Title". Associated Press. 12 February 2022. Retrieved 12 February 2022.`, `"Title"
[Translation]. Radio Azatlyk (in Turkmen). 10 January 2020.`. APA names an unsigned page's
site after its bracketed date, before the address: `Title. (2023, January 20). Kun.uz.
https://…`. A sentence of a few capitalised words (or a site's name with its domain) in such a
place, that the model gave to no field, is the host, in a note that names none."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import CLOSING_MARKS
from citekit.citations.tagger.tokens import Token

__all__ = ["site_sentence"]

_SITE_TOKENS: Final = 8  # tokens of a site's name at most (`Kun . uz`, `Radio Free Europe`)
_DATES: Final = frozenset({"issued", "accessed"})


def _site_end(tokens: list[Token], a: int, end: int) -> int | None:
    """Where the site's name that opens at `a` ends (before a language's bracket: `Radio
    Azatlyk (in Turkmen).`, or the sentence's period), or None when no name opens there."""
    k = a
    while k < end and tokens[k].text != "(":
        word = tokens[k].text
        if word == "." and k + 1 < end and tokens[k + 1].start == tokens[k].end:
            k += 1  # a domain's dot (`Kun.uz`)
            continue
        if word == "." or (not word[:1].isupper() and not word.isalpha()):
            break
        k += 1
    if k == a or k - a > _SITE_TOKENS or not tokens[a].text[:1].isupper():
        return None
    if any(t.text[:1].isdecimal() for t in tokens[a:k]):
        return None
    return k


def _tail_sentence(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The site's span in the last sentence of tokens a..b (closed by the period at `b - 1`,
    a language's bracket may stand before it), when a title's or a date's close opens it."""
    if b - a < 3 or tokens[b - 1].text != ".":
        return None
    s = b - 2
    while s > a and not (tokens[s].text == "." and tokens[s + 1].start > tokens[s].end):
        s -= 1
    if s <= a or s + 1 >= b - 1:
        return None
    opener = tokens[s - 1].text
    if opener not in CLOSING_MARKS and opener not in ")]":
        return None
    end = _site_end(tokens, s + 1, b - 1)
    if end is None:
        return None
    if end < b - 1:
        close = next((k for k in range(end, b) if tokens[k].text == ")"), None)
        if tokens[end].text != "(" or close != b - 2:
            return None
    return s + 1, end


def site_sentence(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a site's sentence after a quoted title's period and before a date, or
    after APA's bracketed date and before an address, read as the host (see the module)."""
    labels = [run[0] for run in found]
    if "container-title" in labels or "title" not in labels:
        return found
    for j in range(1, len(found) - 1):
        label, a, b = found[j]
        after = found[j + 1][0]
        if label != OTHER or (after not in _DATES and after != "URL"):
            continue
        span = _tail_sentence(tokens, a, b)
        if span is None:
            continue
        opener = tokens[span[0] - 2].text
        if after == "URL" and not (opener == ")" and found[j - 1][0] == "issued"):
            continue  # APA's site follows its bracketed date
        if after in _DATES and opener == ")":
            continue  # Wikipedia's follows the title's quote or its translation's bracket
        return painted(found, ("container-title", *span))
    return _second_title(tokens, found)


def _second_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with Wikipedia's site read as a second title after the first's quote or its
    translation's bracket and before the date (`… [Translation]. Radio Azatlyk (in Turkmen).
    10 January 2020.`) read as the host."""
    titles = [j for j, run in enumerate(found) if run[0] == "title"]
    if len(titles) != 2 or titles[1] + 2 >= len(found):
        return found
    j = titles[1]
    _, a, b = found[j]
    gap, date = found[j + 1], found[j + 2]
    if gap[0] != OTHER or date[0] not in _DATES or a < 2 or tokens[a - 1].text != ".":
        return found
    if tokens[a - 2].text not in CLOSING_MARKS and tokens[a - 2].text != "]":
        return found
    if _site_end(tokens, a, b) != b:
        return found
    between = [t.text for t in tokens[gap[1] : gap[2]]]
    bracketed = between[:1] == ["("] and between[-2:] == [")", "."]
    if between != ["."] and not bracketed:
        return found
    return painted(found, ("container-title", a, b))
