"""A word in brackets right after a quoted title names what the work is (`"Yeni Gerçeklikte
Kazakistan" (Konuşma).`, `"…" (Tweet)`, `"…" (video)`), as Wikipedia's templates write a
work's kind: no issue, which has a number. The model may read the lone word as one."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import CLOSING_MARKS
from citekit.citations.tagger.tokens import Token

__all__ = ["kind_word_not_issue"]

_ROMAN: Final = frozenset("IVXLCivxlc")


def kind_word_not_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a lone word in brackets after a quoted title's closing mark, read as the
    issue, given to no field."""
    for j, (label, a, b) in enumerate(found):
        if label != "issue" or b - a != 1 or a < 2 or b >= len(tokens):
            continue
        word = tokens[a].text
        if not word.isalpha() or set(word) <= _ROMAN:
            continue
        if (
            tokens[a - 1].text == "("
            and tokens[a - 2].text in CLOSING_MARKS
            and tokens[b].text == ")"
        ):
            return [*found[:j], (OTHER, a, b), *found[j + 1 :]]
    return found
