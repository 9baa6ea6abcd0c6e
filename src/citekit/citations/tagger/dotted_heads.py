"""A title opening with an abbreviation of two dotted letters, the second small (Russian `Т. н.`
"so-called", `Т. е.` "that is", `Т. о.`): after the author's initials the capital looks like one
more initial, but no initial is followed by a small letter and its period. The capital opens
the title, and the title runs on over the small letter to the title's run the model read; a
glued abbreviation after the initials (Kazakh `т.б.`, "and others") opens no title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.heads import is_initial
from citekit.citations.tagger.tokens import Token

__all__ = ["dotted_title_head"]

_PERSONS: Final = frozenset({"author", "editor"})


def _small_letter(text: str) -> bool:
    return len(text) == 1 and text.isalpha() and text.islower()


def dotted_title_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `I. X. y. Title` after a person's name read as the title `X. y. Title`."""
    for j, (label, a, b) in enumerate(found):
        if label not in _PERSONS and label != "title":
            continue
        k = b - 2  # the capital's token, its period closing the run
        if b + 2 > len(tokens) or k < a or tokens[b - 1].text != ".":
            continue
        if not is_initial(tokens[k].text) or (label in _PERSONS and k == a):
            continue
        if not _small_letter(tokens[b].text) or tokens[b + 1].text != ".":
            continue
        if b + 2 < len(tokens) and tokens[b + 2].start == tokens[b + 1].end:
            continue  # `Королева И. Е. т.б.`: a glued abbreviation (and others), no title's
        if label == "title" and (j == 0 or found[j - 1][0] not in _PERSONS):
            continue
        if label in _PERSONS and not is_initial(tokens[k - 2].text):
            continue  # `Иванов И. И. Т. н.`: the person's own initials before the capital
        start = k if label in _PERSONS else a
        title = next((r for r in found[j + 1 :] if r[0] == "title" and r[1] >= b), None)
        if title is None or any(
            r[0] not in (OTHER, "title") for r in found[j + 1 :] if r[2] <= title[1]
        ):
            continue
        return painted(found, ("title", start, title[2]))
    return list(found)
