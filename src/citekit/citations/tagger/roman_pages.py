"""Pages numbered in Roman numerals at a journal reference's end (`Central Asian Survey, 15(1),
i-vi.`): a journal numbers an issue's front matter (an editorial, an introduction) so. After a
volume or an issue, a range of lower-case Roman numerals closing the note is its pages; so is
one after a book's imprint or its host (a foreword's `(Oxford: Heinemann, 1989), vii–viii.`;
one numeral alone only after the imprint's bracket: `(Ankara: Nobel, 2021), vii.`),
and a numeral or a range after a page's label (`pp. vii–xxi.`, `s. ix`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.phrases import bare_labels
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["roman_pages"]

_ROMAN: Final = frozenset("ivxlc")


_HOSTED: Final = frozenset({"volume", "issue", "container-title", "publisher", "issued"})


def _roman(text: str) -> bool:
    return bool(text) and text.isalpha() and _ROMAN.issuperset(text)


def _labelled(tokens: list[Token], first: int) -> bool:
    """Whether a page's label stands right before token `first` (`pp. vii`, `s.ix`)."""
    k = first - 1
    if k >= 1 and tokens[k].text == ".":
        k -= 1
    return k >= 0 and k < first - 1 and tokens[k].text in bare_labels(("page",), abbreviated=True)


def roman_pages(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a closing range of Roman numerals after a volume or an issue as pages
    (read as pages whatever label the model gave the numerals alone)."""
    end = len(tokens)
    while end and tokens[end - 1].text == ".":
        end -= 1
    if end < 3 or not _roman(tokens[end - 1].text):  # most notes (at C speed)
        return found
    ranged = end >= 5 and tokens[end - 2].text in DASHES and _roman(tokens[end - 3].text)
    first = end - 3 if ranged else end - 1
    labels = {label for label, _, _ in found}
    if "page" in labels:
        return found
    if not _labelled(tokens, first):
        imprinted = first >= 2 and tokens[first - 1].text == "," and tokens[first - 2].text == ")"
        if not (ranged or imprinted) or tokens[first - 1].text not in {",", ":"}:
            return found  # one numeral alone only after a bracketed imprint: `2021), vii.`
        if labels.isdisjoint(_HOSTED):
            return found
    if any(
        label != OTHER and (a < first or b > end) for label, a, b in found if a < end and b > first
    ):
        return found  # a run the numerals are only a part of (the model read them alone)
    return painted(found, ("page", first, end))
