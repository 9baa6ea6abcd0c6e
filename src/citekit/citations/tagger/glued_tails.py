"""A name's number glued to it by a hyphen (`Россия-1`, `Rossiia-24`, `Covid-19`): the number
is the name's. The model may end a host's or a title's run at the hyphen, and a lone digit of
no field is no loss the report shows: the name came out cut (`Вести недели, Россия`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["glued_number_tail"]

_NAMED: Final = frozenset({"container-title", "publisher", "title", "collection-title"})
_DASHES: Final = frozenset({"-", "‑"})


def glued_number_tail(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name's run that ends on a word glued by a hyphen to a number (no space
    on either side, no digit or hyphen glued after it) run on over the hyphen and the number,
    which no field held."""
    for j, (label, a, b) in enumerate(found):
        if label not in _NAMED or b + 2 > len(tokens) or j + 1 >= len(found):
            continue
        word, dash, number = tokens[b - 1], tokens[b], tokens[b + 1]
        if dash.text not in _DASHES or not word.text.isalpha() or not number.text.isdecimal():
            continue
        if dash.start != word.end or number.start != dash.end:
            continue
        after = tokens[b + 2] if b + 2 < len(tokens) else None
        if (
            after is not None
            and after.start == number.end
            and (after.text[:1].isalnum() or after.text in _DASHES)
        ):
            continue  # `Россия-1-2`, `a-1b`: no name's number
        rest = found[j + 1]
        if rest[0] != OTHER or rest[1] != b or rest[2] < b + 2:
            continue
        tail = [(OTHER, b + 2, rest[2])] if rest[2] > b + 2 else []
        return [*found[:j], (label, a, b + 2), *tail, *found[j + 2 :]]
    return found
