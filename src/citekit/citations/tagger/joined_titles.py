"""An "and" word between the title and a run after it, with no mark between (`Gadymy Merw ve
Türkmen Medeniyeti`, `Kazakhstan and the New Silk Road`), joins two parts of the title: a list
of persons is joined by it before the title, where the note names its author, never after."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["joined_title"]

_JOINED: Final = frozenset({"author", "container-title", "publisher"})


def joined_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the run that an "and" word joins to the title, after the author's, made
    the title's."""
    labels = [label for label, _, _ in found]
    if "title" not in labels or "author" not in labels[: labels.index("title")]:
        return list(found)
    j = labels.index("title")
    if j + 2 >= len(found):
        return list(found)
    gap, after = found[j + 1], found[j + 2]
    if gap[0] != OTHER or gap[2] - gap[1] != 1 or "and" not in marks[gap[1]]:
        return list(found)
    if not tokens[gap[1]].text.isalpha() or after[0] not in _JOINED:
        return list(found)
    if labels.count(after[0]) > (after[0] == "author") + 1:
        return list(found)
    # the joined words end where a comma, a period or a colon closes them
    end = after[2]
    if after[0] == "author" and any(t.text in ",;" for t in tokens[after[1] : after[2]]):
        return list(found)  # `… and Smith, J.`: a list of names
    return [*found[:j], ("title", found[j][1], end), *found[j + 3 :]]
