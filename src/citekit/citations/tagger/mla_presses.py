"""MLA's shortened university presses (`U of Wisconsin P`, `U of Chicago P`): the words `U`
(University) and `P` (Press) that MLA 9 keeps of a university press's name. Such a name after
a sentence's period or a comma, before the year's comma, is the publisher, whatever run the
model put it in (`The Steppe in Print. U of Wisconsin P, 2018.`). A university alone (`Indiana
U`) is left: a capital `U` after a name is as often an initial."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, labels_at, runs
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["shortened_press"]

_NAME_WORDS: Final = 3  # capitalised words of the university's name at most (`New Mexico`)
_AFTER: Final = frozenset({",", "."})


def _capitalised(token: Token) -> bool:
    return len(token.text) > 1 and token.text[0].isupper() and token.text.isalpha()


def _press(tokens: list[Token], k: int) -> int | None:
    """The end of `U of Name P` opening at token `k`, or None."""
    if tokens[k].text == "U" and k + 3 < len(tokens) and tokens[k + 1].text == "of":
        end = k + 2
        while end < len(tokens) and end - k - 2 < _NAME_WORDS and _capitalised(tokens[end]):
            end += 1
        if end > k + 2 and end < len(tokens) and tokens[end].text == "P":
            return end + 1
    return None


def shortened_press(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with MLA's shortened university press read as the publisher."""
    if "U" not in text_set(tokens):
        return found
    for k in range(1, len(tokens) - 1):
        start, end = k, _press(tokens, k)
        if end is None or end >= len(tokens) or tokens[end].text not in _AFTER:
            continue
        if start == 0 or tokens[start - 1].text not in _AFTER:
            continue  # the name opens a sentence or a comma's part of its own
        labels = labels_at(found, len(tokens))
        labels[start:end] = ["publisher"] * (end - start)
        return runs(labels)
    return found
