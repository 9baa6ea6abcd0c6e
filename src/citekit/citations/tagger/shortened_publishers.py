"""A publisher whose name opens with a shortened word: GOST's imprint `Place : Publisher, Year`
names the publisher whole between the place's colon and the comma before the year, however it is
shortened (`Алма-Ата : Гл. ред. Казахской советской энциклопедии, 1985`, `Київ : Укр. енцикл.,
2004`). The model leaves such a name to no field, or reads its words after the first period as a
host; the words up to the year's comma are the publisher's."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, unlabelled_after
from citekit.citations.tagger.tokens import Token

__all__ = ["shortened_publisher"]

_MAX_TOKENS: Final = 14  # a publisher's name, its periods counted, at most
_BREAKS: Final = frozenset({":", ";", "–", "—", "/", "//", "(", ")", "[", "]"})
_INSIDE: Final = frozenset({OTHER, "container-title"})


def _year_comma(tokens: list[Token], c: int) -> int | None:
    """The comma before the year that ends the name opened after colon `c`, or None."""
    for k in range(c + 1, min(len(tokens) - 1, c + _MAX_TOKENS + 1)):
        text = tokens[k].text
        if text == ",":
            return k if is_year(tokens[k + 1].text) else None
        if text in _BREAKS:
            return None
    return None


def shortened_publisher(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the publisher after a place's colon read whole when its first word is
    shortened (a word and its period) and the name runs to the comma before the year."""
    j = unlabelled_after(found, "publisher-place", "publisher")
    if j is None:
        return list(found)
    c = found[j][1]
    if c + 3 >= len(tokens) or tokens[c].text != ":" or tokens[c + 2].text != ".":
        return list(found)
    first = tokens[c + 1].text
    if not (first.isalpha() and first[0].isupper()):
        return list(found)
    k = _year_comma(tokens, c)
    if k is None:
        return list(found)
    after: list[Run] = []
    for label, a, b in found[j:]:
        if a < k and label not in _INSIDE:
            return list(found)  # a field of its own inside: no single name
        if b > k:
            after.append((label if a >= k else OTHER, max(a, k), b))
    return [*found[:j], (OTHER, c, c + 1), ("publisher", c + 1, k), *after]
