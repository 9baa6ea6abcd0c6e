"""A Russian degree's thesis as the transliterated reference lists of Russian journals write
it: `Title. Cand. Sci. (Hist.) diss. Karaganda, 2011. 187 p.`, `Extended abstract of Dr. Sci.
(Econ.) diss.`. The degree (`[types] degree`), its field's bracketed abbreviation and the thesis
word after it (`diss.`, `dissertation`, `thesis`) are the thesis's genre, no title's words; the
abstract's words before or after them (`[types] degree_abstract`, `degree_after`) belong to
it."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token, token_texts
from citekit.languages import shipped_type_words

__all__ = ["degree_genre"]

_THESIS: Final = frozenset({"diss", "dissertation", "thesis"})
_FIELD: Final = 10  # tokens of the field's bracket at most: `( Phys . - Math . )`


@functools.cache
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of `[types] key` as token texts, longest first."""
    found = {tuple(token_texts(p)) for p in shipped_type_words(key)}
    return tuple(sorted(found, key=len, reverse=True))


def _at(texts: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(texts[i : i + len(phrase)]) == phrase


def _field_end(texts: list[str], i: int) -> int:
    """The token after the field's bracket opening at `i` (`(Hist.)`), or `i` when none."""
    if i >= len(texts) or texts[i] != "(":
        return i
    close = next(
        (k for k in range(i + 1, min(len(texts), i + 2 + _FIELD)) if texts[k] == ")"), None
    )
    return i if close is None else close + 1


def degree_genre(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Russian degree's thesis read as its genre (module doc)."""
    texts = [t.text for t in tokens]
    if "Sci" not in texts:
        return found  # every degree's phrase holds `Sci.`: most notes have none
    for i in range(1, len(texts)):
        degree = next((p for p in _phrases("degree") if _at(texts, i, p)), None)
        if degree is None:
            continue
        end = _field_end(texts, i + len(degree))
        if end >= len(texts) or texts[end].casefold() not in _THESIS:
            continue
        start = i
        lead = next((p for p in _phrases("degree_abstract") if _at(texts, i - len(p), p)), None)
        if lead is not None:
            start = i - len(lead)
        end += 1
        after = end + 1 if end < len(texts) and texts[end] == "." else end
        if after < len(texts) and (texts[after],) in _phrases("degree_after"):
            end = after + 1  # `diss. abstract`: the thesis's abstract
        return painted(found, ("genre", start, end))
    return found
