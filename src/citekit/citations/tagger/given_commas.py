"""A Chicago note's author that the model read into the title. Chicago writes the author
given name first, a comma, then the title and the bracketed imprint (`Мұхтар Құл-Мұхаммед,
Алаш қайраткерлерінің … (Алматы: Атамұра, 1998), 77.`): a title run that opens the note with
a known given name (`[names] given`) and one family word (its glued hyphen's part with it),
closed by a comma, holds the author, when the note names none and a book's imprint follows."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.glued_initials import NAME_JOINERS, glued_word
from citekit.citations.tagger.tokens import Token

__all__ = ["given_name_comma"]

_IMPRINT: Final = frozenset({"publisher", "publisher-place"})


def given_name_comma(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the given name and family that open a title run before its comma read as
    the author (see the module's doc)."""
    if not found or found[0][0] != "title" or found[0][1] != 0 or len(tokens) < 6:
        return found
    labels = {run[0] for run in found}
    if labels & {"author", "editor", "translator"} or not labels & _IMPRINT:
        return found
    if lower(tokens[0].text) not in given_names() or not tokens[0].text[:1].isupper():
        return found
    end = glued_word(tokens, 1, NAME_JOINERS)
    b = found[0][2]
    if end == 1 or end + 1 >= b or tokens[end].text != ",":
        return found
    if not tokens[end + 1].text[:1].isupper():
        return found
    return [("author", 0, end), (OTHER, end, end + 1), ("title", end + 1, b), *found[1:]]
