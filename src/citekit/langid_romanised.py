"""Chinese and Japanese titles cited in Latin letters (`Zhongguo jindai shi`, `Chūō Ajia shi
kenkyū`). A romanised Chinese title is pinyin: every word a run of the syllables its table
allows, `zh`, `x`, `q` or a final such as `-iao`, `-uo` that no other language cited here spells
so; a romanised Japanese title is Hepburn: every word a run of kana syllables, with the long
vowels' macrons or the particles (`no`, `ni`, `to`) that join its words. A title whose words
all so read, with those marks, is in that language whatever the letters say otherwise."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from citekit.languages import language

__all__ = ["romanised_east_asian", "spelled_as"]

_CHINESE: Final = "zh"
_JAPANESE: Final = "ja"
_FINALS: Final = (
    "iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|ia|ie|iu|in|ua|uo"
    "|ui|un|ue|a|e|i|u|v"
)
# `j`, `q`, `x` only before `i` and `u` (`ü`); `er` only alone; a bare `o` only alone or after
# `b`, `p`, `m`, `f`, `w`, `y`, `l` (`bo`, `wo`): `no`, `to`, `ko`, `so` are Hepburn's, never
# pinyin's (`nuo`, `tuo`, `kuo`, `suo`)
_PINYIN_SYLLABLE: Final = (
    rf"(?:[jqx](?:iang|iong|iao|ian|ing|ia|ie|iu|in|i|uan|ue|un|u)"
    rf"|(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])?(?:{_FINALS})|[bpmfwyl]?o|er)"
)
_PINYIN: Final = re.compile(rf"(?:{_PINYIN_SYLLABLE}'?)+")
# a syllable only pinyin spells: an initial `zh`, `x`, `q`, or a final `-iao`, `-iang`, `-uo`
_PINYIN_OWN: Final = re.compile(r"zh|x[iu]|q[iu]|iao|iang|iong|uo(?!r)|ui(?!t)")
_ASCII: Final = frozenset(map(chr, range(128)))
# the marks over pinyin's vowels (its four tones, `ü`) and Hepburn's long vowels (`ō`, `ô`)
_TONE_MARKS: Final = frozenset("\u0300\u0301\u0302\u0304\u0308\u030c")
_WORDS: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MIN_WORDS: Final = 2
_MIN_SYLLABLES: Final = 4  # a Japanese title's syllables at least (`Nihon shi` is no evidence)


@functools.cache
def _joiners() -> frozenset[str]:
    """The particles and the one word that join a Japanese title's words (`[langid]
    romanised_joiners`: `no`, `ni`, `to`, `kenkyū`)."""
    return frozenset(language(_JAPANESE).romanised_joiners)


@functools.cache
def _long_vowels() -> frozenset[str]:
    """Hepburn's long vowels with their macrons (`[langid] long_vowels` of `ja`: `ō`, `ū`)."""
    return frozenset(language(_JAPANESE).long_vowels)


@functools.cache
def _kana_syllable() -> str:
    """A kana syllable as Hepburn spells it, its vowel long or short (`kyō`, `shi`, `n`)."""
    vowels = "aiueo" + "".join(sorted(_long_vowels()))
    return (
        r"(?:(?:kk|ss|tt|pp|tch|cch|ssh|ky|gy|ny|hy|my|ry|by|py|sh|ch|ts|j|f|[kstnhmyrwgzdbp])?"
        rf"[{vowels}]|n(?![{vowels}y])|m(?=[bpm]))"
    )


@functools.cache
def _hepburn() -> re.Pattern[str]:
    """A word of kana syllables (`kenkyū`, `Nihon`)."""
    return re.compile(rf"(?:{_kana_syllable()}'?)+")


def _untoned(word: str) -> str:
    """`word` without any mark over its vowels, `ü` as pinyin types it (`v`)."""
    word = word.replace("ü", "v")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _pinyin(parts: list[str]) -> list[str] | None:
    """Each of `parts` untoned, when every one is a run of pinyin's syllables, else None (at
    the first that is not: most titles' first word)."""
    untoned: list[str] = []
    for part in parts:
        plain = _untoned(part).replace("'", "").replace("’", "")
        if not _PINYIN.fullmatch(plain):
            return None
        untoned.append(plain)
    return untoned


def romanised_east_asian(text: str) -> str | None:
    """`zh` or `ja` for a title all of whose words are pinyin's or Hepburn's syllables with the
    marks only that language writes (see the module's doc), else None."""
    if not text.isascii():
        # the distinct characters past ASCII, told apart at C speed (a combining mark is one)
        foreign = set(unicodedata.normalize("NFD", text)) - _ASCII
        if any(c.isalpha() for c in foreign):
            return None  # letters of another alphabet (`ı`, `ə`, Cyrillic)
        if not {c for c in foreign if unicodedata.combining(c)} <= _TONE_MARKS:
            return None  # a mark neither table writes (`ş`, `ğ`, `ç`)
    words = [w.casefold() for w in _WORDS.findall(text)]
    if len(words) < _MIN_WORDS:
        return None
    parts = [p for w in words for p in w.split("-") if p]
    untoned = _pinyin(parts)
    if untoned is not None and any(_PINYIN_OWN.search(p) for p in untoned):
        return _CHINESE
    if not all(_hepburn().fullmatch(p.replace("'", "").replace("’", "")) for p in parts):
        return None
    marked = any(c in _long_vowels() for p in parts for c in p) or not _joiners().isdisjoint(parts)
    syllables = sum(len(re.findall(_kana_syllable(), p)) for p in parts)
    return _JAPANESE if marked and syllables >= _MIN_SYLLABLES else None


def spelled_as(text: str, code: str) -> bool:
    """Whether every word of `text`, however few, is a run of the syllables of `code`'s
    romanisation (`zh`: pinyin, `ja`: Hepburn): `Shiji`, `Hanshu`, `Tujue shi` may be Chinese;
    a title so short is only told so by another name of its note (its publisher's)."""
    table = {_CHINESE: _PINYIN, _JAPANESE: _hepburn()}.get(code)
    if table is None or any(not c.isascii() and c.isalpha() for c in _untoned(text)):
        return False
    words = [w.casefold() for w in _WORDS.findall(text)]
    parts = [_untoned(p).replace("'", "").replace("’", "") for w in words for p in w.split("-")]
    return bool(parts) and all(p and table.fullmatch(p) for p in parts)
