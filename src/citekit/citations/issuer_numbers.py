"""An act whose number follows its issuer's name (`Резолюция Генеральной Ассамблеи ООН 68/262
от 27 марта 2014 г.`, `Резолюция Совета Безопасности ООН 2231 (2015)`): the act's word
(`[legal] issuer_number`), the body's capitalised name, then a bare number (`68/262`, `2231`)
that ends the designation, before its date (a dating word, a bracketed year) or the note's
punctuation. The number is the act's; its words stay in the title."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations.legal_words import legal_words
from citekit.languages import shipped_words

__all__ = ["issuer_number"]

_NAME_WORDS: Final = 6  # the issuer's name holds this many words at most
_YEARS: Final = range(1800, 2100)  # a bare number of a year's size is a date, not a number


@functools.cache
def _pattern() -> re.Pattern[str] | None:
    words = legal_words("issuer_number")
    if not words:
        return None
    kinds = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    dated = "|".join(sorted(map(re.escape, shipped_words("dated")), key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?:{kinds})(?:\s+[^\W\d_][\w-]*){{1,{_NAME_WORDS}}}\s+"
        rf"(?P<n>\d{{1,5}}(?:/\d{{1,4}})?)(?=\s*+(?:$|[.,;:(«\"“]|(?:{dated})(?!\w)))"
    )


def issuer_number(text: str) -> str | None:
    """The number of an act written after its issuer's name, if `text` opens with one."""
    pattern = _pattern()
    if pattern is None:
        return None
    text = text.lstrip()
    found = pattern.match(text)
    if found is None:
        return None
    names = found.group()[: found.start("n") - found.start()].split()[1:]
    if not all(word[:1].isupper() for word in names):
        return None  # the body's name is capitalised (`Генеральной Ассамблеи ООН`)
    number = found.group("n")
    bracketed = text[found.end() :].lstrip().startswith("(")
    if "/" not in number and int(number) in _YEARS and not bracketed:
        return None  # `Резолюция ООН 2014.`: a year
    return number
