"""Short remarks: a note of a few lower-case words, or an author's or editor's note, that names
no source of its own (`This point is disputed by several authors.`, `Здесь и далее перевод
мой. – И. И.`, `Автордың ескертпесі.`)."""

from __future__ import annotations

import functools
import itertools
import re
from typing import Final

from citekit.citations._words import literal_alternation, patterns
from citekit.citations.amendments import amendment
from citekit.citations.commentary import commentary_spans
from citekit.citations.prose import (
    cites_after_see,
    labelled_number,
    opens_with_name,
    years_in_prose,
)
from citekit.citations.sources import YEAR
from citekit.languages import shipped_words

__all__ = ["compiled_line", "remark", "without_label"]

# fewer may be a title alone: "Köpçülikleýin habar beriş serişdeleri hakynda."
_MIN_WORDS: Final = 6
# words beside a commentary phrase: "Alpysbayev т.б. (автордың ескертпесі)" cites
_MIN_LEFT: Final = 3
# "– И. И.", "— А.К.", a role's abbreviation: "— Ред.", "— Прим. ред.", "– Auth."; opened by its
# dash, not by white space, which a search would try at every space of a long run
_SIGNATURE: Final = re.compile(r"[–—-]\s*(?:[^\W\d_]{1,4}\.\s*){1,3}$")
_EDGES: Final = ".,:;!?()[]*_–—-«»“”\"'"
_SENTENCE_END: Final = ".!?"
_DIGIT: Final = re.compile(r"\d")  # any digit (str.isdigit's, told at C speed)
# a name with its case ending after an apostrophe (`Ankara'da`, `Türkiye’nin`): a sentence's word
_SUFFIXED: Final = re.compile(r"[^\W\d_]+['’][^\W\d_]+")
_LABEL_CHARS: Final = 14  # an author's note's label and its colon open the note: "Примечание:"


@functools.cache
def _label() -> re.Pattern[str]:
    """An author's note's label of the language files and its colon (`Not:`, `Примечание:`)."""
    words = sorted(shipped_words("note_label"), key=len, reverse=True)
    return re.compile(rf"(?:{literal_alternation(words)})\s*:\s+")


def remark(text: str) -> bool:
    """Whether `text` is a remark with no source: no address, quotation or digit but a year
    inside a sentence with no "see" word, and, once the
    language files' commentary phrases and a closing signature of initials are set aside,
    every word after a sentence's first in lower case (six words at least; three beside a
    commentary phrase, or none: `Emphasis added.`). A first word followed by a comma is an
    author before a title written in sentence case (`Yılmaz, türk dış politikası.`): no
    remark. In a sentence dated by its year a name with its case ending after an apostrophe
    (`1924 yılında Ankara'da yaşandı`) is the sentence's word, no title's."""
    if "://" in text or "www." in text:
        return False
    labelled = without_label(text)  # "Not: Bu bilgi …": the label, then the remark
    dated = _DIGIT.search(labelled) is not None
    # `Ескерту: … 2023 жылғы 31 желтоқсандағы жағдай бойынша берілген.`: an author's note
    # labelled so may date what it says by its day (a "see" word points at a work)
    told = labelled is not text and patterns().see.search(labelled) is None
    if dated and not told and not _worded_years(labelled):
        return False
    text = labelled
    body = _SIGNATURE.sub("", text)
    spans = commentary_spans(body)
    starts = [0, *(end for _, end in spans)]
    ends = [*(start for start, _ in spans), len(body)]
    body = " ".join(body[a:b] for a, b in zip(starts, ends, strict=True))  # the phrases left out
    raw = [w for w in body.split() if w.strip(_EDGES)]
    if not raw:
        return bool(spans)
    if len(raw) < (_MIN_LEFT if spans else _MIN_WORDS):
        return False
    if raw[0].endswith(",") and not _author_noun(raw[0]):
        return False
    for before, word in itertools.pairwise(raw):
        plain = word.strip(_EDGES)
        if not plain[:1].isupper() or (dated and _SUFFIXED.fullmatch(plain)):
            continue  # `1924 yılında Ankara'da yaşandı`: a place's case in a dated sentence
        opener = before.strip(_EDGES)
        if not (before.endswith(tuple(_SENTENCE_END)) and len(opener) > 2 and opener.islower()):
            return False  # a capital inside a sentence: a name or a title
    return True


def without_label(text: str) -> str:
    """`text` without an author's note's label and its colon that open it (`Not:`,
    `Примечание:`), told by a look for a colon among its first characters."""
    if ":" in text[:_LABEL_CHARS] and (label := _label().match(text)) is not None:
        return text[label.end() :]
    return text


def _author_noun(word: str) -> bool:
    """Whether `word` (a comma after it) is the language files' word for the work's own
    author (`Yazar,`, `Автор,`): the remark's subject, no name before a title."""
    return word.rstrip(",").casefold() in _author_nouns()


@functools.cache
def _author_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("author_noun"))


def _worded_years(text: str) -> bool:
    """Whether each number of `text` is a year inside a sentence, after a word (`1990'lı
    yıllarda`, `в 1916 году`), and nothing points at a work: not a date after a comma
    (`Полевые материалы автора, 2019 г.`), not `bkz. yazarın 2015 tarihli kitabı`."""
    if not years_in_prose(text) or patterns().see.search(text):
        return False
    return all(text[: m.start()].rstrip()[-1:].isalpha() for m in YEAR.finditer(text))


@functools.cache
def _compiled() -> re.Pattern[str]:
    words = sorted(shipped_words("compiled"), key=len, reverse=True)
    # grouped by first character (one group tried a place): found where the flat one is
    return re.compile(literal_alternation(words))


def compiled_line(text: str) -> bool:
    """Whether `text` is a table's or figure's source line that the author compiled (the
    language files' `compiled` phrases: `Kaynak: TÜİK verilerinden derlenmiştir.`, `Источник:
    составлено автором по данным …`, `Source: compiled by the author.`) or a line dating its
    data (`Данные на 1 января 2021 г.`): it names a body whose data were used, no work; not
    in an act's amended-state bracket (`citations/amendments.py`), nor with an address, a page
    or volume number, a name and initials or a "see" before a work."""
    if "(" in text:  # an act's amended state: `(с изм. по состоянию на 01.01.2024)`
        text = amendment(text)[0]
    if _compiled().search(text) is None or "://" in text or "www." in text:
        return False
    if patterns().page_after.search(text) is not None:
        return False  # `… – Aşgabat, 2020. – 45 sah.; awtoryň hasaplamalary.`: a page cited
    return not (labelled_number(text) or cites_after_see(text) or opens_with_name(text))
