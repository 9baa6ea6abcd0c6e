"""A Cyrillic heading's author is written `Surname I. O.`: two initials at most, the given
name's and the patronymic's. Initials after the second, right before a capitalised word, are
those of a person the title names at its head (`Волков А. Н. С. М. Киров и Средняя Азия //`,
`Иванов П. Ш. Ш. Уалиханов и его время.`), never the author's."""

from __future__ import annotations

from typing import Final

from citekit._text import has_cyrillic
from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token

__all__ = ["initials_open_title"]

_OWN: Final = 2  # initials of a Cyrillic name at most
_MORE: Final = 4  # initials the author's run may have taken at most


def _initial(tokens: list[Token], k: int) -> bool:
    text = tokens[k].text
    return (
        len(text) == 1
        and text.isupper()
        and k + 1 < len(tokens)
        and tokens[k + 1].text == "."
        and tokens[k + 1].start == tokens[k].end
    )


def initials_open_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the initials after a Cyrillic author's second given to the title that
    follows."""
    if len(found) < _OWN or found[0][0] != "author" or found[1][0] != "title":
        return found
    _, a, b = found[0]
    surname = tokens[a].text
    if a or len(surname) < _OWN or not surname[:1].isupper() or not has_cyrillic(surname):
        return found
    initials = (b - a - 1) // 2
    if not _OWN < initials <= _MORE or (b - a - 1) % 2:
        return found
    if not all(_initial(tokens, k) for k in range(a + 1, b, 2)):
        return found
    head = tokens[b].text
    if found[1][1] != b or len(head) < _OWN or not head[:1].isupper() or not head.isalpha():
        return found
    cut = a + 1 + 2 * _OWN
    return [("author", a, cut), ("title", cut, found[1][2]), *found[2:]]
