"""An author-date reference opens with its author, then the year in its own sentence (`IMF.
2019. Republic of Uzbekistan: Selected Issues. Washington, DC: …`, `OECD. 2021. Title.`): the
capitalised words before the year's sentence are the author, a body's acronym or name as well
as a person's. The model leaves a body's acronym there to no field."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["dated_head"]

_HEAD_WORDS: Final = 6  # words of a body's name at most
_JOINERS: Final = frozenset({"&", "-", "of", "and", "for", "the", "on"})


def dated_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words before an author-date reference's year read as its author (see
    the module's doc)."""
    if len(found) < 3 or found[0][0] != OTHER or found[1][0] != "issued":
        return found  # most notes: no unread head before a year
    _, a, k = found[0]
    if a != 0 or k < 2 or tokens[k - 1].text != "." or not 1 <= k - 1 <= _HEAD_WORDS:
        return found
    words = [t.text for t in tokens[: k - 1]]
    if not words[0][:1].isupper() or not all(w.isalpha() or w in _JOINERS for w in words):
        return found
    y = found[1][2]
    if y >= len(tokens) or tokens[y].text != "." or found[2][0] != OTHER:
        return found  # `IMF. 2019.`: the year's sentence closes at once
    if any(run[0] in ("author", "editor") for run in found):
        return found
    return [("author", 0, k - 1), (OTHER, k - 1, k), *found[1:]]
