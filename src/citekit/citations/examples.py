"""An example the text gives: a short note that opens with an example word and names an event,
no source (`Örneğin, 1916 ayaklanması.`, `E.g., the Kazakh famine of 1931–33.`, `Например,
восстание 1916 г.`, `Мысалы, 1916 жылғы көтеріліс.`). The words after the example word are a
phrase of prose: mostly in small letters, each year beside such a word, no author before a year
or a comma (`E.g., Smith 1990.`, `Örneğin, Demir, Tarih, 45.` cite), no quote, address, initial,
imprint, page or volume."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.prose import initial, labelled_number
from citekit.citations.sources import SOURCE
from citekit.languages import shipped_words

__all__ = ["names_an_example"]

_MAX_WORDS: Final = 10  # words after the example word
_LOWER_SHARE: Final = 0.5  # of the phrase's words in small letters, at least
# a year or a span of years (`1916`, `1931–33`, `1932–1933`) and its ending (`1916-njy`)
_YEARS: Final = re.compile(r"(?<!\d)[12]\d{3}(?:\s?[-–—]\s?\d{2,4})?(?!\d)")
_IMPRINT: Final = re.compile(r"[^\W\d_]\s?:\s+[^\W\d_]")  # `London: Routledge`
_EDGES: Final = ".,;:!?()[]*_"


@functools.cache
def _opener() -> re.Pattern[str]:
    """An example word opening a note, then its comma or colon (`Örneğin,`, `E.g.,`)."""
    words = sorted(shipped_words("example"), key=len, reverse=True)
    alternation = literal_alternation(words).replace(re.escape(" "), r"\s+") or "(?!)"
    return re.compile(rf"(?:{alternation})(?![\w'’])[,:]?\s*")


def names_an_example(text: str) -> bool:
    """Whether `text` (a note, stripped) opens with an example word of the language files
    (`[words] example`) and goes on with a phrase of prose only: at most ten words, half of
    them or more in small letters, numbers only years each beside a word in small letters, no
    capitalised word before a year or a comma, and none of a citation's marks."""
    found = _opener().match(text)
    if found is None:
        return False
    rest = text[found.end() :].strip()
    if _listed_names(rest):
        return True  # "Örneğin Kazakistan, Kırgızistan ve Özbekistan."
    if not rest or SOURCE.search(rest) or "(" in rest or _IMPRINT.search(rest):
        return False
    if initial(rest) or labelled_number(rest):
        return False
    if any(c.isdigit() for c in _YEARS.sub("", rest)):
        return False  # a page, a volume's number, a day: a citation's
    words = [w.strip(_EDGES) for w in rest.split()]
    words = [w for w in words if w]
    if not words or len(words) > _MAX_WORDS:
        return False
    plain = [w for w in words if not w[:1].isdigit()]
    if sum(w[:1].islower() for w in plain) < _LOWER_SHARE * len(plain):
        return False
    return all(_beside_prose(rest, m) for m in _YEARS.finditer(rest)) and not _author_shape(rest)


@functools.cache
def _and_words() -> frozenset[str]:
    """The language files' "and" words written in letters (`ve`, `и`, `және`; no `&`, which
    joins a work's authors)."""
    return frozenset(w for w in shipped_words("and_") if w.isalpha())


_NAME_WORDS: Final = 3  # words of one name in a list of examples, at most
_LIST_MARKS: Final = frozenset('.:;()[]«»“”„"/&')


def _listed_names(text: str) -> bool:
    """Whether `text` is a list of names only: capitalised items of one to three words parted
    by commas, the last after an "and" word of the language files (`Kazakistan, Kırgızistan
    ve Özbekistan`, `Bukhara, Khiva and Kokand`, `Алматы, Шымкент және Тараз`), no digit or
    other mark: the places or people the text gives as examples, no source."""
    body = text.rstrip(" .")
    if not body or any(c.isdigit() or c in _LIST_MARKS for c in body):
        return False
    *heads, last = (item.split() for item in body.split(","))
    joins = [i for i, word in enumerate(last) if word in _and_words()]
    if len(joins) != 1 or not 0 < joins[0] < len(last) - 1:
        return False
    names = [*heads, last[: joins[0]], last[joins[0] + 1 :]]
    return all(
        0 < len(name) <= _NAME_WORDS
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in name)
        for name in names
    )


def _beside_prose(text: str, year: re.Match[str]) -> bool:
    """Whether the year `year` of `text` has a word in small letters just before or after it,
    or stands first (`1916 ayaklanması`); a case ending glued to it counts (`1916-njy`)."""
    before = text[: year.start()].split()
    after = text[year.end() :].lstrip("-'’").split()
    near = [before[-1] if before else "", after[0] if after else ""]
    near = [w.strip(_EDGES) for w in near]
    if not before and after:
        return True
    return any(w[:1].islower() for w in near) and not (near[0][:1].isupper())


def _author_shape(text: str) -> bool:
    """Whether a capitalised word of `text` stands before a comma or a year (`Smith, …`,
    `Demir 2010`): an author's name, the note cites."""
    words = text.split()
    for word, nxt in zip(words, [*words[1:], ""], strict=True):
        if not word[:1].isupper():
            continue
        if word.endswith(",") or nxt[:1].isdigit():
            return True
    return False
