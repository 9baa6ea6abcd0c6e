"""A body's acronym heading a name (`UNDP Kazakhstan`, `UNHCR Türkiye`, `IOM Kyrgyzstan`,
`UNICEF Office`): a word in capitals the way bodies shorten their names, never a person's
initials run together nor a family written in capitals.

An acronym the language files list as a body's (`[names] body_acronym`: `UN`, `WHO`, `OSCE`,
`ОБСЕ`, `TİKA`) heading capitalised words that hold no known given name makes the name a
body's whatever follows (`UN Women`, `WHO Europe`, `OSCE ODIHR`, `IOM Central Asia`, `ЕЭК
ООН`). Any other word of two to six capitals is a body's acronym when the words after it name
a body or close on a country (`[names] organisation`, CLDR's countries), or when it is four or five
letters and reads as no name does, three letters none of which is a vowel of a shipped
language (`UNDP`, `UNHCR`, `UNFPA`), and no known given name follows (`YILMAZ Ahmet` is a
person). A people's adjective heading a short name (`[words] demonym`: `Kazakh Invest`,
`Turkmen Gas`) makes it a body's too.
"""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import name_vowels
from citekit.languages import (
    available_languages,
    country_names,
    language,
    region_names,
    shipped_words,
)

__all__ = [
    "acronyms_only",
    "demonyms",
    "headed_by_acronym",
    "headed_by_demonym",
    "listed_head",
    "regional_bodies",
]

_LETTERS: Final = range(2, 7)  # letters of a body's acronym
_LONG: Final = 4  # letters of an acronym that no person's run-together initials make
_CLUSTER: Final = 3  # consonants in a row no short name in capitals writes
_SHORT: Final = 5  # letters of such a word at most (`SCHULZ`, `STRUVE` are names)


def _unnamelike(word: str) -> bool:
    """Whether a word in capitals holds three letters in a row none of which is a vowel."""
    run = 0
    for char in lower(word):
        run = 0 if char in name_vowels() else run + 1
        if run >= _CLUSTER:
            return True
    return False


def headed_by_acronym(
    parts: list[str], organisations: frozenset[str], given: frozenset[str]
) -> bool:
    """Whether a name's words open with a body's acronym (`UNDP Kazakhstan`, `WHO Europe`
    is read by its listed acronym): see the module's docstring. `organisations` and `given` are the
    lower-cased `[names] organisation` and `[names] given` words."""
    head, rest = parts[0], parts[1:]
    if not rest or not (head.isalpha() and head.isupper() and len(head) in _LETTERS):
        return False
    if head in _known() and any(w[:1].isupper() for w in rest) and all(map(_named, rest)):
        return not any(lower(w.strip(".,")) in given for w in rest)
    if all(w.isupper() for w in rest) or not all(w[:1].isupper() for w in rest):
        return False  # `ZHANG LI`, `Ercan CAN`: a name in capitals; `JA de Vries`
    words = [lower(w.strip(".,")) for w in rest]
    countries = country_names()
    if any(w in organisations for w in words) or {" ".join(words), words[-1]} & countries:
        return True
    return _LONG <= len(head) <= _SHORT and _unnamelike(head) and words[0] not in given


@functools.cache
def _known() -> frozenset[str]:
    """The `[names] body_acronym` acronyms of every shipped language, as written."""
    return frozenset(w for code in available_languages() for w in language(code).body_acronyms)


_JOINING: Final = 3  # letters of a joining word in small letters at most (`and`, `of`, `и`)


def _named(word: str) -> bool:
    """Whether a word after a listed acronym is a name's: capitalised, or a short joining word
    (`UNICEF Europe and Central Asia`, `WHO Regional Office for Europe`)."""
    return word[:1].isupper() or (word.islower() and len(word) <= _JOINING)


def acronyms_only(words: list[str]) -> bool:
    """Whether `words` are a body's acronyms alone, one of them listed (`ЕЭК ООН`, `ОБСЕ
    БДИПЧ`, `OSCE ODIHR`): a body's name, never a person's written in capitals."""
    return all(
        w.isalpha() and w.isupper() and len(w) in _LETTERS for w in words
    ) and not _known().isdisjoint(words)


def regional_bodies(text: str, names: list[str]) -> list[str]:
    """`names` split from `text` with a listed acronym's office for a region joined whole
    again: `UNICEF Europe and Central Asia`, `UNDP Eastern Europe and Central Asia` name one
    body, the region after the joining word no second author (a country may be one)."""
    out: list[str] = []
    for name in names:
        last = out[-1] if out else ""
        head = last.split()[:1]
        if head and head[0] in _known() and len(last.split()) > 1 and _region(name):
            start = text.find(last)
            end = text.find(name, start + len(last)) if start >= 0 else -1
            if end > start >= 0 and len(text[start + len(last) : end].split()) == 1:
                out[-1] = text[start : end + len(name)]
                continue
        out.append(name)
    return out


def _region(name: str) -> bool:
    """Whether `name` is a region's (`Central Asia`, `Европа`)."""
    return lower(name.removeprefix("the ").strip(" .")) in region_names()


_NAME_WORDS: Final = 6  # words of a body's name after its acronym at most


def listed_head(words: list[str]) -> bool:
    """Whether `words` (a note's first tokens) are a listed acronym's body: the acronym, or two
    joined by a slash (`ОБСЕ/БДИПЧ`), then capitalised words and short joining words (`UNDP
    in Kazakhstan`, `IOM Mission in Turkmenistan`, `ШОС Секретариаты`)."""
    if not words or words[0] not in _known():
        return False
    rest = words[1:]
    if len(rest) > 1 and rest[0] == "/" and acronyms_only(rest[1:2]):
        rest = rest[2:]
    named = [w for w in rest if w.isalpha()]
    return len(named) == len(rest) <= _NAME_WORDS and all(_named(w) for w in rest)


_DEMONYM_NAME: Final = range(2, 4)  # words of a short name a people's adjective heads


@functools.cache
def demonyms() -> frozenset[str]:
    """The languages' peoples' adjectives (`[words] demonym`: `Kazakh`, `European`)."""
    return frozenset(shipped_words("demonym"))


def headed_by_demonym(parts: list[str], given: frozenset[str]) -> bool:
    """Whether a short name opens with a people's adjective before capitalised words that hold
    no known given name (`Kazakh Invest`, `Turkmen Gas`; `given`: the lower-cased `[names]
    given` words)."""
    if len(parts) not in _DEMONYM_NAME or parts[0] not in demonyms():
        return False
    rest = parts[1:]
    return all(w[:1].isupper() and not w.isupper() for w in rest) and not any(
        lower(w.strip(".,")) in given for w in rest
    )
