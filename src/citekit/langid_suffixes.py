"""A suffix an apostrophe joins to a name (`Erdogan'in`, `Ankara’da`, `Davutoglu’na`) is a
letter group of the language that writes it so (`[langid] clusters`), no word of its own: the
genitive `in` is no English or German `in` (`citekit.langid`'s evidence). A word a language
lists whole with an apostrophe in it (Uzbek `ma'naviyat`, `o'zbekiston`: its ʼ and ʻ typed so)
is one word, not two."""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from typing import Final

from citekit.languages import available_languages, language

__all__ = ["apostrophe_words", "unsuffixed"]

_SUFFIXED: Final = re.compile(r"(?<=[^\W\d_])['’]([^\W\d_]+)")
# a word whose parts an apostrophe joins (`ma'naviyat`, `Türkiye'de`)
_JOINED: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")
_APOSTROPHE: Final = re.compile("['’]")
_WHOLE_WORDS: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # as `citekit.langid` reads them


@functools.cache
def _suffixes() -> frozenset[str]:
    """The suffixes some language's letter groups join to a name by an apostrophe, in lower
    case (`’in`, `'da`)."""
    return frozenset(
        c[1:].lower()
        for code in available_languages()
        for c in language(code).clusters
        if c[:1] in ("'", "’") and len(c) > 1
    )


def unsuffixed(text: str, whole: list[str]) -> list[str]:
    """`whole`, the words of `text` (in lower case), less the suffixes an apostrophe joins to
    a name (`erdogan'in paylasimlarindan`: `erdogan`, `paylasimlarindan`)."""
    if "'" not in text and "’" not in text:
        return whole
    suffixes = _suffixes()
    cut = _SUFFIXED.sub(lambda m: " " if m.group(1) in suffixes else m.group(), text)
    return whole if cut == text else _WHOLE_WORDS.findall(cut)


def apostrophe_words(text: str, words: list[str], listed: Container[str]) -> list[str]:
    """`words`, the words of `text` (in lower case) as split at an apostrophe, with the parts
    of each word a language lists whole (`listed`: `ma'naviyat`, `ta'lim`, `o'zbekiston`) as
    that one word: Uzbek types its ʼ and ʻ as an apostrophe inside a word, where a Turkish one
    only joins a suffix to a name (`Türkiye'de`: no language lists it, its parts stay)."""
    if "'" not in text and "’" not in text:
        return words
    found = [w for w in (j.replace("’", "'") for j in _JOINED.findall(text)) if w in listed]
    if not found:
        return words
    kept = list(words)
    for word in found:
        for part in _APOSTROPHE.split(word):
            if part in kept:
                kept.remove(part)
        kept.append(word)
    return kept
