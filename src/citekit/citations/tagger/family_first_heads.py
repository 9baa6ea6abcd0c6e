"""A note opened by an East Asian author's name written family first (`Kim Dae-jung, Title
(Lanham: …)`, `Park Chung-hee, Our Nation's Path (Seoul: …)`, GOST's and Harvard's `Pan Zhiping.
Zhongya de minzu guanxi. Urumqi: …`): when the model read the name into the title's run, the
name before the first comma or full stop, two words that `citations.family_names` tells are a
family and its given name, is the author and the title starts after that mark."""

from __future__ import annotations

from typing import Final

from citekit.citations.family_names import family_first_by_family
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["family_first_head"]

_JOINERS: Final = frozenset({"-", "‐"})
_ENDS: Final = frozenset({",", "."})  # what ends the name: `Kim Dae-jung,` `Pan Zhiping.`


def _name_end(tokens: list[Token], b: int) -> int | None:
    """The comma or full stop after a two-word name opening tokens 0..b (`Kim Dae - jung ,`),
    or None."""
    comma = next((k for k in range(1, b) if tokens[k].text in _ENDS), None)
    if comma is None or comma < 2 or comma + 1 >= b:
        return None
    words = tokens[:comma]
    if any(t.text in _JOINERS and not (0 < k < comma - 1) for k, t in enumerate(words)):
        return None
    glued = [words[0].text, "".join(t.text for t in words[1:])]
    if any(words[k].start != words[k - 1].end for k in range(2, comma)):
        return None  # the given name's pieces glued to each other (`Dae-jung`)
    return comma if family_first_by_family(*glued) else None


def family_first_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a family-first name opening the title's run read as its author."""
    if len(found) < 2 or found[0][0] != "title" or found[0][1] != 0:
        return found  # most notes
    if any(run[0] == "author" for run in found):
        return found
    b = found[0][2]
    comma = _name_end(tokens, b)
    if comma is None:
        return found
    return [("author", 0, comma), (OTHER, comma, comma + 1), ("title", comma + 1, b), *found[1:]]
