"""An inverted Arabic name whose given part holds a particle (`Ibn Khaldun, Abd al-Rahman. The
Muqaddimah.`, `al-Tabari, Abu Jafar. …`): the given part after the family's comma, capitalised
words with a particle glued by a hyphen to the next (`al-Rahman`), closed by its period, is the
name's, not the title's head the model read it as. So is one closed by a particle in small
letters (`Humboldt, Alexander von. Kosmos`, `Hammer-Purgstall, Joseph von, Geschichte …`,
`Dijk, Teun A. van.`): an inverted name writes the family's particle after the given names."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import family_particles
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["given_before_particle", "given_with_particle"]

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


def _comma_head(tokens: list[Token], found: list[Run]) -> tuple[int, int, int] | None:
    """Where `Family, …` opens the note as author, a lone comma, then a title: the author's
    start, the title's start and its end (None for most notes)."""
    if len(found) < 3 or found[0][0] != "author" or found[2][0] != "title":
        return None
    _, a, b = found[0]
    _, c, e = found[2]
    if found[1] != (OTHER, b, c) or [t.text for t in tokens[b:c]] != [","]:
        return None
    return a, c, e


def given_with_particle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `Family, Given al-Name. Title` read with the given part the author's."""
    opened = _comma_head(tokens, found)
    if opened is None:
        return list(found)  # most notes
    a, c, e = opened
    dot = _given_end(tokens, c, e)
    if dot is None or dot + 1 >= e or not tokens[dot + 1].text[:1].isupper():
        return list(found)
    return [("author", a, dot), (OTHER, dot, dot + 1), ("title", dot + 1, e), *found[3:]]


_GIVEN_WORDS: Final = 3  # given names (or initials) before a trailing particle at most
_PARTICLES: Final = 2  # `van der`
_HEADS: Final = frozenset({"author", "container-title"})  # the work's head, misread


def _given_words_end(tokens: list[Token], c: int, e: int) -> int | None:
    """The index after the capitalised given names (`Joseph`, `Teun A.`) from `c` within `e`."""
    k, words = c, 0
    while k < e and tokens[k].text.isalpha() and tokens[k].text[0].isupper():
        words += 1
        k += 1
        if k < e and tokens[k].text == "." and len(tokens[k - 1].text) <= _PARTICLES:
            k += 1  # an initial's period
    return k if 0 < words <= _GIVEN_WORDS else None


def given_before_particle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `Family, Given von, Title` (or `. Title`) read with the given names and
    their trailing particle the author's, and the work's head after them the title."""
    if found and found[0][0] == "title" and found[0][1] == 0 and len(tokens) > 2:
        # `Гог, Винсент ван. Письма …` read whole as the title: its head split off, tried so
        _, _, e = found[0]
        head = tokens[0].text.isalpha() and tokens[0].text[:1].isupper() and tokens[1].text == ","
        if head and e > 3 and not any(run[0] == "author" for run in found):
            split = [("author", 0, 1), (OTHER, 1, 2), ("title", 2, e), *found[1:]]
            tried = given_before_particle(tokens, split)
            return tried if tried != split else list(found)
    opened = _comma_head(tokens, found)
    if opened is None:
        return list(found)  # most notes
    a, c, e = opened
    p = _given_words_end(tokens, c, e)
    if p is None:
        return list(found)
    k = p
    particles = family_particles()
    while k < len(tokens) and k - p < _PARTICLES and tokens[k].text.islower():
        if lower(tokens[k].text) not in particles:
            return list(found)
        k += 1
    if k == p or k + 1 >= len(tokens) or tokens[k].text not in (",", "."):
        return list(found)
    if not tokens[k + 1].text[:1].isupper():
        return list(found)
    if k + 1 < e:  # the title run goes on past the particle's mark
        return [("author", a, k), (OTHER, k, k + 1), ("title", k + 1, e), *found[3:]]
    rest = found[3:]
    if k != e or len(rest) < 2 or rest[0] != (OTHER, k, k + 1) or rest[1][0] not in _HEADS:
        return list(found)
    if any(run[0] == "title" for run in rest):
        return list(found)
    # the model read the work's head as a second name or a host (`Alttürkische Grammatik`)
    return [("author", a, k), rest[0], ("title", rest[1][1], rest[1][2]), *rest[2:]]
