"""A reference list's siglum: Turkology's and classical philology's lists open an entry with
the abbreviation the text cites it by (`DLT: Atalay, Besim (1985). …`, `ED: Clauson, Sir
Gerard (1972). …`, `TMEN: Doerfer 1963-1975.`). The siglum is no author's name: it is read
apart, as CSL's `citation-label`, and the entry is read without it (its place kept blank, so
that every offset stays the note's). Only capitals (and a digit) before a colon, then a
person's name written family first (`Family, I.`, `Family, Given (1985)`) or a name and its
years alone, are one: `NATO: Strategic Concept`, `IMF: Kazakhstan, Selected Issues.` and
`KANT: Werke, Bd. 3` are an author and a title."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["siglum"]

_SIGLUM: Final = re.compile(r"\s*([^\W\d_][^\W_]{1,5})\s?:\s+")  # its capitals told below
# after it: `Family, I.` (an initial), or `Family, Given (1985` / `Family, Given – Family,` (one
# or two capitalised given names, then the date's bracket or the next name's dash); or a name
# and its years closing the entry (`IMF: Kazakhstan, Selected Issues.`, `TASS: Russia,
# Kazakhstan sign agreement (12 May 2019)` are an author or an agency and a title)
_FAMILY_FIRST: Final = re.compile(
    r"[^\W\d_][\w'’-]+,\s+(?:[^\W\d_]\.|(?P<given>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)"
    r"\s*(?:\(\d{4}|[–—]\s*[^\W\d_][\w'’-]+,))"
)
_NAME_YEARS: Final = re.compile(r"[^\W\d_][\w'’-]+\s+[12]\d{3}(?:\s?[-–]\s?[12]\d{3})?\.?\s*\Z")


def siglum(text: str) -> tuple[str, str | None]:
    """`text` with the siglum that opens it blanked, and the siglum (`text` and None when it
    opens with none)."""
    found = _SIGLUM.match(text) if text[:8].count(":") == 1 else None
    if found is None or not found.group(1).isupper():
        return text, None  # `Ettuhfe: Atalay, …`: a word, no siglum
    rest = found.end()
    if not text[rest : rest + 1].isupper():
        return text, None
    named = _FAMILY_FIRST.match(text, rest)
    given = named.group("given") if named is not None else None
    if given is not None and not all(w[:1].isupper() for w in given.split()):
        named = None  # `AA: Türkiye, Azerbaycan ve Gürcistan (2021)`: a headline
    if named is None and _NAME_YEARS.match(text, rest) is None:
        return text, None
    return " " * rest + text[rest:], found.group(1)
