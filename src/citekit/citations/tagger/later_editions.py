"""Another edition named in brackets after the imprint: `… , 1947. – 468 с. (2-е изд. –
Алматы: Қазақ университеті, 1992)`. The bracket opens with that edition's number and gives its
own imprint: its place, publisher and year are that edition's, never the cited one's, whose
imprint the note gave before it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["later_edition"]

_IMPRINT: Final = frozenset({"issued", "publisher-place", "publisher"})


def later_edition(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the imprint inside a bracket that opens with an edition given to no field,
    when the same fields stand before the bracket."""
    labels = [run[0] for run in found]
    if "edition" not in labels or "issued" not in labels:
        return found  # most notes: no edition
    for j, (label, a, _b) in enumerate(found):
        if label != "edition" or a == 0 or tokens[a - 1].text != "(":
            continue
        close = next((k for k in range(a, len(tokens)) if tokens[k].text == ")"), None)
        if close is None:
            return found
        before = {run[0] for run in found[:j]}
        inside = [i for i in range(j + 1, len(found)) if found[i][2] <= close]
        if not any(found[i][0] == "issued" for i in inside) or "issued" not in before:
            return found
        out = list(found)
        for i in inside:
            name, s, e = out[i]
            if name in _IMPRINT and name in before:
                out[i] = (OTHER, s, e)
        out[j] = (OTHER, a, found[j][2])  # the edition named is that other one's
        return out
    return found
