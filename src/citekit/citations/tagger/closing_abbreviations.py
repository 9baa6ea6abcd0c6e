"""A work's value closing with an abbreviation whose glued period follows it (`в 1980-е
гг.`, `XX в.`, `in the U.S.`, `Washington, D.C.`): the period is the abbreviation's, kept with
the value, no sentence's end (`[words] closing_abbreviations`), inside a title's closing quote
too (`«Кримськотатарський національний рух у 1960–1980-х рр.»`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.elsevier_imprints import volume_year
from citekit.citations.tagger.nature_hosts import harvard_volume, nature_volume
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.citations.tagger.year_volume_pages import abbreviated_word, numbers_after_year
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["abbreviated_genre", "abbreviated_host_end", "closing_abbreviation", "company_closing"]

# after a run's last word, an opening bracket too (`гг. [Электронный ресурс]`), and the
# quote closing a quoted title (`«… у 1960–1980-х рр.»`)
_RUN_MARKS: Final = DASHES | {".", ":", ";", ",", "(", "[", "»", "”", '"'}


@functools.cache
def _closing_words() -> frozenset[str]:
    return frozenset(shipped_words("closing_abbreviations"))


def closing_abbreviation(tokens: list[Token], value: str, b: int) -> bool:
    """Whether a work's value ends with an abbreviation ("гг", "ст", "yy", a dotted `U.S.`)
    whose period, glued to it, the run's end or the next token is (an area's dash the run took
    may follow: `1991–2001 гг. —`)."""
    k = b - 1
    while k > 0 and tokens[k].text in _RUN_MARKS:
        k -= 1
    if k < 0 or k + 1 >= len(tokens):
        return False
    word = tokens[k].text
    capitals = word.isupper() and value.isupper()  # `ИСТОРИЯ … XX В.`: a title in capitals
    dotted = (  # a dotted abbreviation's last letter: `in the U.S.`, `Washington, D.C.`
        len(word) == 1
        and word.isalpha()
        and k >= 2
        and tokens[k - 1].text == "."
        and len(tokens[k - 2].text) == 1
        and tokens[k - 2].end == tokens[k - 1].start
        and tokens[k - 1].end == tokens[k].start
    )
    if (
        word not in _closing_words()
        and not (capitals and word.lower() in _closing_words())
        and not dotted
    ):
        return False
    period = tokens[k + 1]
    return period.text == "." and period.start == tokens[k].end and value.endswith(tokens[k].text)


def abbreviated_host_end(tokens: list[Token], value: str, b: int) -> bool:
    """Whether a host's abbreviated name (`Appl. Sci`, `IEEE Trans. Ind. Electron`, `Eurasian
        Phys. Tech. J`) ends with a word whose glued period, then a comma, follows the run: the
        comma parts the fields, so the period is the abbreviation's. The name holds another
        abbreviated word, or its last word is one letter (`J.`). So does ACS's, before the year and
        its comma, in a name abbreviated throughout (`Russ. J. Appl. Chem. 2019, 92`) or before
    MDPI's volume and its comma (`Agric. Water Manag. 2017, 185,`), and Nature's
        before the volume (`Remote Sens. Environ. 231, 111–125 (2019).`)."""
    if b >= 2 and tokens[b - 1].text == "." and b < len(tokens):
        b -= 1  # the run took the period in
    if b + 1 >= len(tokens) or b < 1:
        return False
    last, period, comma = tokens[b - 1], tokens[b], tokens[b + 1]
    if not (last.text.isalpha() and period.text == "." and period.start == last.end):
        return False
    if not value.endswith(last.text):
        return False
    if volume_year(tokens, b + 1) is not None:
        return True  # Elsevier's `Energy Rep. 7 (2021)`: no sentence's period before a volume
    if _nature_volume(tokens, b + 1) or harvard_volume(tokens) == b + 1:
        return (
            ". " in value
            or len(last.text) == 1
            or (_short_abbreviation(last.text) and " " in value)  # `Aeolian Res.`, not `Land.`
        )
    # … or ACS's year and its comma (`Russ. J. Appl. Chem. 2019, 92 (5), 123`)
    dated = len(comma.text) == 4 and comma.text.isdecimal() and b + 2 < len(tokens)
    if not (comma.text == "," or (dated and tokens[b + 2].text == ",")):
        return False
    mdpi = comma.text != "," and numbers_after_year(tokens, b + 1) is not None
    if mdpi and abbreviated_word(last.text) and " " in value:
        return True  # `Remote Sens. 2018, 10,`; not `History. 2019`, nor one word (`Water. 2019`)
    if comma.text != "," and not _all_abbreviated(tokens, value, b):
        return False  # `Journal of Econ. History. 2019`: the sentence's period
    return len(last.text) == 1 or ". " in value


_SHORT_WORD: Final = 3  # letters of a host's abbreviated last word at most (`Res`, `Sci`)


@functools.cache
def _whole_words() -> frozenset[str]:
    """The whole short words a journal's name closes on (`[types] host_closing_words`: `Law`)."""
    return frozenset(w.casefold() for w in shipped_type_words("host_closing_words"))


def _short_abbreviation(word: str) -> bool:
    """Whether a host's last word is a short abbreviation (`Res`, `Sci`, `Rev`; not `Studies`,
    `Journal`, `Land`, nor a whole word of the language files, `Law`: words a writer may close
    with a sentence's period)."""
    return (
        len(word) <= _SHORT_WORD
        and abbreviated_word(word)
        and word.casefold() not in _whole_words()
    )


def _nature_volume(tokens: list[Token], k: int) -> bool:
    """Whether Nature's volume stands at `k`, the note closing on `VOL, PAGES (YEAR).`."""
    return tokens[k].text.isdecimal() and nature_volume(tokens) == k


def _all_abbreviated(tokens: list[Token], value: str, b: int) -> bool:
    """Whether every capitalised word of the host's name before its last has its period."""
    k, words = b - 1, 0
    while k >= 0 and words < len(value.split()):
        capital = tokens[k].text[:1].isupper() and tokens[k].text.isalpha() and k < b - 1
        if capital and (k + 1 >= len(tokens) or tokens[k + 1].text != "."):
            return False
        words += tokens[k].text.isalpha()
        k -= 1
    return True


@functools.cache
def _company_words() -> frozenset[str]:
    return frozenset(shipped_words("company_abbreviations"))


def company_closing(tokens: list[Token], value: str, b: int) -> bool:
    """Whether a house's name ends with a company's abbreviation (`[words]
    company_abbreviations`: `Co`, `Inc`, `Şti`) whose glued period follows the run: the
    period is the abbreviation's (`Luzac and Co.`, `Encyclopaedia Britannica, Inc.`)."""
    if b < 1 or b > len(tokens):
        return False
    if tokens[b - 1].text == "." and b >= 2:  # the run took the period in
        b -= 1
    if b >= len(tokens):
        return False
    last, period = tokens[b - 1], tokens[b]
    return (
        last.text in _company_words()
        and period.text == "."
        and period.start == last.end
        and value.endswith(last.text)
    )


@functools.cache
def _genre_abbreviations() -> frozenset[str]:
    """The abbreviated last words of the thesis words (`PhD diss.`, `дис.`), case-folded."""
    words = (w.split()[-1] for w in shipped_words("thesis") if w.split())
    return frozenset(w.casefold() for w in words if w.endswith(".") and len(w) > 2)


def abbreviated_genre(tokens: list[Token], value: str, b: int) -> bool:
    """Whether a genre closes with a thesis word's abbreviation whose glued period the run took
    in or follows it (`PhD diss.`, `канд. … дис.`): the period is the abbreviation's."""
    words = value.split()
    if not words or b < 2 or f"{words[-1]}.".casefold() not in _genre_abbreviations():
        return False
    k = b - 1 if tokens[b - 1].text == "." else b  # the run's period, else the next token
    return k < len(tokens) and tokens[k].text == "." and tokens[k].start == tokens[k - 1].end
