"""A book's extent written as the sum of its front matter and its body (`pp. xii + 304`, `xii +
304 p.`) or in APA's brackets after the title (`The steppe (304 pp.).`, `(xii + 288 pp.)`).

A Roman count, a plus and a number count a whole book's pages and cite none: a cited page is
one page or a range, never a sum. A number and a page word after it inside brackets that hold
nothing else is APA's extent (the cited pages' word goes first: `(pp. 45–67)`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.pages import counted, extent_words, roman_count
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["bracketed_extent", "page_sum"]

_SUM: Final = 3  # tokens of a sum: `xii`, `+`, `304`


@functools.cache
def _page_words() -> frozenset[str]:
    """The page words of the language files (`pp.`, `с.`, `s.`), their period out."""
    return frozenset(w.rstrip(".") for w in shipped_words("page") | extent_words())


def _sum_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens k..k+2 are a Roman count, a plus and a number (`xii + 304`)."""
    return (
        k + _SUM <= len(tokens)
        and roman_count(tokens[k].text)
        and tokens[k + 1].text == "+"
        and tokens[k + 2].text.isdecimal()
    )


def page_sum(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Roman count, a plus and a number (`pp. xii + 304`, `xii + 304 p.`) read
    as the extent, however the model read them (a page, a volume, no field)."""
    if "+" not in text_set(tokens) or "number-of-pages" in {run[0] for run in found}:
        return found  # a sum's plus (most notes have none)
    for k in range(len(tokens) - _SUM + 1):
        if not _sum_at(tokens, k):
            continue
        end = k + _SUM
        before = k - 1 - (k > 1 and tokens[k - 1].text == ".")
        after = end < len(tokens) and counted(tokens, end, extent_words())
        if (before >= 0 and tokens[before].text in _page_words()) or after:
            return painted(found, ("number-of-pages", k, end))
    return found


def bracketed_extent(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with APA's extent in brackets after the title (`(304 pp.)`, `(xii + 288 pp.)`):
    the count, or a sum, then a page word that counts and the closing bracket, nothing else."""
    if "(" not in text_set(tokens) or "number-of-pages" in {run[0] for run in found}:
        return found  # the bracket it opens (most notes have none)
    for k, token in enumerate(tokens):
        if token.text != "(":
            continue
        start = k + 1
        at = start + (_SUM - 1 if _sum_at(tokens, start) else 0)
        if at + 1 >= len(tokens) or not tokens[at].text.isdecimal():
            continue
        if not counted(tokens, at + 1, extent_words()):
            continue
        close = at + 2 + (at + 2 < len(tokens) and tokens[at + 2].text == ".")
        if close < len(tokens) and tokens[close].text == ")":
            return painted(found, ("number-of-pages", start, at + 1))
    return found
