"""A family name of two words written first (Spanish `Vidal Liy, Macarena. «Title».`,
`Rodríguez Sánchez, Lucía. Title.`): the comma after both words parts the family from the
given name, one or two words closed by the name's period. The model, meeting two capitalised
words before a comma, may read them as a person in direct order and the given name as a
second person or the title's first word. When the given name is one the language files know
(and the first word no given name: `Coşkun Bilge, …` is in direct order), or one word no file
knows and no place before a quoted title, the three are one name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.places import PLACE_MARKS
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["compound_family_first"]

_GIVEN: Final = 2  # words of the given name at most


def _word(token: Token) -> bool:
    return token.text.isalpha() and token.text[:1].isupper() and not token.text.isupper()


def compound_family_first(
    tokens: list[Token], marks: Sequence[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a note opening on such a name read as one author (see the module's doc)."""
    if len(tokens) < 7 or not found or found[0][0] != "author" or found[0][1] != 0:
        return found
    if not (_word(tokens[0]) and _word(tokens[1]) and tokens[2].text == ","):
        return found
    if lower(tokens[0].text) in given_names():
        return found  # `Coşkun Bilge, …`: a given name first, a name in direct order
    end = 3
    while end < len(tokens) and end - 3 < _GIVEN and _word(tokens[end]):
        end += 1
    if end == 3 or end + 1 >= len(tokens) or tokens[end].text != ".":
        return found
    known = all(lower(t.text) in given_names() for t in tokens[3:end])
    if not known and (end > 4 or tokens[end + 1].text not in QUOTES):
        return found  # an unknown given name: one word, then a quoted title (`“`, not `'`)
    if any(marks[k] & PLACE_MARKS for k in range(3, end)):
        return found  # `Kazakh Academy, Almaty. «История».`: a body and its place
    if found[0][2] == end:
        return found  # read so already
    return painted(found, ("author", 0, end))
