"""A quoted title with its description after it in brackets (`“Cumhuriyet’in Kayıp Sesleri”
(kitap incelemesi), Toplum ve Bilim`, `“…” (değerlendirme yazısı)`) or GOST's bracketed
description after a colon (`Title: [пікір] // Егемен Қазақстан`): the description says what
kind of piece it is (a review, a comment), none of the title's words. The title ends at its
closing quote or before the colon; the bracket is no field's (reported with the note's other
text citekit does not carry)."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["description_after_title"]


def _described(tokens: list[Token], a: int, b: int, opener: str, closer: str) -> int | None:
    """Where the title in run `a:b` ends, when the run closes on a bracket of lower-case words
    after the title's closing quote (or, with no quote, after a colon and a square bracket)."""
    if tokens[b - 1].text != closer or b - a < 4:
        return None
    k = b - 2
    while k > a and tokens[k].text != opener:
        k -= 1
    words = [t.text for t in tokens[k + 1 : b - 1]]
    if k <= a or not words or not all(w.isalpha() and w.islower() for w in words):
        return None
    return k


def description_after_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's bracketed description cut off it (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or b - a < 4:
            continue
        quoted = a > 0 and tokens[a - 1].text in QUOTES
        if quoted and tokens[b - 1].text == ")":
            k = _described(tokens, a, b, "(", ")")
            if k is None or tokens[k - 1].text != QUOTES[tokens[a - 1].text]:
                continue
            return [*found[:j], ("title", a, k - 1), (OTHER, k - 1, b), *found[j + 1 :]]
        if tokens[b - 1].text == "]":
            k = _described(tokens, a, b, "[", "]")
            if k is None or tokens[k - 1].text != ":":
                continue
            return [*found[:j], ("title", a, k - 1), (OTHER, k - 1, b), *found[j + 1 :]]
    return found
