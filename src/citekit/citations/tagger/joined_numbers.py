"""An issue or a volume numbered with a slash (`№ 4/2`, `Т. 3/1`, a double issue's or a part's
number): the model read its two halves as two runs of the same field, and the decoder keeps
the first alone; the halves and the slash glued between them are one run, the number as
written."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token

__all__ = ["slashed_number"]

_NUMBERED: Final = frozenset({"issue", "volume"})


def slashed_number(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an issue's or volume's two halves around a glued slash read as one run."""
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label not in _NUMBERED or found[j + 2][0] != label:
            continue
        _, c, d = found[j + 1]
        _, e, f = found[j + 2]
        if c != b or d - c != 1 or tokens[c].text != "/" or e != d:
            continue
        if tokens[c].start != tokens[c - 1].end or tokens[e].start != tokens[c].end:
            continue  # `№ 4 / 2`: spaced, two numbers
        return [*found[:j], (label, a, f), *found[j + 3 :]]
    return found
