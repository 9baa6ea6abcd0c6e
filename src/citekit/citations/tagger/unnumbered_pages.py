"""GOST's count of unnumbered pages in square brackets beside the count of numbered ones
(`[4], 320 с.`, `320, [4] с.`, `[2], 304 б.`) is written of a whole book's extent and of
nothing else: the two counts and the brackets are the extent, whatever the model called their
parts (a volume, a page, no field)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.pages import counted, extent_words
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["unnumbered_count"]

_SPAN: Final = 5  # tokens of the two counts: `[`, `4`, `]`, `,`, `320` or `320`, `,`, `[`, `4`, `]`


def _page_word(tokens: list[Token], k: int) -> bool:
    """Whether token `k` (with its period) is a word after a count of pages (`с.`, `б.`, `p.`)."""
    return k < len(tokens) and counted(tokens, k, extent_words())


def _bracketed(tokens: list[Token], k: int) -> bool:
    """Whether tokens k..k+2 are a count in square brackets (`[4]`)."""
    return (
        k + 2 < len(tokens)
        and tokens[k].text == "["
        and tokens[k + 1].text.isdecimal()
        and tokens[k + 2].text == "]"
    )


def _counts_at(tokens: list[Token], k: int) -> bool:
    """Whether the two counts start at token `k`, the page word after them."""
    if k + _SPAN >= len(tokens) or not _page_word(tokens, k + _SPAN):
        return False
    if _bracketed(tokens, k):  # `[4], 320 с.`
        return tokens[k + 3].text == "," and tokens[k + 4].text.isdecimal()
    return (  # `320, [4] с.`
        tokens[k].text.isdecimal() and tokens[k + 1].text == "," and _bracketed(tokens, k + 2)
    )


def unnumbered_count(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the two counts of a book's pages (`[4], 320 с.`, `320, [4] с.`) read as
    its extent (see the module's doc)."""
    if "[" not in text_set(tokens):
        return found  # most notes (one look-up)
    for k in range(len(tokens) - _SPAN):
        if _counts_at(tokens, k):
            if ("number-of-pages", k, k + _SPAN) in found:
                return found
            return painted(found, ("number-of-pages", k, k + _SPAN))
    return found
