"""A hyphen between two letters of one word is no field's bound (`Депрессия среди
студентов-медиков г. Семей. Наука и здравоохранение.`): where the model started a host at a
hyphen glued on both sides, the words up to the host's first sentence end are the title's,
the host the rest."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token

__all__ = ["hyphen_in_word"]

_HYPHENS: Final = frozenset({"-", "‐"})


def hyphen_in_word(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title cut at a hyphen inside a word given its word and sentence back."""
    for j in range(len(found) - 1):
        (label, a, b), (after, c, d) = found[j], found[j + 1]
        if label != "title" or after != "container-title" or c != b or c + 1 >= d or c == 0:
            continue
        hyphen, left, right = tokens[c], tokens[c - 1], tokens[c + 1]
        if hyphen.text not in _HYPHENS or hyphen.start != left.end or right.start != hyphen.end:
            continue
        if not (left.text.isalpha() and right.text.isalpha() and right.text.islower()):
            continue
        end = next((k for k in range(c + 2, d - 1) if _sentence_end(tokens, k)), None)
        if end is None:
            continue
        return [*found[:j], (label, a, end), (found[j + 1][0], end + 1, d), *found[j + 2 :]]
    return found


def _sentence_end(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a period that ends a sentence: a word of two letters or more before
    it (no `г.`'s abbreviation), a space and a capital after it."""
    return (
        tokens[k].text == "."
        and len(tokens[k - 1].text) > 1
        and tokens[k + 1].start > tokens[k].end
        and tokens[k + 1].text[:1].isupper()
    )
