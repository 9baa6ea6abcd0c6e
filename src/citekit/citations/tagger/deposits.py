"""A deposited manuscript's note (`… – 18 с. – Деп. в ВИНИТИ 11.06.92, № 1934-В92.`): the
body it was deposited with, the deposit's date and its number are no field of the work (its
date is no access date, its number no issue), so the area from the deposit's words to the
next GOST dash is read as no field and reported as text citekit does not carry."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.phrases import Phrases, folded_phrases, phrase_heads, phrase_match
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_type_words

__all__ = ["deposit_area"]

_AREA_DASHES: Final = frozenset("–—")  # GOST's marks between a description's areas


def _phrases() -> Phrases:
    return folded_phrases(frozenset(shipped_type_words("deposited")))


def _start(tokens: list[Token]) -> int | None:
    """Where a deposit's phrase opens in `tokens`, if one does."""
    phrases = _phrases()
    heads = phrase_heads(phrases)
    for k, token in enumerate(tokens):
        if token.text.casefold() in heads and phrase_match(tokens, k, phrases) is not None:
            return k
    return None


def deposit_area(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the runs inside a deposit's area read as no field (see the module's doc)."""
    if phrase_heads(_phrases()).isdisjoint(casefolded_set(tokens)):
        return found
    a = _start(tokens)
    if a is None or a == 0:
        return found  # a note that opens on the deposit's words names no work before them
    b = next((k for k in range(a + 1, len(tokens)) if tokens[k].text in _AREA_DASHES), len(tokens))
    out: list[Run] = []
    for label, s, e in found:
        if label != OTHER and s >= a and e <= b:
            label = OTHER
        if out and out[-1][0] == label == OTHER and out[-1][2] == s:
            out[-1] = (OTHER, out[-1][1], e)
        else:
            out.append((label, s, e))
    return out
