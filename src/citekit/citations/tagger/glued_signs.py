"""A sign glued to a number (`45%`, `3‰`, `5°`) is the number's: a title or a host that ends
on the number ends on its sign (`… экспорт на 45% — Интерфакс`), whatever the model called the
sign."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, glued_to_previous

__all__ = ["sign_after_number"]

_SIGNS: Final = frozenset("%‰°")
_NAMED: Final = frozenset({"title", "container-title"})


def sign_after_number(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a sign glued to the number a title or host run ends on taken into it."""
    out = list(found)
    for j in range(len(out) - 1):
        label, a, b = out[j]
        following = out[j + 1]
        if label not in _NAMED or following[0] != OTHER or following[1] != b:
            continue
        if b >= len(tokens) or tokens[b].text not in _SIGNS:
            continue
        if not tokens[b - 1].text[-1:].isdigit() or not glued_to_previous(tokens, b):
            continue
        out[j] = (label, a, b + 1)
        out[j + 1] = (OTHER, b + 1, following[2])
    return [run for run in out if run[1] < run[2]]
