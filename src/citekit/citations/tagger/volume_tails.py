"""A volume written as an ordinal after the title's comma, then the place. Turkish and Turkmen
hand-written notes give a book's volume by its ordinal before the volume's word (`I. Cilt`,
`2. cilt`, `1-nji tom`) and then its place and year (`Osmanlı Tarihi, I. Cilt, Ankara 2001`);
a title's run that took both in gives them back: the number is the volume, the place of the
lexicon that closes the run the place. The converse holds too: a place's run that took in the
title's last words after its comma (`Türk Dış Politikası -Olgular, Belgeler, Yorumlar-,
İstanbul: İletişim`) gives them back, the place being the lexicon's after its last comma."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.forms import PLACE_STARTS
from citekit.citations.tagger.places import PLACE_MARKS, one_place
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.years import ordinal_suffixes

__all__ = ["ordinal_volume_in_title", "title_words_in_place"]

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
    if "Bvolume" not in marks_union(marks):
        return found  # no volume's word in the note
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


def title_words_in_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the words before a place run's last comma given back to the title run and
    its comma just before, when they hold no place and a place of the lexicon follows the
    comma, in a note whose publisher is read (`…, Yorumlar-, İstanbul: İletişim`)."""
    if PLACE_STARTS.isdisjoint(marks_union(marks)):
        return found  # no place of the lexicon
    if not any(run[0] == "publisher" for run in found):
        return found  # `Ötüken, İstanbul`: the hand-written imprint names its house so
    for j in range(2, len(found)):
        place, e, f = found[j]
        if place != "publisher-place":
            continue
        title, a, b = found[j - 2]
        comma, c, d = found[j - 1]
        if title != "title" or comma != OTHER:
            continue
        if b != c or d != e or d - c != 1 or tokens[c].text != ",":
            continue
        last = next((k for k in range(f - 2, e, -1) if tokens[k].text == ","), None)
        if last is None or not one_place(marks, last + 1, f):
            continue
        if any(marks[k] & PLACE_MARKS for k in range(e, last)):
            continue  # `London, New York`: places both
        runs = [("title", a, last), (OTHER, last, last + 1), ("publisher-place", last + 1, f)]
        return [*found[: j - 2], *runs, *found[j + 1 :]]
    return found
