"""A news agency's name that opens the note as a sentence of its own: `Interfax. Kazakhstan to
cut oil output. 12.03.2020. URL`, `ҚазАқпарат. Тоқаев … 2023. 14 ақпан.` An outlet named
whole (the language files' `[types] news_site`, `magazine`) closed by a period or a colon
before the headline is the item's host, never the headline's first words."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["outlet_opens_title"]

_MAX_TOKENS: Final = 8  # tokens of an outlet's name at most


@functools.cache
def _outlets() -> frozenset[str]:
    """News outlets and magazines named whole, folded, one space between words."""
    names = shipped_type_words("news_site") | shipped_type_words("magazine")
    return frozenset(" ".join(w.casefold().split()) for w in names)


def _written(tokens: list[Token], a: int, b: int) -> str:
    """Tokens `a`..`b` as written (a space where the text has one), folded."""
    parts = [tokens[a].text]
    for k in range(a + 1, b):
        parts.append((" " if tokens[k].start > tokens[k - 1].end else "") + tokens[k].text)
    return "".join(parts).casefold()


def outlet_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an outlet's name and its period (or colon) cut from the head of the title
    run that opens the note, as the host, when the note names no host and no author."""
    j = next((j for j, run in enumerate(found) if run[0] != OTHER), None)
    if j is None or found[j][0] != "title":
        return found
    if any(run[0] in ("container-title", "author") for run in found):
        return found
    _, a, b = found[j]
    for k in range(a + 1, min(b - 1, a + _MAX_TOKENS + 1)):
        mark = tokens[k]
        if mark.text not in ".:" or mark.start != tokens[k - 1].end:
            continue
        if tokens[k + 1].start == mark.end:
            continue  # `Lenta.ru`: a period inside the name
        if _written(tokens, a, k) not in _outlets():
            return found
        return [
            *found[:j],
            ("container-title", a, k),
            (OTHER, k, k + 1),
            ("title", k + 1, b),
            *found[j + 1 :],
        ]
    return found
