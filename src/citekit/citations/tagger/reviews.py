"""A review's note describes the reviewed book after the words that say so (`Рецензия на
кн.: Кляшторный С. Г. Древнетюркские рунические памятники. М., 2003 // Вестник древней
истории. 2004. № 2.`, `[words] review_of`): the name right after them is the reviewed book's
author, not the note's, whose author is the reviewer written before them, if any. The model
reads the reviewed book's author as the note's; that run is no author."""

from __future__ import annotations

import functools
import re

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["reviewed_author"]


@functools.cache
def _phrases() -> tuple[frozenset[str], frozenset[str]]:
    """The `[words] review_of` phrases with their spaces out, and their first words."""
    words = shipped_words("review_of")
    firsts: set[str] = set()
    for w in words:
        first = re.match(r"\w+", w)
        if first is not None:
            firsts.add(first.group())
    return frozenset(w.replace(" ", "") for w in words), frozenset(firsts)


def _phrase_end(tokens: list[Token], k: int, phrases: frozenset[str]) -> int:
    """The index after the longest review phrase that opens at token k, or 0."""
    text, end = "", 0
    for i in range(k, min(len(tokens), k + 6)):
        text += tokens[i].text
        if text in phrases:
            end = i + 1
    return end


def reviewed_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the reviewed book's author, after a review's words, no author (see the
    module's doc)."""
    phrases, firsts = _phrases()
    starts = [k for k, t in enumerate(tokens) if t.text in firsts]
    if not starts:
        return found  # most notes: no review
    for k in starts:
        end = _phrase_end(tokens, k, phrases)
        if not end:
            continue
        while end < len(tokens) and tokens[end].text in {":", "."}:
            end += 1
        run = next((r for r in found if r[1] == end), None)
        if run is not None and run[0] == "author":
            found = painted(found, (OTHER, run[1], run[2]))
    return found
