"""A volume's bare number in its own sentence between the host and the imprint: Turkish
Wikipedia's rendered book and encyclopedia references write the volume with no label
(`"Kazakistan". TDV İslâm Ansiklopedisi. 25. İstanbul: Türkiye Diyanet Vakfı. ss. 110-118.`,
`Türkler. 8. Ankara: Yeni Türkiye Yayınları.`). A number of one to three digits alone between
the host's period and the place's run that opens the imprint is the host's volume; after a
house's word (`Türk Tarih Kurumu Yayınları. 12. Ankara`) it is the house's series number."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.titled_authors import publisher_words
from citekit.citations.tagger.tokens import Token

__all__ = ["volume_sentence"]

_DIGITS: Final = 3
_HOSTS: Final = frozenset({"container-title", "title"})


def volume_sentence(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's bare volume read (see the module's doc)."""
    for j in range(1, len(found) - 1):
        label, a, b = found[j]
        if label != OTHER or b - a != 3 or found[j + 1][0] != "publisher-place":
            continue
        if found[j - 1][0] not in _HOSTS or tokens[a].text != "." or tokens[b - 1].text != ".":
            continue
        if tokens[a - 1].text in publisher_words():
            continue  # `Türk Tarih Kurumu Yayınları. 12.`: a house's series number
        number = tokens[a + 1].text
        if number.isdecimal() and len(number) <= _DIGITS and number[0] != "0":
            return [
                *found[:j],
                (OTHER, a, a + 1),
                ("volume", a + 1, a + 2),
                (OTHER, a + 2, b),
                *found[j + 1 :],
            ]
    return found
