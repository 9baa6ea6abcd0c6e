"""A book of a work written after its title with an ordinal (`Evliyâ Çelebi Seyahatnâmesi, 2.
Kitap, haz. …`, `Koca Sinan Paşa Lâyihaları, 3. Kitap`): Turkish writes the ordinal as the
number and its period, and the word after it names a volume (`[words] volume_after`: `Kitap`,
`kitob`, `tom`). Closing the title's run after its comma, the number is the volume and
no title's; the title ends before it. After the title's period the words may be
the title's own sentence (`Türk Edebiyatında İlk Mutasavvıflar. 2. Kitap`)."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.volumes import volume_number
from citekit.languages import shipped_words

__all__ = ["ordinal_book"]


@functools.cache
def _words() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("volume_after"))


def ordinal_book(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's run that closes `, N. Kitap` cut before its comma, `N` the
    volume, when the note names no other volume (see the module's doc)."""
    if any(label == "volume" for label, _a, _b in found):
        return found
    for label, a, b in found:
        if label != "title" or b - a < 5:
            continue
        k = b - 3  # `, N . Kitap`: the number
        if tokens[b - 1].text.casefold() not in _words() or tokens[b - 2].text != ".":
            continue
        if not volume_number(tokens[k].text) or tokens[k - 1].text != ",":
            continue  # `Mutasavvıflar. 2. Kitap`: a sentence of the title may name its book
        labels = labels_at(found, len(tokens))
        labels[k - 1 : b] = [OTHER] * (b - k + 1)
        labels[k] = "volume"
        return runs(labels)
    return found
