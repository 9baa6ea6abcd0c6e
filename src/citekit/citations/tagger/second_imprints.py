"""A book published by two houses gives two imprints, joined by a semicolon: `М. : Экономика ;
Новосибирск : Наука, 2005`, `Ankara: Nobel; İstanbul: Kitabevi, 2009`. Each pair is a place, a
colon and a publisher; the first pair is the record's place and publisher (as CSL takes the
first of several), the second no field's, never one run of places nor the record's publisher.
Two places before one publisher (`Oxford; New York: Oxford University Press`) have one colon
and are no such pair."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import LONG_DASHES, Token, text_set

__all__ = ["second_imprint"]

_IMPRINT: Final = frozenset({"publisher-place", "publisher"})
_BREAKS: Final = LONG_DASHES | {";", ":", ",", "(", ")", "//"}  # no pair's word


def _colon_before(tokens: list[Token], label_at: list[str], s: int) -> int | None:
    """The colon of the pair that ends at the semicolon `s`: its publisher's words imprint's."""
    k = s - 1
    while k > 0 and label_at[k] in _IMPRINT and tokens[k].text not in _BREAKS:
        k -= 1
    if k == s - 1 or tokens[k].text != ":" or label_at[k - 1] != "publisher-place":
        return None
    return k


def _pair_after(tokens: list[Token], label_at: list[str], s: int) -> int | None:
    """The end of the place, colon and publisher after the semicolon `s`, or None."""
    k = s + 1
    while k < len(tokens) and label_at[k] in _IMPRINT and tokens[k].text not in _BREAKS:
        k += 1
    if k == s + 1 or k >= len(tokens) or tokens[k].text != ":":
        return None
    end = k + 1
    while end < len(tokens) and label_at[end] in _IMPRINT and tokens[end].text not in _BREAKS:
        end += 1
    return end if end > k + 1 else None


def second_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with two imprints joined by a semicolon read as the first's place and publisher,
    the second given to no field."""
    texts = text_set(tokens)
    if ";" not in texts or ":" not in texts:
        return found  # most notes (at C speed): no semicolon, or no colon
    label_at = labels_at(found, len(tokens))
    for s in range(2, len(tokens) - 3):
        if tokens[s].text != ";" or label_at[s - 1] not in _IMPRINT:
            continue
        if label_at[s + 1] not in _IMPRINT:
            continue
        colon = _colon_before(tokens, label_at, s)
        end = _pair_after(tokens, label_at, s) if colon is not None else None
        if colon is None or end is None:
            continue
        place = colon - 1
        while place > 0 and label_at[place - 1] == "publisher-place":
            place -= 1
        out = painted(found, ("publisher-place", place, colon))
        out = painted(out, (OTHER, colon, colon + 1))
        out = painted(out, ("publisher", colon + 1, s))
        return painted(out, (OTHER, s, end))
    return found
