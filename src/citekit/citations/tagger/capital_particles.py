"""A capitalised article or particle after a GOST name's initials opens the title: GOST writes
a name's particle after the initials in small letters (`Tocqueville A. de.`: the name's, see
`inverted.particle_after_initials`), and one that opens a family name before it (`La Fontaine
J.`), so `Braudel F. La Méditerranée …`, `Bourdieu P. Les Règles de l'art`, `Tocqueville A. De
la démocratie en Amérique`, `Hammer J. Van Gogh: A Life` name the work from the capital on."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import family_particles
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.name_words import APOSTROPHES, name_elided
from citekit.citations.tagger.tokens import Token

__all__ = ["capital_particle_title", "elided_family_head"]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_INITIAL_LETTERS: Final = 2  # `A`, `Ch`


def _initial(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and len(word) <= _INITIAL_LETTERS


def _family(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and len(word) > _INITIAL_LETTERS


def _initials_end(tokens: list[Token], a: int, b: int) -> int | None:
    """The index after the initials that close the name `Family I. I.` opening run a..b, or
    None when the run opens otherwise."""
    k = a + 1
    while k < b and tokens[k].text == "-" and k + 1 < b and _family(tokens[k + 1].text):
        k += 2  # `Lemercier-Quelquejay`
    start = k
    while k + 1 < b and _initial(tokens[k].text) and tokens[k + 1].text == ".":
        k += 2
        if k + 2 < b and tokens[k].text == "-" and _initial(tokens[k + 1].text):
            k += 1  # `M.-C.`
    return k if k > start else None


def capital_particle_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words the first person's run holds after its `Family I.` initials, when
    they open with a capitalised particle (`La`, `Le`, `De`, `Van`, `L'`) before a capitalised
    word, given to the title (with the title run that follows them)."""
    j = next((k for k, run in enumerate(found) if run[0] != OTHER), len(found))
    if j >= len(found) or found[j][0] not in _PERSONS:
        return found
    label, a, b = found[j]
    if not _family(tokens[a].text):
        return found
    k = _initials_end(tokens, a, b)
    if k is None or k >= b:
        return found
    word = tokens[k].text
    glued = k + 1 < len(tokens) and tokens[k + 1].text in APOSTROPHES
    if not ((word[:1].isupper() and not word.isupper()) or (glued and len(word) == 1)):
        return found
    if lower(word + tokens[k + 1].text if glued else word) not in family_particles():
        return found
    nxt = k + 2 if glued else k + 1
    if nxt >= len(tokens) or not tokens[nxt].text[:1].isupper():
        return found
    end = b
    if j + 1 < len(found) and found[j + 1][0] == "title" and found[j + 1][1] == b:
        end = found[j + 1][2]
    return painted(painted(found, (label, a, k)), ("title", k, end))


def elided_family_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a family name joined by an elided particle and its initials (`Carrère
    d'Encausse H.`, `Giscard d'Estaing V.`) that the title run took in at its head given to
    the author: GOST's heading, then the title after the initials' period."""
    j = next((k for k, run in enumerate(found) if run[0] != OTHER), len(found))
    if j >= len(found) or found[j][0] != "title":
        return found
    _, a, e = found[j]
    if e - a < 7 or not _family(tokens[a].text):  # `Family d ' Family I . Title`
        return found
    mark = tokens[a + 2]
    if lower(tokens[a + 1].text) not in name_elided() or mark.text not in APOSTROPHES:
        return found
    if tokens[a + 1].end != mark.start or mark.end != tokens[a + 3].start:
        return found
    if not _family(tokens[a + 3].text):
        return found
    k = _initials_end(tokens, a + 3, e)
    if k is None or k >= e or not tokens[k].text[:1].isupper():
        return found
    return painted(painted(found, ("author", a, k)), ("title", k, e))
