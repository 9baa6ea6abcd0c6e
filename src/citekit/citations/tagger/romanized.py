"""An entry repeated in Latin letters: Kazakh and Russian journals that report to Scopus write
each Cyrillic reference, then the same reference romanised in square brackets after its end
(`Абдакимов А. История Казахстана. Алматы, 1994. – 352 с. [Abdakimov A. Istoriya Kazakhstana.
Almaty, 1994. – 352 s.]`). The bracket repeats the fields the entry gave: none of its words are a
field of their own."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["romanized_repeat"]

_MIN_WORDS: Final = 3  # words in the bracket, at least: a repeated entry, not a gloss


def _script(tokens: list[Token], a: int, b: int) -> tuple[int, int]:
    """The words in Latin and in Cyrillic letters among tokens a..b."""
    latin = cyrillic = 0
    for t in tokens[a:b]:
        first = t.text[0]
        if not first.isalpha():
            continue
        if first < "ʰ":
            latin += 1
        elif "Ѐ" <= first <= "ӿ":
            cyrillic += 1
    return latin, cyrillic


def romanized_repeat(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the runs inside a closing bracket that repeats a Cyrillic entry in Latin
    letters no field's: the entry's fields stand before it."""
    end = len(tokens) - 1
    if end > 0 and tokens[end].text == ".":
        end -= 1
    if end < 1 or tokens[end].text != "]":
        return found  # most notes (at C speed)
    texts = [t.text for t in tokens[:end]]
    if "[" not in texts:
        return found
    at = len(texts) - 1 - texts[::-1].index("[")
    if "]" in texts[at:]:
        return found
    latin, cyrillic = _script(tokens, at + 1, end)
    if latin < _MIN_WORDS or cyrillic:
        return found
    before_latin, before_cyrillic = _script(tokens, 0, at)
    dated = any(label == "issued" and b <= at for label, _, b in found)
    if before_cyrillic <= before_latin or not dated:
        return found
    out: list[Run] = []
    for label, a, b in found:
        if b <= at or label == OTHER:
            out.append((label, a, b))
        elif a < at:
            out.extend([(label, a, at), (OTHER, at, b)])
        else:
            out.append((OTHER, a, b))
    return out
