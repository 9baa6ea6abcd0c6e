"""A body's acronym heading a name (`UNDP Kazakhstan`, `UNHCR Türkiye`, `IOM Kyrgyzstan`,
`UNICEF Office`): a word in capitals the way bodies shorten their names, never a person's
initials run together nor a family written in capitals.

A word of two to six capitals is a body's acronym when the words after it name a body or
close on a country (`[names] organisation`, CLDR's countries), or when it is four or five
letters and reads as no name does, three letters none of which is a vowel of a shipped
language (`UNDP`, `UNHCR`, `UNFPA`), and no known given name follows (`YILMAZ Ahmet` is a
person).
"""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import name_vowels
from citekit.languages import country_names

__all__ = ["headed_by_acronym"]

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
    is left to the tagger): see the module's docstring. `organisations` and `given` are the
    lower-cased `[names] organisation` and `[names] given` words."""
    head, rest = parts[0], parts[1:]
    if not rest or not (head.isalpha() and head.isupper() and len(head) in _LETTERS):
        return False
    if all(w.isupper() for w in rest) or not all(w[:1].isupper() for w in rest):
        return False  # `ZHANG LI`, `Ercan CAN`: a name in capitals; `JA de Vries`
    words = [lower(w.strip(".,")) for w in rest]
    countries = country_names()
    if any(w in organisations for w in words) or {" ".join(words), words[-1]} & countries:
        return True
    return _LONG <= len(head) <= _SHORT and _unnamelike(head) and words[0] not in given
