"""Names of a time before surnames, whole. A classical Turkic, Persian or Arabic author is cited
by a name with no family to split off: a word naming them by their home town, its ending
harmonised with its last vowel, before the given name (`Kâşgarlı Mahmud`, `Balasagunlu Yusuf`,
`Bursalı Mehmed Tahir`: `[names] origin_ending`), or an honorific compound of the faith or the
state (`Rashīd al-Dīn`, `Nizam al-Mulk`, `Nasir al-Din Tusi`: `[names] laqab`). Such a name is
one literal name, as catalogues and Chicago file it, never a given name and a family."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.languages import available_languages, language

__all__ = ["unsurnamed"]

_WORDS: Final = (2, 3)  # words of such a name
_ORIGIN: Final = 7  # letters of a home town's word at least (`Bursalı`; `Vitali` is a name)
_GIVEN: Final = 3  # letters of a given name after the home town's word at least (no initial)
_LAQAB_AFTER: Final = 1  # words after a laqab at most (`Nasir al-Din Tusi`)


@functools.cache
def _endings() -> frozenset[str]:
    return frozenset(w for code in available_languages() for w in language(code).origin_endings)


@functools.cache
def _harmony() -> tuple[str, ...]:
    """The groups of vowels of one harmony (`[names] origin_harmony`): an ending's vowel
    follows a stem's last vowel of its own group (`Kâşgar` + `lı`, `Edirne` + `li`)."""
    return tuple(g for code in available_languages() for g in language(code).origin_harmony)


@functools.cache
def _son_endings() -> tuple[str, ...]:
    """The words for "son of" and "daughter of" (`[names] family_suffix`: "oğlu", "ogly"),
    which glued to a name end a family name of today (`Kafesoğlu`), no home town's word."""
    return tuple(
        sorted({lower(w) for code in available_languages() for w in language(code).family_suffixes})
    )


@functools.cache
def _laqabs() -> frozenset[str]:
    return frozenset(lower(w) for code in available_languages() for w in language(code).laqabs)


def _origin(word: str) -> bool:
    """Whether `word` names a home town: a capitalised stem and a harmonised ending."""
    if len(word) < _ORIGIN or not word.isalpha() or not word[:1].isupper():
        return False
    ending = next((e for e in _endings() if word.endswith(e)), None)
    if ending is None:
        return False
    stem = lower(word[: -len(ending)])
    if stem.endswith("l"):
        return False  # `Castelli`, `Martinelli`: an Italian family's doubled `l`
    vowels = "".join(_harmony())
    vowel = next((c for c in reversed(stem) if c in vowels), None)
    own = next((c for c in reversed(ending) if c in vowels), None)
    return (
        vowel is not None and own is not None and any(vowel in g and own in g for g in _harmony())
    )


def unsurnamed(parts: list[str]) -> bool:
    """Whether the words of a name are a name of a time before surnames (see the module's
    doc)."""
    if not _WORDS[0] <= len(parts) <= _WORDS[1]:
        return False
    if not all(p[:1].isupper() or lower(p) in _laqabs() for p in parts):
        return False
    laqab = next((i for i, p in enumerate(parts) if lower(p) in _laqabs()), None)
    if laqab is not None:
        return laqab > 0 and len(parts) - 1 - laqab <= _LAQAB_AFTER
    given = all(p.isalpha() and len(p) >= _GIVEN and not p.isupper() for p in parts[1:])
    return given and _origin(parts[0]) and not lower(parts[0]).endswith(_son_endings())
