"""A publishing house a title's run took in. İSNAD 1 and hand-written notes in every language of
the region write a book's imprint `Title, Publisher, Place Year` (`Orientalism, Vintage, New York
1979`, `Civilization, Penguin, New York 2011`), the house often by a bare name that no publisher's
word marks (`Verso`, `Penguin`, `Faber and Faber`). When a title's run ends with a place of the
lexicon right before the year, and the comma before that place follows a short capitalised name
after a comma of the title, that name is the publisher: an imprint's place is preceded by its
house, never by a piece of the title, when a title of one sentence runs on past it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.forms import PLACE_STARTS
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["house_before_place"]

_MAX_HOUSE: Final = 5  # tokens of a house's name (`Faber and Faber`, `Harvard University Press`)


def _house(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are a short capitalised name (`Vintage`, `Faber and Faber`, `I.B.
    Tauris`): words that open on a capital, joined by the language's `and` or dots."""
    if not 0 < b - a <= _MAX_HOUSE or not tokens[a].text[:1].isupper():
        return False
    if one_place(marks, a, b):
        return False  # `New York, London 1990`: two places
    for k in range(a, b):
        text = tokens[k].text
        if text == "." or "and" in marks[k]:
            continue
        if not (text.isalpha() and text[:1].isupper()):
            return False
    return "and" not in marks[b - 1]


def house_before_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title run closed by `, House, Place` before the year read as the title,
    the publisher and the place, in a note that names neither (see the module's doc)."""
    if PLACE_STARTS.isdisjoint(marks_union(marks)):
        return found  # no place of the lexicon (most notes)
    if any(run[0] in ("publisher", "publisher-place") for run in found):
        return found
    for j, (label, a, b) in enumerate(found[:-1]):
        after = found[j + 1]
        if label != "title" or after[0] != "issued" or after[1] != b:
            continue
        commas = [k for k in range(a + 1, b) if tokens[k].text == ","]
        if len(commas) < 2 or not one_place(marks, commas[-1] + 1, b):
            continue
        first, last = commas[-2], commas[-1]
        if not _house(tokens, marks, first + 1, last):
            continue
        runs = [
            ("title", a, first),
            (OTHER, first, first + 1),
            ("publisher", first + 1, last),
            (OTHER, last, last + 1),
            ("publisher-place", last + 1, b),
        ]
        return [*found[:j], *runs, *found[j + 1 :]]
    return found
