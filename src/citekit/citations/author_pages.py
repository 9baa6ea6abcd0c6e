"""A short note of an author and a page alone: `Шилова, с. 45.`, `Smith and Jones, 45.`,
`Yılmaz, s. 12.`, `Әбдіров, 5 б.` repeat the one work of that author a text cites (Chicago's
and GOST's short note when no other work of the author is cited). A family name and a pinpoint
are the whole note: the name is the author, the number the page, and there is no title (and a
bare number closing a note is a page, never an edition, which has its word). A
place (`Moscow, 45`) or a country is no author; names of several words stay titles, as a
short title may be (`Great Games, 61`)."""

from __future__ import annotations

import functools
import re
from typing import Final

from attrs import evolve

from citekit._text import unmixed
from citekit.citations._words import patterns
from citekit.citations.names import split_names, to_name
from citekit.citations.tagger.features import text_marks
from citekit.languages import available_languages, country_names, language
from citekit.model import Citation

__all__ = ["author_and_page"]

_MAX_NAMES: Final = 3  # "Smith and Jones, 45", "Иванов и Петров, с. 5"
_JOINS: Final = re.compile(r"[-'’]")  # inside a family name: `Ахмед-Заки`, `O'Brien`
_RANGE: Final = re.compile(r"\d+(?:\s*[-–—]\s*\d+)?")


def _pinpoint(tail: str) -> str | None:
    """The page a note's last part gives when it is a pinpoint and nothing more: `45`,
    `с. 45`, `ss. 33-35`, `5 б.`, `88-б.`."""
    tail = tail.strip().rstrip(".").strip()
    if _RANGE.fullmatch(tail):
        return tail
    p = patterns()
    before = p.page_before.search(tail)
    if before is not None and before.start() == 0 and before.end() >= len(tail) - 1:
        return before.group(1).strip()
    after = p.page_after.search(tail + ".")
    if after is not None and after.start() == 0 and after.end() >= len(tail):
        return after.group(1).strip()
    return None


@functools.cache
def _common() -> frozenset[str]:
    """The common words of every shipped language (`[langid] common`), casefolded: a word of
    the language (`Introduction`, `Giriş`) is a short title, not a family name."""
    return frozenset(
        w.casefold() for code in available_languages() for w in language(code).common_words
    )


def _family(word: str) -> bool:
    """Whether `word` may be a family name written alone: capitalised, no place, no country."""
    letters = _JOINS.sub("", word)
    if not letters.isalpha() or not word[:1].isupper() or not letters[1:].islower():
        return False  # an acronym (`ЦГА`, `BOA`) is no family name
    if word.casefold() in country_names() or word.casefold() in _common():
        return False
    return not text_marks([word])[0] & {"cities", "places"}


def author_and_page(text: str, found: Citation) -> Citation:
    """`found` read again as an author and a page when `text` is a family name (or a few,
    joined by `and`) and a pinpoint alone; `found` as it is otherwise."""
    if "," not in text:
        return found
    head, _, tail = unmixed(text).strip().rpartition(",")
    page = _pinpoint(tail)
    if page is None or not head.strip():
        return found
    if found.page is None and found.edition == tail.strip(" ."):
        # `Әбдіров, «Арал мәселесі», 5.`: a bare number closing a note is its page; an
        # edition is written with its word (`5-бас.`, `2nd ed.`, `2-е изд.`)
        return evolve(found, edition=None, page=page)
    if "," in head:
        return found  # `Horton, Graphics, 152.`: an author and a short title, not two authors
    names = split_names(head.strip())
    if not 0 < len(names) <= _MAX_NAMES or any(not _family(n.strip()) for n in names):
        return found
    authors = tuple(to_name(n) for n in names)
    return Citation(
        type=found.type, authors=authors, page=page, language=found.language, raw=found.raw
    )
