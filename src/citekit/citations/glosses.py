"""A gloss: a short note that explains a word of the text and names no source (`Ныне —
Алматы.`, `Так в оригинале.`, `Имеется в виду Н. А. Назарбаев.`, `Şimdiki adı Türkmenbaşı.`,
`Қазіргі Алматы қаласы.`, `That is, in the 1920s.`): it opens with a gloss word of the language
files (`[words] gloss`), is ten words at most, and has no address, locator or year of an
imprint."""

from __future__ import annotations

import functools
import re

from citekit.citations._words import literal_alternation
from citekit.citations.prose import labelled_number
from citekit.citations.sources import YEAR
from citekit.languages import shipped_words

__all__ = ["gloss"]

_MAX_WORDS = 10


@functools.cache
def _opener() -> tuple[frozenset[str], re.Pattern[str]]:
    """The first letters of the gloss words, and the pattern of one opening a note (a whole
    word: `Sic`, not `Sicily`)."""
    words = sorted(shipped_words("gloss"), key=len, reverse=True)
    pattern = re.compile(r"(?:" + literal_alternation(words) + r")(?![\w'’])")
    return frozenset(w[:1] for w in words), pattern


def gloss(text: str) -> bool:
    """Whether `text` (a note, stripped) is a gloss: a gloss word first, ten words at most, no
    address, "//", page or volume number, and each year after a word inside the sentence
    (`until 1921`, `1837–1847 жылдардағы`, not an imprint's `London, 1990`)."""
    firsts, pattern = _opener()
    if text[:1] not in firsts or pattern.match(text) is None:
        return False  # most notes: one set look-up
    if "://" in text or "www." in text or "//" in text or len(text.split()) > _MAX_WORDS:
        return False
    if labelled_number(text):
        return False  # `Т. 3`, `s. 45`: a place in a work
    return all(_in_sentence(text[: m.start()].rstrip()) for m in YEAR.finditer(text))


def _in_sentence(before: str) -> bool:
    """Whether a year after `before` stands in a sentence: after a word, or closing a span
    of years after one (`Яғни 1837–1847 жылдардағы …`)."""
    if before[-1:] in "–—-":
        before = before[:-1].rstrip()
        return before[-4:].isdigit() and _in_sentence(before[:-4].rstrip())
    return before[-1:].isalpha()
