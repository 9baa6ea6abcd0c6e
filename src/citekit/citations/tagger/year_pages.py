"""Chicago's and İSNAD's journal form closes the issue's year in brackets and gives the pages
after a colon (`Bilig 8 (2019): 1456-1472.`, `Türkiyat Mecmuası 14 (2004 ): 55-78`, `Central
Asian Survey 31, no. 2 (June 2012): 233-250`): the number or range right after `):` is the
pages, however much four-digit pages look like a span of years. İSNAD 2 writes a comma there
(`Akademik Tarih ve Düşünce Dergisi 8/3 (Eylül 2021), 1120.`): after a bracketed date that
follows the issue's number, a number or range that closes the note or its sentence is the
cited page too."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["pages_after_year"]

_BRACKET: Final = 5  # tokens of a bracketed date at most (`June 2012`, `Mar . 2022`)
_YEAR_DIGITS: Final = 4
_PAGE_DIGITS: Final = 5


def _year_bracket(tokens: list[Token], k: int, *, numbered: bool = False) -> bool:
    """Whether the bracket closing at token `k` opens a few tokens before and holds a year
    (and, `numbered`, follows an issue's number: `8/3 (Eylül 2021)`)."""
    for j in range(k - 1, max(-1, k - 1 - _BRACKET), -1):
        text = tokens[j].text
        if text == "(":
            if numbered and not (j > 0 and tokens[j - 1].text.isdecimal()):
                return False
            return any(
                tokens[i].text.isdecimal() and len(tokens[i].text) == _YEAR_DIGITS
                for i in range(j + 1, k)
            )
        if text == ")":
            return False
    return False


def _number(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a page's number: a few digits alone."""
    return k < len(tokens) and tokens[k].text.isdecimal() and len(tokens[k].text) <= _PAGE_DIGITS


def pages_after_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number or range after a bracketed year and its colon as the pages (see
    the module's doc)."""
    if ")" not in text_set(tokens):
        return found
    for k in range(1, len(tokens) - 2):
        mark = tokens[k + 1].text
        if tokens[k].text != ")" or mark not in ":," or not _number(tokens, k + 2):
            continue
        if not _year_bracket(tokens, k, numbered=mark == ","):
            continue
        end = k + 3
        if end + 1 < len(tokens) and tokens[end].text in DASHES and _number(tokens, end + 1):
            end += 2
        if end < len(tokens) and tokens[end].text not in (".,;<)" if mark == ":" else ".;"):
            return found  # the number opens more than the pages (`): 12 Mart`)
        if any(label == "page" and a == k + 2 and b == end for label, a, b in found):
            return found
        return painted(found, ("page", k + 2, end))
    return found
