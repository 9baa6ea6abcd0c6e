"""An inverted Arabic name whose given part holds a particle (`Ibn Khaldun, Abd al-Rahman. The
Muqaddimah.`, `al-Tabari, Abu Jafar. …`): the given part after the family's comma, capitalised
words with a particle glued by a hyphen to the next (`al-Rahman`), closed by its period, is the
name's, not the title's head the model read it as."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import family_particles
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["given_with_particle"]

_HYPHENS: Final = frozenset({"-", "‐"})
_MAX_GIVEN: Final = 8  # tokens of such a given part at most: `Abu al - Rayhan Muhammad`


def _given_end(tokens: list[Token], c: int, end: int) -> int | None:
    """The index of the period that closes a given part with a hyphened particle from `c`."""
    particled = False
    for k in range(c, min(end, c + _MAX_GIVEN)):
        text = tokens[k].text
        if text == ".":
            return k if particled and k > c else None
        if text in _HYPHENS:
            glued = tokens[k - 1].end == tokens[k].start and k + 1 < end
            if not glued or lower(tokens[k - 1].text) not in family_particles():
                return None
            particled = True
            continue
        if not text.isalpha() or not (text[0].isupper() or lower(text) in family_particles()):
            return None
    return None


def given_with_particle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `Family, Given al-Name. Title` read with the given part the author's."""
    if len(found) < 3 or found[0][0] != "author" or found[2][0] != "title":
        return list(found)  # most notes
    _, a, b = found[0]
    _, c, e = found[2]
    if found[1] != (OTHER, b, c) or [t.text for t in tokens[b:c]] != [","]:
        return list(found)
    dot = _given_end(tokens, c, e)
    if dot is None or dot + 1 >= e or not tokens[dot + 1].text[:1].isupper():
        return list(found)
    return [("author", a, dot), (OTHER, dot, dot + 1), ("title", dot + 1, e), *found[3:]]
