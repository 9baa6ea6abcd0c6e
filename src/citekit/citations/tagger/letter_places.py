"""A place of publication shortened to its first letter. GOST's imprint area opens after its
dash with the place, its colon, then the publisher (`– М.: Наука, 1993`), and the cities that
print most are shortened to a letter: Moscow's `М.`, Kyiv's `К.`, Tashkent's `Т.` (`T.` in
Uzbek Latin), Almaty's `А.`. A capital letter and its period right before the imprint's colon,
after the area's dash, is the place (the publisher's name after the colon, up to the comma
before the year, is the publisher), whatever the language files list."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["letter_place"]

_SEPARATORS: Final = frozenset(";:/")  # what parts imprints, never inside one publisher's name
_NAME_WORDS: Final = 5  # a publisher's words after the colon at most


def letter_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a one-letter place before the imprint's colon read as the place (see the
    module's doc)."""
    texts = text_set(tokens)
    if ":" not in texts or texts.isdisjoint(DASHES):
        return found  # no imprint's colon, or no area's dash before the place (most notes)
    n = len(tokens)
    for i in range(1, n - 4):
        letter = tokens[i].text
        if len(letter) != 1 or not letter.isalpha() or not letter.isupper():
            continue
        if (
            tokens[i - 1].text not in DASHES
            or tokens[i + 1].text != "."
            or tokens[i + 2].text != ":"
        ):
            continue
        if tokens[i].start == tokens[i - 1].end:
            continue  # `М.–Л.:`: two places joined, not the area's dash
        comma = next(
            (k for k in range(i + 3, min(n, i + 4 + _NAME_WORDS)) if tokens[k].text == ","), None
        )
        if comma is None or comma + 1 >= n or not is_year(tokens[comma + 1].text):
            continue
        words = tokens[i + 3 : comma]
        if not words or not words[0].text[:1].isupper() or any(t.text.isdigit() for t in words):
            continue
        if any(t.text in _SEPARATORS for t in words):
            continue  # `М. : Экономика ; Новосибирск : Наука`: a second imprint
        out = painted(found, ("publisher-place", i, i + 2))
        out = painted(out, (OTHER, i + 2, i + 3))
        return painted(out, ("publisher", i + 3, comma))
    return found
