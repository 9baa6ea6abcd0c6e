"""A volume's own title after its number is no host. GOST writes a multi-volume work's title,
the volume's label and number, then that volume's title, then the imprint area: `Вяткин М. П.
Очерки по истории Казахской ССР. Т. I. С древнейших времён по 1870 г. — М.: Госполитиздат,
1941.` With no `//` or "in" word, nothing there names a host: the run the model read as one is
the volume's title, given to no field (as a volume written inside the title run leaves it).
So does the hand-written Turkish note its commas part: `Tunaya, Türkiye’de Siyasal Partiler,
C. I, İkinci Meşrutiyet Dönemi, Hürriyet Vakfı Yayınları, İstanbul 1988` (the publisher follows
the volume's title)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["volume_area_title", "volume_own_title"]

_HOST: Final = "container-title"
_IMPRINT: Final = frozenset({"publisher-place", "publisher", "issued"})


def volume_own_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the host's run right after a volume's number and period, before GOST's
    area dash and the imprint, given to no field, when the title comes before the volume."""
    labels = [run[0] for run in found]
    if labels.count(_HOST) != 1 or "volume" not in labels or "title" not in labels:
        return found  # no host, or no volume (most notes)
    texts = text_set(tokens)
    if "//" in texts or "/" in texts:
        return found
    j = labels.index(_HOST)
    if j < 2 or labels[j - 2] != "volume" or labels.index("title") > j:
        return found
    gap = [t.text for t in tokens[found[j - 1][1] : found[j - 1][2]]]
    if found[j - 1][0] != OTHER or gap not in (["."], [","]) or j + 2 >= len(found):
        return found
    after = found[j + 1]
    if gap == [","]:  # the hand-written `Title, C. I, Volume's Title, Publisher, Place Year`
        closed = [t.text for t in tokens[after[1] : after[2]]] == [","]
        if after[0] != OTHER or not closed or found[j + 2][0] != "publisher":
            return found
    elif after[0] != OTHER or tokens[after[2] - 1].text not in DASHES:
        return found  # `. —`: GOST's next area
    if found[j + 2][0] not in _IMPRINT:
        return found
    return [*found[:j], (OTHER, found[j][1], found[j][2]), *found[j + 1 :]]


_LABELLED: Final = 4  # tokens of `Vol . 1 :` before a volume's title
_VOLUME_WORD: Final = "Bvolume"  # the lexicon's mark of a volume's word opening (`Т.`, `Vol.`)


def volume_area_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a volume's title after its number's colon, in the area after the work's
    title, given to no field (its number to the volume), and an entry's name before `//` the
    title when no other is read (see the module)."""
    if ":" not in text_set(tokens) or "title" not in {run[0] for run in found}:
        return found
    out = list(found)
    for j in range(2, len(out)):
        label, a, b = out[j]
        if label != "title":
            continue
        if b - a == 1 and tokens[a].text.isdecimal() and _labelled_number(tokens, marks, a):
            out[j] = ("volume", a, b)  # `— Т. 2. — С. 318.`: the volume's number alone
            continue
        colon = [t.text for t in tokens[out[j - 1][1] : out[j - 1][2]]] == [":"]
        if colon and out[j - 2][0] == "volume":  # `Т. 13 : Канцелярия …`
            out[j] = (OTHER, a, b)
            continue
        labelled = b - a > _LABELLED and _VOLUME_WORD in marks[a] and tokens[a + 1].text == "."
        labelled = labelled and tokens[a + 2].text.isalnum() and tokens[a + 3].text == ":"
        if labelled and any(run[0] == "title" for run in out[:j]):  # `… — Vol. 1 : Origins …`
            out[j : j + 1] = [(OTHER, a, a + 2), ("volume", a + 2, a + 3), (OTHER, a + 3, b)]
    if out == found:
        return found
    untitled = all(run[0] != "title" for run in out) and len(out) > 1 and out[0][0] == "author"
    if untitled and [t.text for t in tokens[out[1][1] : out[1][2]]] == ["/", "/"]:
        out[0] = ("title", out[0][1], out[0][2])  # `Кимаки // Энциклопедия …`
    return out


def _labelled_number(tokens: list[Token], marks: list[set[str]], a: int) -> bool:
    """Whether a volume's word and its period stand right before token `a` (`Т. 2`)."""
    return a >= 2 and tokens[a - 1].text == "." and _VOLUME_WORD in marks[a - 2]
