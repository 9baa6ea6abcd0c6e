"""A title's head the model read as a place before its colon: after a person's run (and its
role's bracket) the words up to a colon, then the title's run, with the note's place and house
further on (`Laruelle M. (ed.) Kazakhstan in the Making: Legitimacy, Symbols, and Social
Changes. Lanham: Lexington Books, 2016.`). An imprint's colon stands after its place; words
of no field that open on a capital, hold no digit, bracket or sentence's period and name no
place alone, before a title's colon when the imprint comes later, are the title's head."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.place_names import place_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["title_head_before_colon"]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_MIN_WORDS: Final = 2  # words of a head at least (`Almaty:` alone is a place)


def _head_start(tokens: list[Token], c: int, d: int) -> int | None:
    """Where a title's head opens in the run c..d of no field that closes on a colon: after
    a role's bracket (`(ed.)`), when the words after it may open a title."""
    closes = [k for k in range(c, d) if tokens[k].text == ")"]
    start = closes[-1] + 1 if closes else c
    words = tokens[start : d - 1]
    if len([t for t in words if t.text.isalpha()]) < _MIN_WORDS or not words[0].text[:1].isupper():
        return None
    if any(not t.text.isalpha() and t.text not in "-’'" for t in words):
        return None  # a digit, a bracket, a period: no title's head
    if all(lower(t.text) in place_names() for t in words if t.text[:1].isupper()):
        return None  # `Almaty, Astana:` or `New York:`: places
    return start


def title_head_before_colon(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words before a title's colon read as its head (see the module's doc)."""
    for j in range(1, len(found) - 1):
        (person, _, b), (between, c, d), (label, e, f) = found[j - 1 : j + 2]
        if person not in _PERSONS or between != OTHER or label != "title" or b != c or d != e:
            continue
        if tokens[d - 1].text != ":" or not any(r[0] == "publisher-place" for r in found[j + 2 :]):
            return found
        start = _head_start(tokens, c, d)
        if start is None:
            return found
        return [
            *found[:j],
            *([(OTHER, c, start)] if start > c else []),
            ("title", start, f),
            *found[j + 2 :],
        ]
    return found
