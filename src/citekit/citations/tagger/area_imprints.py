"""GOST's publication area after the title's area: `Title. — Place : Publisher, Year`. When the
model read the place and the publisher into the title (notes typed in capitals, whose places
the lexicon does not know: `ИСТОРИЯ ТУРКМЕНИИ XX В. — АШХАБАД: ЫЛЫМ, 1990`), the area's
period and dash, one to three capitalised words, the colon and a capitalised name before the
year's comma are the place and the publisher: a title never holds that shape."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import LONG_DASHES, Token, text_set

__all__ = ["area_in_title"]

_MAX_PLACE: Final = 3  # tokens of a place: `АЛМА - АТА`, `Нижний Новгород`
_HYPHENS: Final = frozenset({"-", "‐"})


def _place(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are one to three capitalised words (hyphens between)."""
    words = [t.text for t in tokens[a:b] if t.text not in _HYPHENS]
    return (
        0 < b - a <= _MAX_PLACE
        and bool(words)
        and all(w.isalpha() and w[0].isupper() for w in words)
    )


def area_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `. — Place : Publisher` closing the title's run before `, Year` read as
    the place and the publisher, when the note names neither."""
    texts = text_set(tokens)
    if ":" not in texts or "." not in texts or LONG_DASHES.isdisjoint(texts):
        return list(found)  # no `. — Place :` (most notes)
    labels = [label for label, _, _ in found]
    if "publisher-place" in labels or "publisher" in labels or "title" not in labels:
        return list(found)  # most notes
    j = labels.index("title")
    _, a, b = found[j]
    after = [run for run in found[j + 1 :] if run[0] != OTHER]
    if not after or after[0][0] != "issued" or tokens[b].text != ",":
        return list(found)
    for i in range(a + 1, b - 3):
        if tokens[i].text != "." or tokens[i + 1].text not in LONG_DASHES:
            continue
        colon = next((k for k in range(i + 2, b) if tokens[k].text == ":"), None)
        if colon is None or colon + 1 >= b or not _place(tokens, i + 2, colon):
            continue
        if not tokens[colon + 1].text[:1].isupper():
            continue
        runs: list[Run] = [
            ("title", a, i),
            (OTHER, i, i + 2),
            ("publisher-place", i + 2, colon),
            (OTHER, colon, colon + 1),
            ("publisher", colon + 1, b),
        ]
        return [*found[:j], *runs, *found[j + 1 :]]
    return list(found)
