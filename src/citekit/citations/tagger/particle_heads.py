"""A family name that opens with its particle heads the note: `ibn Fadlan, Ahmad. Mission to
the Volga`, `bin Laden, Osama. Messages`, `Bin Bayyah, Abdullah. Sinaat al-Fatwa`. The
particle (`[names] particle`, `son`: `ibn`, `bin`, `van`, `de`) is the name's first word, never
a word of no field; and an Arabic family's son word opening the note before `Family, Given.`
makes that inverted name the author, not the title's head, whatever the model read."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.name_words import name_particles, name_sons
from citekit.citations.tagger.tokens import Token

__all__ = ["particle_opens_name"]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_FAMILY: Final = 2  # words of the family after its particle at most
_GIVEN: Final = 3  # words of the given names at most


def _capitalised(word: str) -> bool:
    return word.isalpha() and word[0].isupper()


def particle_opens_name(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the particle that opens the note given to the name after it (see the
    module)."""
    if len(found) < 2 or not tokens or lower(tokens[0].text) not in name_particles():
        return found  # most notes: the first word is no particle
    (label, a, b), (person, c, d) = found[0], found[1]
    opening = label == OTHER and person in _PERSONS and b == c and a == 0
    if opening and all(lower(t.text) in name_particles() for t in tokens[a:b]):
        return [(person, 0, d), *found[2:]]
    if label == "title" and a == 0 and not any(run[0] in _PERSONS for run in found):
        return _inverted_head(tokens, found)
    return found


def _inverted_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `Bin Bayyah, Abdullah.` that opens the title run read as its author: a son
    word, one or two capitalised words and a comma, one to three given names and a period,
    then the title's capitalised first word."""
    _, _, b = found[0]
    if lower(tokens[0].text) not in name_sons():
        return found
    comma = next((k for k in range(1, min(b, _FAMILY + 2)) if tokens[k].text == ","), None)
    if comma is None or comma == 1 or not all(_capitalised(t.text) for t in tokens[1:comma]):
        return found
    dot = next(
        (k for k in range(comma + 1, min(b, comma + _GIVEN + 2)) if tokens[k].text == "."), None
    )
    if dot is None or dot == comma + 1 or dot + 1 >= b:
        return found
    if not all(_capitalised(t.text) for t in tokens[comma + 1 : dot]):
        return found
    if not _capitalised(tokens[dot + 1].text):
        return found
    return [("author", 0, dot), (OTHER, dot, dot + 1), ("title", dot + 1, b), *found[1:]]
