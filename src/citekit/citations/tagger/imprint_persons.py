"""İSNAD 1 and the Turkish hand write a book's imprint after its persons as `Publisher, Place
Year` (`Kutadgu Bilig, haz. Reşid Rahmeti Arat, TTK Yay., Ankara 1979`, `Seyahatnâme, haz.
Seyit Ali Kahraman, YKY, İstanbul 2003`): the house closed by its word after the editor's comma
is the publisher (`imprinted.house_after_role`), a known city right before the year the place
(`host_places.city_before_year`)."""

from __future__ import annotations

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.host_places import city_before_year
from citekit.citations.tagger.imprinted import house_after_role
from citekit.citations.tagger.tokens import Token

__all__ = ["imprint_after_persons"]


def imprint_after_persons(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the publisher and the place of an imprint written after the persons."""
    return city_before_year(tokens, marks, house_after_role(tokens, marks, found))
