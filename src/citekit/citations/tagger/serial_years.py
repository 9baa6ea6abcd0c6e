"""A serial's year written as a sentence of its own after its title (`Казахстан в цифрах.
2018. Астана, 2018.`, `Статистический ежегодник Казахстана. 2020. – Нур-Султан, 2021.`,
`Қазақстан сандарда. 2019.`): the year is the part of the serial the note cites, a piece of
its title, and the sentence before it is that title, never an author. A person's name without
initials is inverted by a comma (`Orwell, George. 1984.`) and holds no word in small letters
but a particle (`von`, `ibn`): a note opening with a sentence that is no such name, then a
year read as the title, names its work by the two (`Регионы России. 2019.`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import family_particles
from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.tokens import Token

__all__ = ["serial_year"]

_HEAD: Final = frozenset({"author", OTHER})
_WORD: Final = 3  # letters of a small word that is no name's particle at least (`в` aside)


def serial_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title that is a year alone after the note's opening sentence read as
    the serial's title with its year, when that sentence, read as an author, is no name."""
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        if b - a != 1 or not is_year(tokens[a].text) or j == 0 or tokens[a - 1].text != ".":
            return found  # the note's first title is no year alone
        head = found[:j]
        if any(run[0] not in _HEAD for run in head) or head[0] != ("author", 0, head[0][2]):
            return found  # the note opens with the sentence read as its author
        words = [t.text for t in tokens[: a - 1] if t.text.isalpha()]
        if any(len(w) == 1 and w.isupper() for w in words):
            return found  # an initial: a person's name (`Smith, J. and Brown, K. 2019.`)
        particles = family_particles()
        inverted = any(t.text == "," for t in tokens[: a - 1])
        if inverted and not any(
            w.islower() and len(w) >= _WORD and w not in particles for w in words
        ):
            return found  # a name's words (`Orwell, George. 1984.`): the year is the title
        return [("title", 0, b), *found[j + 1 :]]
    return found
