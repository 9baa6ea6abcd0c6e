"""A host's ordinal in Roman numerals: `III. Uluslararası Türk Dili Kongresi Bildiri Kitabı`,
`XII. Türk Tarih Kongresi`. A Roman numeral closed by a period right before the host's
capitalised name is the host's (the congress's number), never the last word of the title
before it."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["host_ordinal"]


def host_ordinal(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run's closing `. III` and its period given to the host after it."""
    for j in range(len(found) - 2):
        label, a, b = found[j]
        gap, host = found[j + 1], found[j + 2]
        if label != "title" or host[0] != "container-title" or b - a < 3:
            continue
        numeral = tokens[b - 1].text
        if not set(numeral) <= ROMAN or tokens[b - 2].text != ".":
            continue
        if gap[0] != OTHER or gap[2] - gap[1] != 1 or tokens[gap[1]].text != ".":
            continue
        return [
            *found[:j],
            ("title", a, b - 2),
            (OTHER, b - 2, b - 1),
            ("container-title", b - 1, host[2]),
            *found[j + 3 :],
        ]
    return found
