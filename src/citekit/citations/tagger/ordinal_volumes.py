"""A volume named by its ordinal: Turkish and German write an ordinal as its number and a glued
period, and name a volume so (`Osmanlı Devleti Tarihi, II. Cilt, İstanbul 1990`, `Tarih-i
Cevdet, 5. cilt`, `Geschichte, 2. Band, Berlin`). The number before the period and a volume's
word (`[words] volume`, a whole word) is the volume; the word and its period are no field's,
no title's tail and no publisher."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.ordinal_titles import glued_ordinal
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["ordinal_volume"]


@functools.cache
def _volume_words() -> frozenset[str]:
    """The volume's words written whole (`Cilt`, `cilt`, `Band`), no abbreviation."""
    return frozenset(w for w in shipped_words("volume") if w.isalpha() and len(w) > 2)


def ordinal_volume(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `II. Cilt` read as the volume `II` (see the module's doc), in a note with
    no volume."""
    if any(run[0] == "volume" for run in found):
        return found
    if _volume_words().isdisjoint(text_set(tokens)):
        return found  # no volume's word (most notes)
    for k in range(1, len(tokens) - 2):
        if tokens[k + 2].text not in _volume_words() or not glued_ordinal(tokens, k):
            continue
        if tokens[k - 1].text not in {",", "."}:
            continue
        if k + 3 < len(tokens) and tokens[k + 3].text not in {",", ".", ":", ";", "("}:
            continue  # `2. Cilt Tarihi`: a name's words go on
        return painted(painted(found, ("volume", k, k + 1)), (OTHER, k + 1, k + 3))
    return found
