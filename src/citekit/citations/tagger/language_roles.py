"""A translator's phrase that names the language translated into or from before its role word
(`Türkiye Türkçesine aktaran: Refik Özdek`, `Türkmen Türkçesinden aktaran: Mehmet Kara`): the
capitalised words between the part's comma and the phrase's first word (`[words] translator`)
name the language, a word of the phrase, no host's nor author's name."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["language_before_role"]

_LANGUAGE_WORDS: Final = 2  # words of a language's name before the phrase at most


def language_before_role(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the language's name before a translator's phrase read as no field (see the
    module's doc)."""
    out = found
    for k in range(2, len(tokens)):
        if "Btranslator" not in marks[k] or not tokens[k].text[:1].isupper():
            continue
        start = next(
            (
                j
                for j in range(k - 1, max(-1, k - _LANGUAGE_WORDS - 2), -1)
                if tokens[j].text == ","
            ),
            None,
        )
        if start is None or start + 1 == k:
            continue
        words = tokens[start + 1 : k]
        if all(t.text.isalpha() and t.text[:1].isupper() for t in words):
            out = painted(out, (OTHER, start + 1, k))
    return out
