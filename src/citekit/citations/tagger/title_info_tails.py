"""GOST's other title information goes on past an abbreviation's period (`Демографический
ежегодник Казахстана : стат. сб. Астана, 2017`, `Экономика : учеб. пособие. Алматы, 2010`):
after the title's colon its words are written in small letters, and no area of the description
opens in small letters, so the small words with no role's, volume's or page's mark between the
title's period and the place (written without GOST's dashes) are the title's, not a field's."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["info_before_place"]

_WORDS: Final = 4  # small words of the information's tail at most


def _small_words(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` are unmarked words in small letters and periods, a word first and a
    period last (`сб .`, `науч . тр .`)."""
    texts = [t.text for t in tokens[a:b]]
    words = [k for k in range(a, b) if tokens[k].text != "."]
    return (
        len(texts) >= 2
        and texts[0] != "."
        and texts[-1] == "."
        and 0 < len(words) <= _WORDS
        and all(tokens[k].text.isalpha() and tokens[k].text.islower() for k in words)
        and not any(marks[k] for k in range(a, b))
    )


def info_before_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the small words between a title's period and the place read as the title's
    when the title holds its colon (see the module's doc)."""
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label != "title":
            continue
        gap, place = found[j + 1], found[j + 2]
        if gap[0] != OTHER or gap[1] != b or place[0] != "publisher-place" or place[1] != gap[2]:
            return found
        if not any(t.text == ":" for t in tokens[a:b]) or tokens[b].text != ".":
            return found
        if not _small_words(tokens, marks, b + 1, gap[2]):
            return found
        return [*found[:j], ("title", a, gap[2] - 1), (OTHER, gap[2] - 1, gap[2]), *found[j + 2 :]]
    return found
