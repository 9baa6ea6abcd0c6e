"""A volume written as an ordinal after the title's comma, then the place. Turkish and Turkmen
hand-written notes give a book's volume by its ordinal before the volume's word (`I. Cilt`,
`2. cilt`, `1-nji tom`) and then its place and year (`Osmanlı Tarihi, I. Cilt, Ankara 2001`);
a title's run that took both in gives them back: the number is the volume, the place of the
lexicon that closes the run the place."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.years import ordinal_suffixes

__all__ = ["ordinal_volume_in_title"]

_ROMAN_LETTERS: Final = 4  # `XIII` at most


def _ordinal_start(tokens: list[Token], k: int) -> int | None:
    """The number whose glued ordinal mark stands right before the volume's word `k` (`I.`,
    `2.`, `1-nji`), or None."""
    m = k - 1
    if tokens[m].text.casefold() in ordinal_suffixes() and tokens[m - 1].text == "-":
        m -= 1
    if tokens[m].text not in ".-" or m < 1:
        return None
    number = tokens[m - 1].text
    roman = len(number) <= _ROMAN_LETTERS and set(number) <= ROMAN
    if not (number.isdecimal() and len(number) <= 2) and not roman:
        return None
    return m - 1 if tokens[m - 1].end == tokens[m].start else None


def ordinal_volume_in_title(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a title's run that ends `, I. Cilt, Place` read as the title, the volume
    and the place, when the note names no volume and no place (see the module's doc)."""
    labels = {run[0] for run in found}
    if "volume" in labels or "publisher-place" in labels:
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        for k in range(a + 3, b - 2):
            if "Bvolume" not in marks[k] or tokens[k + 1].text != ",":
                continue
            i = _ordinal_start(tokens, k)
            if i is None or i - 1 <= a or tokens[i - 1].text != ",":
                continue
            if not one_place(marks, k + 2, b):
                continue
            runs = [
                ("title", a, i - 1),
                (OTHER, i - 1, i),
                ("volume", i, i + 1),
                (OTHER, i + 1, k + 2),
                ("publisher-place", k + 2, b),
            ]
            return [*found[:j], *runs, *found[j + 1 :]]
    return found
