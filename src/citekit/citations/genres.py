"""Kinds of work an editor names by words beside the title, read by the item-type rules:

- a court's decision: a court's name (`Yargıtay 4. HD`, `AYM`, `Supreme Court`) with its case
  number (`E. 2019/123, K. 2020/45`, `B. No: 2018/123`, `Başvuru No: 28749/18`), or a case
  name with its law report (`Brown v. Board of Education, 347 U.S. 483 (1954)`);
- a speech: a title that ends with a speech's word (`… Yaptıkları Konuşma`, `… Basın
  Toplantısı`) or opens with one and its preposition (`Remarks by …`, `Address to …`), or
  such words outside the title (`…, address to the Koç University Conference`, `…, TOBB
  Genel Kurulu'nda yapılan konuşma`), in no newspaper's pages;
- an interview: a phrase of two words or more (`… ile Söyleşi`, `interview by …`) anywhere,
  or the word alone as a part of its own (`Röportaj,`, `[Interview]`);
- an electronic book: an e-book's mark (`e-kitap`, `[Kindle version]`, `Kindle loc. 1234`) in
  a note that names no periodical's numbers;
- a magazine's article: the host is a magazine named whole (`Foreign Affairs`, `Atlas`), cited
  by its date or issue; with a volume (`Foreign Affairs 98, no. 3`) it is cited as a journal.

The words are data: `[types]` court, speech, interview, ebook and magazine of each language
file.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from citekit.citations.type_cues import casefold, has_type_cue, news_outlet
from citekit.languages import shipped_type_words

__all__ = ["genre_type"]

_WORD = re.compile(r"\w+")
# a case's number: `2019/123`, `28749/18` (a court's register number and year, either order)
_CASE_NUMBER = re.compile(r"\b(?:\d{4}/\d{1,6}|\d{2,6}/\d{2})\b")
# `X v. Y, 347 U.S. 483`, `X v. Y [2004] UKHL 22`: a case's name and its report
_CASE_REPORT = re.compile(
    r"\S\s+v\.?\s+\S[^,]{0,200},\s*(?:\d+\s+[A-Z][\w.]*(?:\s[\w.]+){0,3}\s+(?:\([^)]*\)\s+)?\d+|\[\d{4}\])"
)
_SEPARATORS = re.compile(r"[,.;:()\[\]«»\"“”]+")


@functools.cache
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The `[types] key` entries of every shipped language as folded word sequences."""
    found = {tuple(_WORD.findall(casefold(w))) for w in shipped_type_words(key)}
    return tuple(sorted(p for p in found if p))


def _words(text: str) -> list[str]:
    return _WORD.findall(casefold(text))


def _within(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))


def _court(text: str) -> bool:
    if _CASE_REPORT.search(text) is not None:
        return True
    return _CASE_NUMBER.search(text) is not None and has_type_cue("court", text)


def _speech(title: str, text: str, container: str) -> bool:
    if container and (news_outlet(container) or has_type_cue("newspaper", container)):
        return False  # a paper's report of a speech is its article
    if not has_type_cue("speech", text):
        return False
    phrases = _phrases("speech")
    words = _words(title)
    if any(tuple(words[-len(p) :]) == p for p in phrases if len(p) <= len(words)):
        return True  # `… Yaptıkları Konuşma`
    rest = text.replace(title, " ") if title else text
    # a phrase of two words or more opens the title (`Remarks by …`) or stands outside it
    longer = [p for p in phrases if len(p) > 1]
    return any(tuple(words[: len(p)]) == p for p in longer) or any(
        _within(_words(rest), p) for p in longer
    )


def _interview(text: str) -> bool:
    if not has_type_cue("interview", text):
        return False
    words = _words(text)
    parts = {tuple(_words(p)) for p in _SEPARATORS.split(text)}
    return any(_within(words, p) if len(p) > 1 else p in parts for p in _phrases("interview"))


@functools.cache
def _magazines() -> frozenset[str]:
    return frozenset(casefold(w) for w in shipped_type_words("magazine"))


def _magazine(container: str) -> bool:
    return casefold(container.strip(" .,")) in _magazines()


def genre_type(fields: Mapping[str, object], text: str) -> str | None:
    """`legal_case`, `speech`, `interview`, `book` or `article-magazine` when the note's words tell
    one (see the module's doc), else None."""
    title = str(fields.get("title") or "")
    container = str(fields.get("container-title") or "")
    if _court(text):
        return "legal_case"
    if _interview(text):
        return "interview"
    if _speech(title, text, container):
        return "speech"
    numbered = any(fields.get(k) for k in ("volume", "issue", "DOI"))
    untitled = text.replace(title, " ") if title else text  # a headline about e-books is news
    if not numbered and has_type_cue("ebook", untitled):
        return "book"  # `Crescent and Star [Kindle version]`, `…, 2012, e-kitap, https://…`
    if container and _magazine(container) and not fields.get("volume"):
        return "article-magazine"  # a magazine is cited by its date; by a volume, as a journal
    return None
