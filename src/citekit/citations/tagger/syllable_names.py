"""A Chinese or Korean name romanised with its given name's syllables joined by a hyphen, the
second in small letters (Wade–Giles, McCune–Reischauer: `Mao Tse-tung`, `Chiang Kai-shek`,
`Sun Yat-sen`, `Kim Il-sung`): one name of a short family name and its given name. Opening a
note before a comma and a quoted title (`Mao Tse-tung, "On Protracted War," in …`), it is
the author, as a name of the language files' given names would be."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["syllable_name", "whole_syllables"]

_SYLLABLE: Final = 5  # letters of a romanised syllable, at most (`chung`, `shek`, `Hsiao`)
_FAMILY: Final = 6  # letters of the family name, at most (`Chiang`, `Kim`, `Mao`)
_QUOTES: Final = frozenset('"“«„')
_PEOPLE: Final = frozenset({"author", "editor", "translator"})


def syllable_name(tokens: list[Token], k: int, end: int) -> int | None:
    """Where such a name ends (its comma), when one starts at token `k`: a capitalised
    family name, a capitalised syllable, a hyphen and a syllable in small letters glued to
    it, then a comma and a quote."""
    if k + 5 >= end:
        return None
    family, first, hyphen, second, comma, quote = tokens[k : k + 6]
    if not (_capital(family, _FAMILY) and _capital(first, _SYLLABLE)):
        return None
    if hyphen.text != "-" or hyphen.start != first.end or second.start != hyphen.end:
        return None
    word = second.text
    if not (word.isalpha() and word.islower() and len(word) <= _SYLLABLE):
        return None
    return k + 4 if comma.text == "," and quote.text in _QUOTES else None


def _capital(token: Token, longest: int) -> bool:
    text = token.text
    return text.isalpha() and text[0].isupper() and text[1:].islower() and len(text) <= longest


def whole_syllables(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a person's run that stops at a syllable's hyphen (`Li Ta` of `Li
    Ta-chao,`) taken on to the syllable in small letters glued after it."""
    out = list(found)
    if "-" not in text_set(tokens):
        return out  # no hyphen (most notes)
    for j, (label, a, b) in enumerate(out):
        if label not in _PEOPLE or b + 2 > len(tokens) or j + 1 >= len(out):
            continue
        hyphen, second = tokens[b], tokens[b + 1]
        if hyphen.text != "-" or hyphen.start != tokens[b - 1].end or second.start != hyphen.end:
            continue
        if not (second.text.isalpha() and second.text.islower() and len(second.text) <= _SYLLABLE):
            continue
        if not _capital(tokens[b - 1], _SYLLABLE) or (
            b + 2 < len(tokens) and tokens[b + 2].text != ","
        ):
            continue
        after, c, d = out[j + 1]
        if c != b or d < b + 2:
            continue
        out[j] = (label, a, b + 2)
        out[j + 1] = (after, b + 2, d)
        if d == b + 2:
            del out[j + 1]
        return out
    return out
