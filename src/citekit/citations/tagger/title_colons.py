"""A title's own colon read as an imprint's (`Jones, Mark, Gandhi, Nehru, Jinnah: Three Lives,
New Delhi: Penguin, 2004`): a book has one imprint, so of two `Name: Words` pairs with no
semicolon between (two houses: `second_imprints.py`), the first whose name is no place the
lexicon knows, before one whose name is, is the title's (its head before the colon, its
subtitle after), joined to the title's run the model read before it with a comma; a pair
after a period is a sentence of its own (a translator's label: `Türkçesi: Kadir Durak.`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["title_colon"]

_PLACE: Final = frozenset({"cities", "places"})
_GAP: Final = frozenset({",", "."})  # between the title's run and the misread pair
_PIECES: Final = frozenset({"title", "container-title", OTHER})
_TWO: Final = 2  # places: a title's misread pair and the imprint


def _placed(marks: list[set[str]], a: int, b: int) -> bool:
    return any(not _PLACE.isdisjoint(marks[k]) for k in range(a, b))


def _pair(tokens: list[Token], found: list[Run], i: int) -> bool:
    """Whether runs i..i+2 are a place, a lone colon and a publisher."""
    if i + 2 >= len(found) or found[i][0] != "publisher-place":
        return False
    label, a, b = found[i + 1]
    return (
        label == OTHER and b == a + 1 and tokens[a].text == ":" and found[i + 2][0] == "publisher"
    )


def title_colon(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title's colon the model read as a first imprint given back to the title
    (see the module)."""
    if ":" not in text_set(tokens):
        return found  # no colon, no imprint's pair (most notes)
    places = [i for i, run in enumerate(found) if run[0] == "publisher-place"]
    if len(places) < _TWO:
        return found  # one imprint (most notes)
    i, j = places[0], places[1]
    if i < 2 or not _pair(tokens, found, i) or not _pair(tokens, found, j):
        return found
    first, second = found[i], found[j]
    if any(t.text == ";" for t in tokens[first[1] : second[1]]):
        return found  # two houses' imprints
    if _placed(marks, first[1], first[2]) or not _placed(marks, second[1], second[2]):
        return found
    gap = found[i - 1]
    if gap[0] != OTHER or tokens[gap[2] - 1].text != ",":
        return found  # a sentence of its own (`Title. Türkçesi: Kadir Durak.`): no title's
    # back over the title's pieces the model parted at its commas (`Steppe | Empire`)
    start = i
    while start > 0 and found[start - 1][0] in _PIECES:
        label, a, b = found[start - 1]
        if label == OTHER and any(t.text not in _GAP for t in tokens[a:b]):
            break
        start -= 1
    while start < i and found[start][0] == OTHER:
        start += 1
    if start == i or found[start][0] != "title":
        return found
    return [*found[:start], ("title", found[start][1], found[i + 2][2]), *found[i + 3 :]]
