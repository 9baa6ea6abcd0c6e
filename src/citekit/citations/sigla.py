"""A reference list's siglum: Turkology's and classical philology's lists open an entry with
the abbreviation the text cites it by (`DLT: Atalay, Besim (1985). …`, `ED: Clauson, Sir
Gerard (1972). …`, `TMEN: Doerfer 1963-1975.`). The siglum is no author's name: it is read
apart, as CSL's `citation-label`, and the entry is read without it (its place kept blank, so
that every offset stays the note's). Only capitals (and a digit) before a colon, then a
person's name written family first (`Family, I.`, `Family, Given (1985)`) or a name and its
years alone, are one: `NATO: Strategic Concept`, `IMF: Kazakhstan, Selected Issues.` and
`KANT: Werke, Bd. 3` are an author and a title.

Russian Turkology's lists set the siglum off with a dash (`ДТС — Древнетюркский словарь / ред.
…`, `ЭСТЯ — Севортян Э. В. …`) and cite by author and year the same way (`Баскаков 1969 —
Баскаков Н. А. …`): capitals before the dash count when a name in GOST's order (`Севортян Э.
В.`) or a title and its role statement (`/ ред.`, `/ сост.`: a small word after the slash)
follow, the title spelling the capitals (its first word opens on the siglum's first letter,
its words hold the siglum's letters in order); an author and year count when the same family
opens the entry after the dash. A glossary's `Жус — родоплеменное объединение` and the titles
`НАТО — Россия / И. Иванов`, `США — Россия: история отношений / под ред. …`, `ЕГЭ – 2020.
Математика / сост. …` are none."""

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
_DASHED: Final = re.compile(
    r"\s*([^\W\d_][^\W_]{1,5}|(?P<family>[^\W\d_][\w'’-]+)\s[12]\d{3}[^\W\d_]?)\s[—–]\s+"
)
# a name in GOST's order after the dash (`Севортян Э. В.`), or a role statement after a slash
_GOST_NAME: Final = re.compile(r"([^\W\d_][\w'’-]+)\s+[^\W\d_]\.\s?(?:[^\W\d_]\.)?")
_ROLE_STATEMENT: Final = re.compile(r"[^/\n]+\s/\s+[^\W\d_]*[^\W\d\s]\.?")
_NAME_YEARS: Final = re.compile(r"[^\W\d_][\w'’-]+\s+[12]\d{3}(?:\s?[-–]\s?[12]\d{3})?\.?\s*\Z")


def siglum(text: str) -> tuple[str, str | None]:
    """`text` with the siglum that opens it blanked, and the siglum (`text` and None when it
    opens with none)."""
    dashed = _dashed(text)
    if dashed is not None:
        return " " * dashed.end() + text[dashed.end() :], dashed.group(1)
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


def _dashed(text: str) -> re.Match[str] | None:
    """The siglum or author and year set off by a dash, or None (see the module's doc)."""
    found = _DASHED.match(text)
    if found is None:
        return None
    named = _GOST_NAME.match(text, found.end())
    family = found.group("family")
    if family is not None:
        return found if named is not None and named.group(1) == family else None
    if not found.group(1).isupper():
        return None
    if named is not None:
        return found
    role = _ROLE_STATEMENT.match(text, found.end())
    if role is None or not role.group().rsplit("/", 1)[1].strip()[:1].islower():
        return None
    head = role.group().rsplit("/", 1)[0]
    return found if _spells(found.group(1), head) else None


def _spells(siglum: str, title: str) -> bool:
    """Whether the title a siglum stands for opens with its first letter and its words'
    letters hold the siglum's in order, its last letter a word's initial (`ДТС` for
    `Древнетюркский словарь`, `ЭСТЯ` for `Этимологический словарь тюркских языков`; not `США
    — Россия: история отношений`, `ЕГЭ – 2020. Математика`)."""
    words = re.findall(r"[^\W\d_]+", title.casefold())
    letters = siglum.casefold()
    if not words or words[0][0] != letters[0] or not any(w[0] == letters[-1] for w in words[1:]):
        return False
    rest = iter("".join(words))
    return all(letter in rest for letter in letters)
