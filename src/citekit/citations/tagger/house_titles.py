"""A house read as the title, the title as a host. A book note names its title, then its
publisher closed by a house's word of the lexicon (`Yay.`, `Yayınları`, `Press`, `Баспасы`),
then its place (`Nadir Devlet, Rusya Türklerinin Millî Mücadele Tarihi (1905-1917), Türk
Kültürünü Araştırma Enstitüsü Yay., Ankara, 1985`). When the model read the house as the
title and the title before it as a host, in a note with no other title and no publisher, the
two runs are read the other way round: a title never closes on a house's word before a place."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["house_read_as_title"]

_AFTER: Final = frozenset({"publisher-place", "issued"})  # what follows the house's comma


def house_read_as_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title run that closes on a house's word read as the publisher, and the
    one host run before it as the title (see the module's doc)."""
    labels = [run[0] for run in found]
    if labels.count("title") != 1 or labels.count("container-title") != 1 or "publisher" in labels:
        return found
    j, h = labels.index("title"), labels.index("container-title")
    if h > j:
        return found
    _, a, b = found[j]
    last = b - 1 if tokens[b - 1].text == "." and b - 2 >= a else b
    if "Bpublisher" not in marks[last - 1] or tokens[last - 1].text[:1].islower():
        return found
    nxt = next((run for run in found[j + 1 :] if run[0] != OTHER), None)
    if nxt is None or nxt[0] not in _AFTER or tokens[b].text not in (",", "."):
        return found
    _, c, d = found[h]
    if c < 1 or tokens[c - 1].text != ",":
        return found  # the host after `In`, `//`: a part's host
    return [*found[:h], ("title", c, d), *found[h + 1 : j], ("publisher", a, b), *found[j + 1 :]]
