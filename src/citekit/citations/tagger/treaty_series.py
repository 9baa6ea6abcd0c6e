"""A treaty cited by the series that printed it, between the series' volume and the treaty's
first page (`Vienna Convention on the Law of Treaties, 23 May 1969, 1155 U.N.T.S. 331`, `729
UNTS 161`; `[legal] treaty_series`): the series is the host, the number before it its volume
and the number after it the page. The model, seeing digits around capitals, reads the three as
a page, a title or a date. A statute book, code or register (`[legal] code_series`) is read the
same way (`115 Stat. 272`, `87 Fed. Reg. 12345`), and a code cited by its section (`22 U.S.C.
§ 5801`) has its volume and name read here, its section by the legal rules."""

from __future__ import annotations

import functools

from citekit.citations.legal_words import legal_words
from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token, tokenize

__all__ = ["treaty_series"]

_VOLUME_DIGITS = 5  # digits of a series' volume at most
_PAGE_DIGITS = 6  # digits of its page at most
_SECTION_MARKS = frozenset({"§", "§§"})  # a code's section after its name: the legal rules' own


@functools.cache
def _series() -> tuple[tuple[str, ...], ...]:
    words = (*legal_words("treaty_series"), *legal_words("code_series"))
    names = {tuple(t.text for t in tokenize(w)) for w in words}
    return tuple(sorted((n for n in names if n), key=len, reverse=True))


def _number(token: Token, digits: int) -> bool:
    return token.text.isdecimal() and len(token.text) <= digits


def treaty_series(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a treaty series' volume, name and page read as such (see the module's
    doc)."""
    names = _series()
    firsts = {name[0] for name in names}
    for k in range(1, len(tokens) - 1):
        if tokens[k].text not in firsts or not _number(tokens[k - 1], _VOLUME_DIGITS):
            continue
        for name in names:
            end = k + len(name)
            if end >= len(tokens) or tuple(t.text for t in tokens[k:end]) != name:
                continue
            sectioned = tokens[end].text in _SECTION_MARKS
            if not sectioned and not _number(tokens[end], _PAGE_DIGITS):
                continue
            if k - 1 > 0 and tokens[k - 2].text in "./":
                continue  # `A/RES/76 UNTS`: a symbol's part, no volume
            out = painted(found, ("volume", k - 1, k))
            out = painted(out, ("container-title", k, end))
            return out if sectioned else painted(out, ("page", end, end + 1))
    return found
