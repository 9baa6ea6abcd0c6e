"""An imprint's spans the model cut short. Places joined by a dash glued to both (`М.—Л.:`,
`М.-Л.:`) are one place, as GOST's `М.; Л.:` is. After `Place:` the publisher's name runs to the
year's comma, across the abbreviations it is written with (`М.: Наука. Гл. ред. вост. лит.,
1963`, `М.: Изд-во вост. лит., 1960`, `Алма-Ата: Гл. ред. Казахской советской энциклопедии,
1985`, `Київ : Укр. енцикл., 2004`): words, periods, hyphens and quotes only, no mark that opens
another area."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["joined_places", "publisher_to_year"]

_DASHES: Final = DASHES | {"‐"}
# what the model may call a piece of the publisher's name after `Place:`
_PIECES: Final = frozenset({OTHER, "publisher", "title", "container-title"})
_NAME_MARKS: Final = frozenset({".", "-", "«", "»", '"', "„", "“", "”", "&"})
_MAX_NAME: Final = 16  # tokens of one publisher's name


def joined_places(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a place of the lexicon and a dash glued to both it and the place run
    after it (`М.—Л.`) joined to that place."""
    for j in range(1, len(found)):
        label, a, b = found[j]
        if label != "publisher-place" or a < 3:
            continue
        before, c, d = found[j - 1]
        dash, left = tokens[a - 1], tokens[a - 2]
        if before != OTHER or d != a or c > a - 3 or dash.text not in _DASHES:
            continue
        if left.end != dash.start or dash.end != tokens[a].start:
            continue
        if not one_place(marks, a - 3, a - 1):
            continue
        head = [(OTHER, c, a - 3)] if c < a - 3 else []
        return [*found[: j - 1], *head, ("publisher-place", a - 3, b), *found[j + 1 :]]
    return found


def publisher_to_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the publisher after `Place:` run on to the year's comma over the pieces
    the model gave other labels (`Наука . Гл | . ред . вост . лит | , | 1963`)."""
    labels = [run[0] for run in found]
    if "publisher" not in labels or "issued" not in labels:
        return found
    j = labels.index("publisher")
    _, a, b = found[j]
    if j < 2 or labels[j - 2] != "publisher-place" or labels[j - 1] != OTHER:
        return found
    colon = found[j - 1]
    if colon[2] - colon[1] != 1 or tokens[colon[1]].text != ":":
        return found
    k = j + 1
    while k < len(found) and labels[k] in _PIECES:
        k += 1
    if k == len(found) or labels[k] != "issued" or labels[k - 1] != OTHER:
        return found
    d = found[k - 1][2]
    end = d - 1
    if tokens[end].text != "," or end <= b or end - a > _MAX_NAME:
        return found
    if any(not (t.text.isalnum() or t.text in _NAME_MARKS) for t in tokens[b:end]):
        return found
    return [*found[:j], ("publisher", a, end), (OTHER, end, d), *found[k:]]
