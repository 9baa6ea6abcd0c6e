"""A name joined by a hyphen is one name (`Қасым-Жомарт`, `Jean-Paul`, `Салтыков-Щедрин`): a
person's run that ends on its first half takes the second, glued to the hyphen on both sides
and capitalised, whatever the model called it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token, glued_to_previous

__all__ = ["hyphenated_name"]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_HYPHENS: Final = frozenset("-‐")


def _half(tokens: list[Token], b: int) -> bool:
    """Whether tokens b, b+1 are a hyphen and a capitalised word glued to the name at b-1."""
    if b + 1 >= len(tokens) or tokens[b].text not in _HYPHENS:
        return False
    word = tokens[b + 1].text
    glued = glued_to_previous(tokens, b) and glued_to_previous(tokens, b + 1)
    after_initials = b >= 2 and tokens[b - 2].text == "."  # `І. П. Галицько-…`: the title's
    first = tokens[b - 1].text
    named = first.isalpha() and first[:1].isupper() and not after_initials
    # the name ends with the half (`Қасым-Жомарт.`, `Compton-Hughes,`), no headline goes on
    closed = b + 2 == len(tokens) or tokens[b + 2].text in ".,;"
    return glued and word.isalpha() and word[:1].isupper() and named and closed


def hyphenated_name(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a person's run that ends before a hyphen and a name's second half carried
    over it (see the module)."""
    out = list(found)
    for j, (label, a, b) in enumerate(out):
        if label not in _PERSONS or not _half(tokens, b):
            continue
        out[j] = (label, a, b + 2)
        for k in range(j + 1, len(out)):  # the runs the half took from
            name, c, d = out[k]
            out[k] = (name, max(c, b + 2), d)
        return [run for run in out if run[1] < run[2]]
    return out
