"""Pages numbered in Roman numerals at a journal reference's end (`Central Asian Survey, 15(1),
i-vi.`): a journal numbers an issue's front matter (an editorial, an introduction) so. After a
volume or an issue, a range of lower-case Roman numerals closing the note is its pages."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["roman_pages"]

_ROMAN: Final = frozenset("ivxlc")


def _roman(text: str) -> bool:
    return bool(text) and text.isalpha() and _ROMAN.issuperset(text)


def roman_pages(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a closing range of Roman numerals after a volume or an issue as pages
    (read as pages whatever label the model gave the numerals alone)."""
    end = len(tokens)
    while end and tokens[end - 1].text == ".":
        end -= 1
    if end < 5 or tokens[end - 2].text not in DASHES:  # most notes (at C speed)
        return found
    first, last = end - 3, end - 1
    if not (_roman(tokens[first].text) and _roman(tokens[last].text)):
        return found
    if tokens[first - 1].text not in {",", ":"}:
        return found
    labels = {label for label, _, _ in found}
    if "page" in labels or labels.isdisjoint({"volume", "issue"}):
        return found
    if any(
        label != OTHER and (a < first or b > end) for label, a, b in found if a < end and b > first
    ):
        return found  # a run the numerals are only a part of (the model read them alone)
    return painted(found, ("page", first, end))
