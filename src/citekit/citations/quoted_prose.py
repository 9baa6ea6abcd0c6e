"""A sentence of prose that names a work in quotes: `Мақала 2019 жылы «Жас ғалым» конкурсында
баяндалған.`, `Bu ifade ilk kez 1920 yılında “Yeni Dünya” gazetesinde kullanılmıştır.` The
quoted name is the prose's, and the note cites nothing: every word outside the quotes after
the sentence's first is lower-case prose, and each number a year inside the sentence."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import patterns
from citekit.citations.prose import initial, reads_as_prose, years_in_prose
from citekit.languages import shipped_words

__all__ = ["glosses_a_term", "names_a_work", "quoted_in_prose"]

_QUOTED: Final = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"")
_EDGES: Final = ".,:;!?()[]–—-"
_YEARISH: Final = re.compile(r"\d{4}(?:[-–]\d{2,4})?(?:[-'’][^\W\d_]+)?")
_MIN_WORDS: Final = 5  # words of prose outside the quotes: fewer may be a host's word and a date
_MAX_CHARS: Final = 300
_TERM_WORDS: Final = 5  # words of a quoted term, at most (`«кочевая цивилизация»`)
_GLOSS_WORDS: Final = 8  # words of a term's short gloss outside its quotes, at most


@functools.cache
def _term_words() -> frozenset[str]:
    """The `[words] term_word` words (`terimi`, `term`, `термин`), lower case."""
    return frozenset(w.lower() for w in shipped_words("term_word"))


def _named_term(text: str, quoted: re.Match[str]) -> bool:
    """Whether a term's word stands right before or after the quoted span (`“Türkistan”
    terimi`, `термин «Туркестан»`): the quotes hold a term, no work's name."""
    after = text[quoted.end() :].split(maxsplit=1)
    before = text[: quoted.start()].rsplit(maxsplit=1)
    words = [w.strip(_EDGES).lower() for w in (after[:1] + before[-1:])]
    return not _term_words().isdisjoint(words)


def names_a_work(text: str) -> bool:
    """Whether a quoted name in capitals follows a capitalised word, a person's name in its
    genitive or an initial (`Әуезовтің «Абай жолы» романында`, `Н. Масанова «Кочевая …»`):
    the prose names a work by its author, and cites it (a term in quotes, `“yeni”`, a name
    after a lower-case word, `2019 жылы «Жас ғалым» конкурсында`, or one a term's word names,
    `Burada “Türkistan” terimi`, names none)."""
    for quoted in _QUOTED.finditer(text):
        name = text[quoted.start() + 1 : quoted.end()]
        before = text[: quoted.start()].split()
        capitals = name[:1].isupper() and before and before[-1][:1].isupper()
        if capitals and not _named_term(text, quoted):
            return True
    return False


def _terms_only(text: str, outside: str) -> bool:
    """Whether each quoted span of `text` is a term in lower case (`«евразийство»`), no
    work's name, and the words `outside` them read as prose with no initial (`Термин
    «евразийство» впервые появился в сборнике статей, вышедшем в Софии в 1921 г.`)."""
    spans = [m.group()[1:2] for m in _QUOTED.finditer(text)]
    if not all(first.islower() for first in spans):
        return False
    return reads_as_prose(outside) and not initial(outside)


def quoted_in_prose(text: str) -> bool:
    """Whether `text` is one sentence of lower-case prose around quoted names (the sentence's
    first word may be a capital; more capitals only around terms, `_terms_only`), its numbers
    years inside the sentence, with no "see" word,
    address or GOST `//`: a remark that names a work, not a citation of it."""
    if len(text) > _MAX_CHARS or "//" in text or "www." in text:
        return False
    last = text.rstrip(" .!?").rsplit(None, 1)[-1:] or [""]
    if not (last[0].isalpha() and last[0].islower()) and not _YEARISH.fullmatch(last[0]):
        return False  # most notes: a citation closes on its page, date, host or quote
    outside = _QUOTED.sub(" ", text)
    if outside == text or any(q in outside for q in '«»“”„"'):
        return False  # no quote, or an unclosed one
    words = [w.strip(_EDGES) for w in outside.split()]
    words = [w for w in words if w]
    if len(words) < _MIN_WORDS:
        return False
    capitals = False
    for i, word in enumerate(words):
        if _YEARISH.fullmatch(word):
            continue  # "2019", "1932–33", "1916-жылы", "1990'lı": judged by years_in_prose
        plain = word.replace("-", "").replace("’", "").replace("'", "")
        if not plain.isalpha():
            return False  # a page, a number: a citation's
        capitals = capitals or (i > 0 and not plain.islower())
    if capitals and not _terms_only(text, outside):
        return False  # a name beside a quoted title: a citation's
    # one sentence: no period inside but the last
    if outside.rstrip(" .!?").count(". ") or patterns().see.search(outside):
        return False
    if names_a_work(text):
        return False
    digits = any(c.isdigit() for c in outside)
    return not digits or years_in_prose(outside)


def glosses_a_term(text: str) -> bool:
    """Whether `text` is a short gloss on terms in quotes (`Араб. «новый».`, `Arapça “yeni”
    anlamına gelir.`, `Термин «кочевая цивилизация» используется здесь условно.`): every
    quoted span a term in small letters (a title's first word is a capital), a few words
    outside them, each in small letters after the first but a language's shortened name, no
    digit, address, GOST `//` or "see" word, and no author's comma after the first word."""
    if len(text) > _MAX_CHARS or "//" in text or any(c.isdigit() for c in text):
        return False
    quoted = [m.group()[1:-1].strip() for m in _QUOTED.finditer(text)]
    if not quoted or any(not q[:1].islower() or len(q.split()) > _TERM_WORDS for q in quoted):
        return False
    outside = _QUOTED.sub(" ", text)
    if any(q in outside for q in '«»“”„"') or "www." in outside or patterns().see.search(outside):
        return False
    words = [w for w in (w.strip(_EDGES + "'’") for w in outside.split()) if w]
    if not words or len(words) > _GLOSS_WORDS or outside.split()[0].endswith(","):
        return False
    return all(w.replace("-", "").isalpha() and w.islower() for w in words[1:])
