"""A shortened "saint" heading a note opens the title, no person's initials: places, churches
and saints' feasts are named with it (`St. Petersburg: A Cultural History`, `St. Andrews. A
Historical Sketch`, `St. Basil's Cathedral`, `Св. Софии собор`), and a name the model read
there (`St.` as a given name's initial) is the title's head, joined to the title the model
read after it across a period or a colon. A family of the kind (`St. Clair, William.`) is
written inverted, its comma after it: it stays the author's, unless a country's name follows
the comma (`St. Andrews, Scotland. Guide for visitors.`). So does the title's "saint" right
after an author's initials (`Smith J. St. Andrews and its University.`, `Brown, K. St.
Petersburg in the 1900s.`): a person's initials end at the first one's period, and a saint's
word after them opens the title. The words are `[words] saint`."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import country_names, shipped_words

__all__ = ["saint_after_initials", "saint_head", "saint_heading"]

_TITLE: Final = "title"
_JOINS: Final = frozenset(".:")  # marks between the head and the title the model read
_HEAD_TOKENS: Final = 2  # the word and its period, a name after them


@functools.cache
def _saints() -> frozenset[str]:
    """The `[words] saint` words of every shipped language, without their periods."""
    return frozenset(w.rstrip(".") for w in shipped_words("saint"))


def saint_head(tokens: list[Token]) -> bool:
    """Whether the note opens with a shortened "saint", its period (British usage writes none:
    `St Petersburg`) and a capitalised word."""
    if len(tokens) <= _HEAD_TOKENS or tokens[0].text not in _saints():
        return False
    k = 2 if tokens[1].text == "." else 1
    if not (tokens[k].text[:1].isupper() and tokens[k].text.isalpha()):
        return False
    # `St John, A.`, `St. Clair, William.`: a family name, inverted before its comma
    return k + 1 >= len(tokens) or tokens[k + 1].text != "," or _place_after(tokens, k + 2)


def saint_heading(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an author's run that opens the note with a "saint" read as the title's
    head (see the module's doc)."""
    if not found or found[0][0] != "author" or not saint_head(tokens):
        return found
    _, a, b = found[0]
    if b < len(tokens) and tokens[b].text == ",":
        if not _place_after(tokens, b + 1):
            return found  # `St. Clair, William.`: an inverted family name
        # `St. Andrews, Scotland. Guide …`: the place's country and the title after it
        end = next((q for label, p, q in found[1:] if label == _TITLE and p > b), None)
        if end is None:
            return found
        return [(_TITLE, a, end), *[run for run in found[1:] if run[1] >= end]]
    rest = found[1:]
    k = 0
    while (
        k < len(rest)
        and rest[k][0] == OTHER
        and all(t.text in _JOINS for t in tokens[rest[k][1] : rest[k][2]])
    ):
        k += 1
    if k < len(rest) and rest[k][0] == _TITLE:
        return [(_TITLE, a, rest[k][2]), *rest[k + 1 :]]
    return [(_TITLE, a, b), *rest]


_INITIAL: Final = 2  # letters of an initial at most (`J`, `Zh`)


def saint_after_initials(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a "saint" and its period closing an author's run after an initial's period
    read as the head of the title that follows (see the module's doc)."""
    for j, (label, a, b) in enumerate(found[:-1]):
        if label != "author" or b - a < 4 or tokens[b - 1].text != ".":
            continue
        if tokens[b - 2].text not in _saints() or tokens[b - 3].text != ".":
            continue
        if len(tokens[b - 4].text) > _INITIAL or not tokens[b - 4].text[:1].isupper():
            continue
        title, c, d = found[j + 1]
        if title != _TITLE or c != b or not tokens[c].text[:1].isupper():
            continue
        return [*found[:j], (label, a, b - 2), (_TITLE, b - 2, d), *found[j + 2 :]]
    return found


def _place_after(tokens: list[Token], k: int) -> bool:
    """Whether a country's name (one word or two) stands at token `k` (`Scotland`, `New
    Zealand`), closed by a period or a comma."""
    for n in (1, 2):
        words = [t.text for t in tokens[k : k + n]]
        closed = k + n < len(tokens) and tokens[k + n].text in ".,"
        if len(words) == n and closed and " ".join(words).casefold() in country_names():
            return True
    return False
