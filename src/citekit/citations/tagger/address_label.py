"""GOST's access area: after its dash, a word and a colon stand before the address as its
label (`– URL:`, `– Режим доступа:`, `– Қолжетімді:`, `– Available at:`), in whatever language
the editor wrote it. That word names no site, publisher or place."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["address_label"]

_NAMING: Final = frozenset({"container-title", "publisher", "publisher-place"})


def address_label(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a one-word naming run between an area's dash and the colon that opens the
    address's run given to no field."""
    if all(run[0] != "URL" for run in found):  # the precheck: no address in the note
        return list(found)
    out = list(found)
    for j in range(len(out) - 1):
        label, a, b = out[j]
        if (
            label in _NAMING
            and b - a == 1
            and a > 0
            and tokens[a - 1].text in DASHES
            and tokens[b].text == ":"
            and out[j + 1][0] == "URL"
            and out[j + 1][1] in (b, b + 1)
        ):
            out[j] = (OTHER, a, b)
    return out
