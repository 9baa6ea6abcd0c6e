"""A family name opened by an elided particle (`d'Encausse`, `D'Amato`, `O'Brien`: `[names]
particle` words ending in an apostrophe) is one word with its apostrophe, no quote mark opening
a title. At a note's head, with the given name after its comma (`Carrère d'Encausse, Hélène.
L'Empire éclaté.`) or before it (`Hélène Carrère d'Encausse, L'Empire éclaté (Paris: …)`), it
is the author's, and the title starts after the name's period or comma."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.names import family_particles
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["elided_author"]

_APOSTROPHES: Final = frozenset({"'", "’"})
_WORDS: Final = 3  # capitalised words of a name around its family name at most


@functools.cache
def _elided() -> frozenset[str]:
    """The particles written with an apostrophe (`d'`, `o'`), without it, lower-cased."""
    return frozenset(w[:-1] for w in family_particles() if w[-1:] in _APOSTROPHES)


def _capitalised(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isalpha() and token.text[:1].isupper()


def _particle_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens k..k+3 are an elided particle glued to a capitalised name (`d'Encausse`)."""
    if k + 2 >= len(tokens) or tokens[k].text.casefold() not in _elided():
        return False
    quote, name = tokens[k + 1], tokens[k + 2]
    glued = tokens[k].end == quote.start and quote.end == name.start
    return glued and quote.text in _APOSTROPHES and _capitalised(name)


def _elision_at(tokens: list[Token], k: int) -> bool:
    """Whether token k is a letter elided before its apostrophe (`L'Empire`, `D'une`)."""
    return k + 1 < len(tokens) and tokens[k + 1].text in _APOSTROPHES and tokens[k].text.isalpha()


def _given_end(tokens: list[Token], k: int) -> int | None:
    """The end of an inverted name's given part at `k` (`Hélène`, `H.`, `Jean Paul`) before
    the title: at its own period (`Hélène.`) or after its last initial's (`H. L'Empire`)."""
    end = k
    while end < len(tokens) and end - k < 2 * _WORDS:
        token = tokens[end]
        if len(token.text) == 1 and token.text.isupper():
            if end + 1 >= len(tokens) or tokens[end + 1].text != ".":
                return None
            end += 2
            if end < len(tokens) and (len(tokens[end].text) > 1 or _elision_at(tokens, end)):
                return end  # `H. L'Empire`: the initial's period closes the name
            continue
        if not _capitalised(token):
            return None
        end += 1
        if end < len(tokens) and tokens[end].text == ".":
            return end
    return None


def _split(tokens: list[Token], found: list[Run], end: int) -> list[Run]:
    """The title run parted at `end`: the author before it, its period or comma outside any
    field, the title after."""
    b = found[0][2]
    mark = end + 1 if tokens[end].text in ".," else end
    return [
        ("author", 0, end),
        *([(OTHER, end, mark)] if mark > end else []),
        ("title", mark, b),
        *found[1:],
    ]


def elided_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a note's opening name holding an elided particle given to the author, out
    of the title run the model ran it into."""
    if not found or found[0][0] != "title" or found[0][1] != 0:
        return found
    b = found[0][2]
    k = 0
    while k < _WORDS and k < b and _capitalised(tokens[k]):
        k += 1
    if not _particle_at(tokens, k) or k + 4 >= b or tokens[k + 3].text != ",":
        return found
    comma = k + 3
    end = _given_end(tokens, comma + 1) if k < 2 else None
    if end is not None and end + 1 < b:
        return _split(tokens, found, end)  # `Carrère d'Encausse, Hélène. Title`
    if k == 0:
        return found
    return _split(tokens, found, comma)  # `Hélène Carrère d'Encausse, Title`
