"""A Roman ordinal opening a title after its author's comma: `Yusuf Halaçoğlu, XVIII.
Yüzyılda Osmanlı İmparatorluğu’nun İskân Siyaseti`, `Ahmet Kaya, II. Abdülhamid Dönemi`.
Turkish writes an ordinal with a period after its number (`XVIII. yüzyıl`, the 18th century),
and the model reads the Roman number after the name's comma as a given name (`Halaçoğlu,
XVIII.`). A Roman number of two letters or more, glued to its period and followed by a
capitalised word that opens the title, is no person's initial: it opens the title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["roman_opens_title"]

_ORDINAL_LETTERS: Final = frozenset("IVX")  # centuries, congresses, volumes: I to XXXIX


def _ordinal(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a Roman number of two letters or more glued to a period."""
    text = tokens[k].text
    if len(text) < 2 or not set(text) <= _ORDINAL_LETTERS:
        return False
    return (
        k + 1 < len(tokens) and tokens[k + 1].text == "." and tokens[k].end == tokens[k + 1].start
    )


def roman_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an author run's last token, a Roman ordinal after its comma, and the period
    after it given to the title the next run holds."""
    for j in range(len(found) - 2):
        label, a, b = found[j]
        dot, title = found[j + 1], found[j + 2]
        if label != "author" or title[0] != "title" or dot[0] != OTHER:
            continue
        if b - a < 3 or tokens[b - 2].text != "," or not _ordinal(tokens, b - 1):
            continue
        if (dot[1], dot[2]) != (b, b + 1) or not tokens[title[1]].text[:1].isupper():
            continue
        return [
            *found[:j],
            ("author", a, b - 2),
            (OTHER, b - 2, b - 1),
            ("title", b - 1, title[2]),
            *found[j + 3 :],
        ]
    return found
