"""Initials typed run together after a family name (`Валиханов Ч.Ч. Собрание сочинений`,
`Tokayev K.K. Title`): the model may end the author at the first initial and open the title on
the second. An initial glued to the author's closing period (no space between) is the
author's; a title never opens so."""

from __future__ import annotations

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token

__all__ = ["glued_initial_to_author"]


def _initial(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is one capital letter glued to the period before it, its own period
    glued after it."""
    text = tokens[k].text
    if len(text) != 1 or not text.isupper() or k + 1 >= len(tokens):
        return False
    glued_before = tokens[k - 1].text == "." and tokens[k - 1].end == tokens[k].start
    return glued_before and tokens[k + 1].text == "." and tokens[k + 1].start == tokens[k].end


def glued_initial_to_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's opening initials glued to the author's given to the author."""
    for j in range(1, len(found)):
        label, a, b = found[j]
        person, c, d = found[j - 1]
        if label != "title" or person != "author" or d != a or a < 1:
            continue
        k = a
        while k + 2 < b and _initial(tokens, k):
            k += 2
        if k == a or not tokens[k].text[:1].isupper():
            return found
        return [*found[: j - 1], (person, c, k), (label, k, b), *found[j + 1 :]]
    return found
