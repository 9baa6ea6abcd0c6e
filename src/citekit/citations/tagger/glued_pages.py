"""A page's word glued to its number or range by a hyphen (Uzbek `12-bet`, `45-50-betlar`,
Kazakh `128-бет`, `45-50-беттер`): the suffix says the number is the cited page, as a Turkic
ordinal's hyphen does for any counted thing. The words are the `page` labels of the language
files (`Bpage` marks); the hyphens touch both neighbours, so no spaced dash of GOST's areas
(`2010. — 45 с.`) is read so."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["glued_page"]

_HYPHENS: Final = frozenset("-‐–")


def _glued(tokens: list[Token], k: int) -> bool:
    """Whether token k touches the tokens on both its sides."""
    return tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def _number_before(tokens: list[Token], j: int) -> int | None:
    """The first token of the number or range glued before the page word at j, or None."""
    if j < 2 or tokens[j - 1].text not in _HYPHENS or not _glued(tokens, j - 1):
        return None
    if not tokens[j - 2].text.isdecimal():
        return None
    start = j - 2
    ranged = start >= 2 and tokens[start - 1].text in _HYPHENS and _glued(tokens, start - 1)
    if ranged and tokens[start - 2].text.isdecimal():
        start -= 2  # `45-50-betlar`
    if (
        start > 0
        and tokens[start - 1].end == tokens[start].start
        and tokens[start - 1].text.isalnum()
    ):
        return None  # glued to a word before (`ISBN-45-bet`): no number of its own
    return start


def glued_page(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the number or range glued before a page's word read as the cited page."""
    if "Bpage" not in marks_union(marks):
        return found  # most notes: no page's word (one look-up)
    if any(label == "page" for label, _, _ in found):
        return found
    for j in range(2, len(tokens)):
        if "Bpage" not in marks[j] or (start := _number_before(tokens, j)) is None:
            continue
        end = j + 2 if j + 1 < len(tokens) and tokens[j + 1].text == "." else j + 1
        return painted(painted(found, ("page", start, j - 1)), (OTHER, j - 1, end))
    return found
