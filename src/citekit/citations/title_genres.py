"""A work's genre after its title's colon (GOST 7.1's other title information of kind).

GOST writes what kind of work a book is after its title and a colon, in small letters:
`Основы менеджмента : учеб. пособие`, `Тәуелсіз Қазақстан : монография`, `Народное хозяйство
за 60 лет : стат. ежегодник`, `Історія культури : навч. посіб.`, `Oʻzbekiston iqtisodiyoti :
darslik`, `Тіл білімі : халықаралық конференция материалдары`. Those words name the work's
kind (a monograph, a textbook, a collection, a conference's materials), no words of its
title: they are the record's genre and the title ends before the colon. The kind's word opens
or closes the words in the languages that put a phrase's head first (`[types] title_genre`:
`материалы Междунар. конф. …`, `краткий статистический сборник`); the Turkic languages put it
last (`[types] title_genre_last`: `ғылыми еңбектер жинағы`), and a phrase their kind's word
opens is a subject (`Türkmen dili: sözlük we grammatika`). A subtitle names no
kind and stays the title's (`Революция в провинции : опыт исследования`, `Советская деревня :
1917–1991 гг.`); so does a kind's word written with a capital (`Kazakhstan: Statistical
Yearbook`), which is a title's word, words that go on past a sentence's end, and a title the
note quotes (`«Title: сборник статей»`), whole as written.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import lower
from citekit.citations.type_cues import has_type_cue
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["code_after_genre", "ebook_mark", "title_genre", "without_specialty"]

_WORDY: Final = re.compile(r"\w")
# a period before a capital (`проблеми і перспективи. До питання …`), not an initial's (`Ш.
# Уалиханова`); a dash between phrases, a question: more than one phrase of kind
_SENTENCES: Final = re.compile(r"(?<!\b\w)\. +(?=[^\W\d_])|\s[—–]\s|[?!]")
_OPENING: Final = "«“„"
_CLOSING: Final = "»”"
_WORD: Final = re.compile(r"[\w'-]+")
_APOSTROPHES: Final = str.maketrans(dict.fromkeys("ʻʼ‘’`", "'"))  # Uzbek's `oʻ`, `o‘`, `o'`


def _words(text: str) -> tuple[str, ...]:
    """The words of `text`, lower case, its apostrophes one (`Oʻquv qoʻllanma.`: `o'quv`,
    `qo'llanma`)."""
    return tuple(_WORD.findall(lower(text).translate(_APOSTROPHES)))


@functools.cache
def _genres(key: str) -> frozenset[tuple[str, ...]]:
    """The `[types] key` phrases of every shipped language, each as its words."""
    return frozenset(words for w in shipped_type_words(key) if (words := _words(w)))


def _names_a_genre(kind: str) -> bool:
    """Whether a genre's phrase opens or closes `kind`'s words (closes only, for a language
    that puts its head noun last)."""
    words = _words(kind)
    return any(
        len(genre) <= len(words) and genre in (words[: len(genre)], words[-len(genre) :])
        for genre in _genres("title_genre")
    ) or any(words[-len(genre) :] == genre for genre in _genres("title_genre_last"))


def _sentences(kind: str) -> bool:
    """Whether `kind` holds more than one phrase: a sentence's period before a capital, a
    dash between phrases, a question's mark."""
    return any(
        m.group().strip() != "." or kind[m.end()].isupper() for m in _SENTENCES.finditer(kind)
    )


def _described(title: str) -> tuple[str, str] | None:
    """The title before its last colon and the words after it, when a space follows the colon
    (GOST spaces it before too; hand-written notes often do not): found by the colon's place,
    not by a pattern that would try every start of a long title."""
    at = title.rfind(":")
    if at < 0 or not title[at + 1 : at + 2].isspace():
        return None
    head = title[:at]
    head = head[:-1] if head[-1:].isspace() else head
    kind = title[at + 1 :].strip()
    if len(head) < 2 or head[-1].isspace() or not _WORDY.search(head[:-1]) or not kind:
        return None
    return head, kind


def title_genre(title: str | None) -> tuple[str | None, str | None]:
    """The title without the words after its last colon that name the work's kind, and those
    words (None when there are none): `Основы менеджмента : учеб. пособие` gives (`Основы
    менеджмента`, `учеб. пособие`); a subtitle stays (see the module's doc)."""
    described = _described(title or "")
    if described is None:
        return title, None
    head, kind = described
    if any(mark in kind for mark in _CLOSING) and not any(mark in kind for mark in _OPENING):
        return title, None  # `«Title: навчальний» посібник`: the colon inside a quote
    if not kind[:1].islower() or _sentences(kind) or not _names_a_genre(kind):
        return title, None  # a subtitle, a title's word, or sentences of their own
    if len(head) > 2 and _QUOTE_PAIRS.get(head[0]) == head[-1]:
        head = head[1:-1]  # `«Title» : баспасөз релизі`: the quotes were the title's alone
    return head, kind


_QUOTE_PAIRS: Final = {"«": "»", "“": "”", "„": "“", '"': '"'}
_CODE: Final = re.compile(r"(?<![\d.])\d{2}\.\d{2}\.\d{2}(?![\d.]\d)")  # a field's `23.00.02`


@functools.cache
def _specialty_words() -> tuple[str, ...]:
    """The `[words] specialty` words of every shipped language, lower case."""
    return tuple(sorted({lower(w) for w in shipped_words("specialty")}))


def without_specialty(title: str | None) -> tuple[str | None, str | None]:
    """The title without a thesis's field of study after its colon (GOST 7.0.100: `Title :
    специальность 23.00.02 «Политические институты …»`; Kazakh writes the code first, `23.00.02
    – … мамандығы`), and that clause (None when there is none): a code and a specialty word."""
    if not title or ":" not in title or _CODE.search(title) is None:
        return title, None
    for at in (i for i, c in enumerate(title) if c == ":"):
        clause = title[at + 1 :].strip()
        folded = lower(clause)
        if _CODE.search(clause) and any(w in folded for w in _specialty_words()):
            head = title[:at].rstrip()
            if len(head) > 1:
                return head, clause
    return title, None


def code_after_genre(genre: str | None, text: str) -> str | None:
    """The field of study's codes written after a thesis's genre and a colon (GOST 7.1: `дис. …
    канд. полит. наук : 23.00.02`, `… : 07.00.02, 23.00.04`), as written; None when no code
    follows the genre."""
    if not genre or _CODE.search(text) is None:
        return None
    at = text.find(genre)
    if at < 0:
        return None
    found = _CODES_AFTER.match(text, at + len(genre))
    return found.group("codes") if found else None


_CODES_AFTER: Final = re.compile(
    r"\s*:\s*(?P<codes>\d{2}\.\d{2}\.\d{2}(?:\s*,\s*\d{2}\.\d{2}\.\d{2})*)(?![\d.]\d)"
)


_BRACKETED_END: Final = re.compile(r"\s*[(\[](?P<mark>[^()\[\]]{2,30})[)\]]$")


def ebook_mark(title: str | None) -> tuple[str | None, str | None]:
    """The title without an electronic book's mark in brackets closing it (`Yeni medya ve
    gazetecilik (E-kitap)`, `Title [Kindle version]`: `[types] ebook`), and the mark (None when
    there is none): the book's medium, no title's words."""
    found = _BRACKETED_END.search(title or "")
    if title is None or found is None or found.start() == 0:
        return title, None
    mark = found.group("mark").strip()
    if not has_type_cue("ebook", mark) or len(mark.split()) > _MARK_WORDS:
        return title, None
    return title[: found.start()].rstrip(), mark


_MARK_WORDS: Final = 3  # words of an e-book's mark at most (`Kindle version`)
