"""The person an unpublished interview or a letter is with or from, named by the words that
open or close the name (the language files' `[words] interviewee_before` and
`interviewee_after`): `Interview with Margaret O’Connell, conducted by the author, Galway`,
`Görüşme: Mehmet YILMAZ (Kaynak kişi, 68 yaşında)`, `Сұхбат: Сәрсенбаева Күләш (1936 ж.т.)`,
`Ayşe Demir ile görüşme (d. 1940), Kars`. The person is the record's author (Chicago, APA
and GOST cite an interview under the interviewee), read when the note was typed an interview
or a personal communication and no author was read; honorifics before the name are left out
(`Prof. Dr. Halil İnalcık`)."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation, lower
from citekit.citations.name_sets import honorifics
from citekit.citations.names import to_name
from citekit.languages import shipped_words
from citekit.model import Name

__all__ = ["with_interviewee"]

_KINDS: Final = frozenset({"interview", "personal_communication"})
_LEAD: Final = 25  # characters before an opening phrase at most (`Bkz.`, `ПМА: `, `See `)
_MAX_WORDS: Final = 4  # words of a name (`Omarov Baqyt Jumauly`, `Margaret O’Connell`)
# where a name after its opening words ends: a bracket, a comma, a dash, the addressee
_NAME_END: Final = re.compile(r"\s*(?:[(,;]|\s[–—-]\s|\s(?:to|conducted|by)\s|\.\s|\.?$)")


@functools.cache
def _opening() -> re.Pattern[str]:
    words = sorted(shipped_words("interviewee_before"), key=len, reverse=True)
    return re.compile(rf"(?:{literal_alternation(words) or '(?!)'})\s*[:–—-]?\s*")


@functools.cache
def _closing() -> re.Pattern[str]:
    words = sorted(shipped_words("interviewee_after"), key=len, reverse=True)
    return re.compile(rf"\s(?:{literal_alternation(words) or '(?!)'})(?!\w)")


def _named(authors: object) -> bool:
    """Whether `authors` name a person, not an honorific alone (`Prof.`)."""
    if not isinstance(authors, tuple):
        return False
    titles = honorifics()
    for author in authors:
        written = (
            lower(str(author.literal or author.family or "")) if isinstance(author, Name) else ""
        )
        if written and written not in titles and f"{written}." not in titles:
            return True
    return False


def _person(written: str) -> str | None:
    """`written` without its honorifics, when it is a person's name as a note writes one."""
    words = written.split()
    titles = honorifics()
    while words and lower(words[0]) in titles:
        words.pop(0)
    if not 1 <= len(words) <= _MAX_WORDS:
        return None
    if not all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words):
        return None
    return " ".join(words)


def _after_opening(text: str) -> str | None:
    found = _opening().search(text, 0, _LEAD + 40)
    if found is None or found.start() > _LEAD:
        return None
    rest = text[found.end() :].split(" ")
    titles = honorifics()
    while rest and lower(rest[0].rstrip(",")) in titles:  # `Prof. Dr. Halil İnalcık`
        rest.pop(0)
    named = " ".join(rest)
    return _person(named[: _name_end(named)])


def _name_end(named: str) -> int:
    """Where the name opening `named` ends: its first end mark, an initial's period aside."""
    for end in _NAME_END.finditer(named):
        before = named[: end.start()].split()
        if end.group().lstrip().startswith(".") and before and len(before[-1]) == 1:
            continue  # `A. Karimov`: an initial's period
        return end.start()
    return len(named)


def _before_closing(text: str) -> str | None:
    found = _closing().search(text)
    if found is None:
        return None
    words = text[: found.start()].split()[-_MAX_WORDS:]
    while words and not words[0][:1].isupper():
        words.pop(0)
    taken: list[str] = []
    for word in reversed(words):  # the capitalised words right before the phrase
        if not word[:1].isupper() or word.endswith((".", ":", ",")):
            break
        taken.insert(0, word)
    return _person(" ".join(taken)) if taken else None


def with_interviewee(kind: str, fields: dict[str, object], text: str) -> dict[str, object]:
    """`fields` with the interviewee as the author (see the module's doc); an honorific read
    as the author alone (`Prof.`) is replaced."""
    if kind not in _KINDS or _named(fields.get("author")):
        return fields
    name = _after_opening(text) or _before_closing(text)
    if name is None:
        return fields
    return {**fields, "author": (to_name(name),)}
