"""Titles that are a number or end in one: `Orwell, George. 1984. London: Secker & Warburg,
1949.`, `Оруэлл Дж. 1984. – М.: АСТ, 2020.`, `Yaşar Kemal, İnce Memed 1, İstanbul: …`. A
number alone as the sentence after the author's, with the imprint's own year later, is the
work's name, no date; a number after the title that no field took is the title's last word."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["number_title"]

_HEAD: Final = frozenset({"author", "title", OTHER})
_IMPRINT: Final = frozenset({"publisher", "publisher-place"})
_MAX_NAME: Final = 8  # tokens of the author's name at most (`Orwell , George`, `Оруэлл Дж`)
_MAX_DIGITS: Final = 4


def _numbered_sentence(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """`found` with a number standing alone after the opening name read as the title."""
    j = next((j for j, run in enumerate(found) if run[0] == "issued"), None)
    if j is None or j < 1 or "title" in (run[0] for run in found[j + 1 :]):
        return None
    _, a, b = found[j]
    if b != a + 1 or a < 2 or b >= len(tokens) or not tokens[a].text.isdecimal():
        return None
    if tokens[a - 1].text != "." or tokens[b].text != ".":
        return None  # `Name. 1984. Place:`: the number a sentence of its own
    if any(run[0] not in _HEAD for run in found[:j]) or a - 1 > _MAX_NAME:
        return None
    if any(t.text[:1].isdecimal() for t in tokens[: a - 1]):
        return None
    rest = [run[0] for run in found[j + 1 :]]
    if _IMPRINT.isdisjoint(rest) or "issued" not in rest:
        return None  # the imprint with its own year names the date
    return [("author", 0, a - 1), (OTHER, a - 1, a), ("title", a, b), *found[j + 1 :]]


def _number_ends_title(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """`found` with a number no field took, right after the title and before its comma or
    period, read as the title's last word (`İnce Memed 1,`)."""
    for j, (label, a, b) in enumerate(found[:-1]):
        if label != "title":
            continue
        nxt = found[j + 1]
        if nxt[0] != OTHER or nxt[1] != b or b + 1 >= len(tokens):
            return None
        number = tokens[b].text
        if not number.isdecimal() or len(number) >= _MAX_DIGITS or tokens[b + 1].text not in ",.":
            return None
        if tokens[b].start == tokens[b - 1].end:
            return None  # glued to the word before: no word of its own
        out = [*found[:j], ("title", a, b + 1)]
        if b + 1 < nxt[2]:
            out.append((OTHER, b + 1, nxt[2]))
        return [*out, *found[j + 2 :]]
    return None


def number_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a numbered title read whole (module docstring)."""
    if not any(t.text.isdecimal() for t in tokens):
        return found
    return _numbered_sentence(tokens, found) or _number_ends_title(tokens, found) or found
