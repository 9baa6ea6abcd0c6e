"""A person's run holds a name: the tokens of a run labelled author, editor or translator that
hold no word a name can be (``Я.`` in ``Сулейменов О. Аз и Я.``, a lone initial)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token

__all__ = ["PERSONS", "nameless_persons"]

PERSONS: Final = frozenset({"author", "editor", "translator"})


def _is_name_word(tokens: Sequence[Token], i: int) -> bool:
    """A word that can be (part of) a name: letters, and not a lone initial."""
    text = tokens[i].text
    if not text.isalpha():
        return False
    if len(text) >= 3:
        return True
    followed_by_period = i + 1 < len(tokens) and tokens[i + 1].text == "."
    return len(text) == 2 and not followed_by_period


def _nameless(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the run of tokens `start`..`end` holds no name word."""
    for k in range(start, end):
        text = tokens[k].text
        # a word of three letters or more is a name word: most runs are told by it at once
        if len(text) >= 3 and text.isalpha():
            return False
    return all(not _is_name_word(tokens, k) for k in range(start, end))


def nameless_persons(tokens: Sequence[Token], labels: Sequence[str]) -> set[int]:
    """The tokens of person runs (author, editor, translator) that hold no name word."""
    out: set[int] = set()
    if PERSONS.isdisjoint(labels):
        return out
    # runs of one label (only a person's run is looked into)
    n = len(labels)
    start = 0
    while start < n:
        label = labels[start]
        end = start + 1
        while end < n and labels[end] == label:
            end += 1
        if label in PERSONS and _nameless(tokens, start, end):
            out.update(range(start, end))
        start = end
    return out
