"""A set's count before the volume cited, both written number first: `Türkmen edebiýatynyň
taryhy. 7 tom. – 2 t. – Aşgabat`, `… Ylym, 1983. – 2 tom. – 1 t., 78 s.`, `Шығармалары. 4
том. – 3 т.`. A number and a volume's word may be a set's count or the volume cited; when a
second one follows it in the next area (after its period and GOST's dash), the first counts
the set and the second is the volume the note cites: no note names one volume twice."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.tokens import DASHES, Token
from citekit.citations.tagger.volumes import volume_number

__all__ = ["cited_after_count"]

_DIGITS: Final = 3  # a volume's digits at most
_ABBREVIATION: Final = (
    2  # letters of a volume's abbreviation at most (`t.`, `т.`): its period follows
)


def cited_after_count(tokens: list[Token], marks: list[set[str]], end: int) -> int | None:
    """The index of the number of a volume written number first (`2 t.`, `II том`) in the
    area right after a count ending at `end` (its period and dash between), or None."""
    k = end
    if k < len(tokens) and tokens[k].text == ".":
        k += 1
    if k >= len(tokens) or tokens[k].text not in DASHES or tokens[k - 1].text != ".":
        return None
    k += 1
    if k + 1 >= len(tokens) or len(tokens[k].text) > _DIGITS or not volume_number(tokens[k].text):
        return None
    word = tokens[k + 1]
    if "Bvolume" not in marks[k + 1] or not word.text.isalpha():
        return None
    after = tokens[k + 2].text if k + 2 < len(tokens) else "."
    if len(word.text) <= _ABBREVIATION and after != ".":
        return None  # `2 t` with no period: no volume's abbreviation
    return k
