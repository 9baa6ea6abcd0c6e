"""A history's title names its period in brackets and goes on after a colon (`Osmanlı Nüfusu
(1830-1914): Demografik ve Sosyal Özellikleri`, `Türkiye’de Milli İktisat (1908-1918):
…`): the bracketed span of years is the title's own, never the work's date, and the words
after its colon, up to the sentence's period or comma (or as far as the model's title runs on
past its commas), are the title's subtitle."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, is_year, painted
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["spanned_title"]

_SPAN: Final = 6  # `( 1830 - 1914 ) :`
_ENDS: Final = frozenset({".", ",", "(", ";"})
_HEADS: Final = frozenset({"title", "author"})


def _span_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens `k`… are a bracketed span of years and a colon (`(1830-1914):`)."""
    if k + _SPAN >= len(tokens):
        return False
    opens, first, dash, last, closes, colon = (t.text for t in tokens[k : k + _SPAN])
    return (
        opens == "("
        and dash in DASHES
        and closes == ")"
        and colon == ":"
        and is_year(first)
        and is_year(last)
        and int(first) < int(last)
    )


def _subtitle_end(tokens: list[Token], k: int) -> int | None:
    """Where the subtitle that opens at `k` ends (its sentence's period or comma), or None."""
    if not tokens[k].text[:1].isupper():
        return None
    for i in range(k, len(tokens)):
        text = tokens[i].text
        initial = len(tokens[i - 1].text) == 1 and tokens[i - 1].text.isupper()
        if text in _ENDS and not (text == "." and initial):
            return i
    return None


def spanned_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title, its bracketed span of years and its subtitle as one title."""
    if ":" not in text_set(tokens) or "(" not in text_set(tokens):
        return found  # most notes (at C speed)
    for k in range(1, len(tokens) - _SPAN):
        if tokens[k].text != "(" or not _span_at(tokens, k):  # the bracket first: one look
            continue
        head = next((j for j, (_, a, b) in enumerate(found) if a <= k - 1 < b), None)
        if head is None or found[head][0] not in _HEADS:
            return found
        label, a, _ = found[head]
        if label == "author" and not any(run[0] == "author" for run in found[:head]):
            return found  # the note's first names are its author's
        end = _subtitle_end(tokens, k + _SPAN)
        if end is None:
            return found
        # … or where the title's run the model read goes on past the subtitle's commas
        # (`(1839-1908): İslamlaşma, Otokrasi ve Disiplin, çev.`: a list of the subtitle's)
        held = next((b for label, c, b in found if label == "title" and c <= k + _SPAN < b), end)
        return painted(found, ("title", a, max(end, held)))
    return found
