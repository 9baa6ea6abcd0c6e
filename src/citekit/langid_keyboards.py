"""What a title typed without some letters of its language tells (`citekit.langid`'s
evidence): in capitals `I` is also the capital of `ı` (`XALQ MAHNILARI`: Azerbaijani
`mahnıları`), and a language typed on another one's keyboard writes that keyboard's letters for
its own (Turkmen `y` typed `ı`, `ň` typed `ñ` on a Turkish keyboard: `Umumı dil bilimi`; its
``langid.typed_for``). A title that writes some of a language's own letters was typed on its
keyboard: an ending of the language as typed without them (`[typing] plain`: Kazakh `-дағы`,
`-ның` typed `-дагы`, `-нын`) is then no evidence for it, in a title whose ң, ө or ү say it is
typed with them (`Кыргызстандагы жаңы салык кодекси` is Kyrgyz)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Final

from citekit.languages import available_languages, language

__all__ = ["keyboard_letters", "plain_endings", "typed_for", "undotted_words"]

_UNDOTTED: Final = "\u0131"  # `ı`, whose capital is a plain `I`
_TELLING: Final = 5  # letters a word read back needs to tell a language (not `asyr`)

Index = Mapping[str, tuple[str, ...]]  # a frequent word and the languages it is one of


def _lower(text: str) -> str:
    # "İ".lower() is "i" + COMBINING DOT ABOVE; drop the dot so Turkish capitals meet.
    return text.lower().replace("\u0307", "")


def undotted_words(words: list[str], common: Index, found: dict[str, float], weight: float) -> None:
    """Add `weight` to `found` for each frequent word (`common`) of a language that writes
    `ı` beside `i` (Turkish, Azerbaijani) that one of `words` in capitals is when its `I` is
    read `ı`, and is not as written (`XALQ MAHNILARI`: Azerbaijani `xalq mahnıları`)."""
    for word in words:
        if len(word) > 2 and "I" in word and word.isupper():
            low = word.lower()
            for code in common.get(low.replace("i", _UNDOTTED), ()):
                if code not in common.get(low, ()):
                    found[code] = found.get(code, 0.0) + weight


@functools.cache
def _tables() -> tuple[tuple[str, frozenset[str], dict[int, str], frozenset[str]], ...]:
    """Per language with ``langid.typed_for``: code, its Latin letters, the table that puts
    its own letters back (upper and lower case), and its frequent words as it writes them, not
    as typed plainly (`edebiýaty` typed `edebiyaty` is Turkish `edebiyatı` so read)."""
    found = []
    for code in available_languages():
        lang = language(code)
        if lang.typed_for and "Latn" in lang.alphabets:
            pairs = {**lang.typed_for, **{k.upper(): v.upper() for k, v in lang.typed_for.items()}}
            plainly = str.maketrans(dict(lang.plain_letters))
            typed = {t for w in lang.common_words if (t := w.translate(plainly)) != w}
            own = frozenset(w.lower() for w in lang.common_words if w not in typed)
            found.append((code, frozenset(lang.alphabets["Latn"]), str.maketrans(pairs), own))
    return tuple(found)


def typed_for(
    original: str,
    letters: set[str],
    scores: dict[str, float],
    common: Index,
    split: Callable[[str], list[str]],
    rescored: Callable[[str], dict[str, float] | None],
) -> None:
    """Raise in `scores` a language typed on another keyboard (Turkmen with a Turkish
    keyboard's `ı`, `ñ`) to what `rescored` gives the title with its letters put back, when
    the `letters` its alphabet lacks are all such and a word (`split`) read so is a frequent
    word of it as it writes it, which as typed is no frequent word (`common`) of another."""
    for code, alphabet, table, own in _tables():
        if code not in scores:
            continue
        outside = letters - alphabet  # the letters its alphabet lacks
        if not outside or any(ord(c) not in table for c in outside):
            continue
        read = original.translate(table)
        if not any(
            # long enough to tell (`asyr` is Turkish `asır`), and typed no other language's
            # frequent word (`arasında`)
            word in own and word != typed and len(word) >= _TELLING and typed not in common
            for word, typed in zip(split(_lower(read)), split(_lower(original)), strict=False)
        ):
            continue
        found = rescored(read)
        if found is not None and found.get(code, 0.0) > scores[code]:
            scores[code] = found[code]


@functools.cache
def _plain_endings() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Per language with `[typing] plain`: code, its own letters (lower case) and its endings
    as typed without them alone (`дагы` for `дағы`; an ending it also writes so is none)."""
    found = []
    for code in available_languages():
        lang = language(code)
        if not lang.plain_letters:
            continue
        table = str.maketrans(dict(lang.plain_letters))
        own = frozenset(k.lower() for k in lang.plain_letters)
        written = {e.lower() for e in lang.written_endings}
        typed = {e.lower() for e in lang.endings} - written
        found.append((code, own, frozenset(e for e in typed if e.translate(table) == e)))
    return tuple(found)


def plain_endings(
    words: list[str],
    letters: frozenset[str],
    found: dict[str, float],
    weight: float,
    least: int,
) -> None:
    """Take `weight` from `found` for each ending a word of `least` letters or more ends with
    that its language has only as typed without its own letters, when the title's `letters`
    hold some of them (see the module's doc)."""
    for code, own, typed in _plain_endings():
        if code not in found or own.isdisjoint(letters):
            continue
        for word in words:
            for part in word.split("-"):
                if len(part) >= least:
                    hits = sum(1 for cut in range(2, min(6, len(part))) if part[-cut:] in typed)
                    found[code] -= weight * hits


@functools.cache
def keyboard_letters() -> frozenset[str]:
    """The own letters of every language with plain endings (a title with none of them is
    weighed as it always was)."""
    return frozenset(c for _code, own, typed in _plain_endings() if typed for c in own)
