"""An act headed by its issuer and its day before its quoted name.

The Turkic languages and Russian cite an act by who issued it and when, in the attributive form,
then its name in quotes and the word for its kind (`Türkmenistanyň Prezidentiniň 2023-nji
ýylyň 10-njy fewralyndaky «Türkmen halysynyň baýramyny geçirmek hakynda» Karary`, `Қазақстан
Республикасы Үкіметінің 2019 жылғы 27 желтоқсандағы № 988 «…» қаулысы`, `Указ Президента РК
от 15 февраля 2018 года «…»`, `Cumhurbaşkanlığının 12.03.2020 tarihli “…” Genelgesi`). The
quoted name is the act's title; the issuer and the day before it are read as its date (already
taken from the whole name, `dated_acts.py`) and the kind after it as its genre. A name that is
itself an "on …" phrase holding an older act's quoted name (`О внесении изменений в Федеральный
закон от 29 декабря 2012 г. «Об образовании …»`) stays whole. The day may
also come after the name, the issuer alone before it (`Türkmenistanyň Prezidentiniň «…»
Permany, 2007-nji ýylyň 15-nji fewraly`; Uzbek glues the attributive suffix to the closing
quote: `O‘zbekiston Respublikasining «Davlat xaridlari to‘g‘risida»gi Qonuni, 22.04.2021`):
the kind's word after the quoted name makes the same name, dated or not.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations.legal_words import law_kinds, number_words_after
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["quoted_act_name", "unnumbered"]

_YEAR: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_HEADED: Final = re.compile(
    r"^(?:(?P<head>[^«“\"]*\S)\s+)?(?:[«“](?P<name>[^«»“”]+)[»”]|\"(?P<plain>[^\"]+)\")"
    r"(?P<glued>[^\W\d_]{1,4}(?=\s))?(?P<tail>(?:\s+[^\W\d][\w-]*){0,2})\.?$"
)

# an issuer, the quoted name (its attributive suffix glued), then a day's and a number's words
# and the kind's word
_DAYED: Final = re.compile(
    r"^(?P<head>[^«“\"]*\S)\s+[«“](?P<name>[^«»“”]+)[»”](?:[^\W\d_]{1,4})?"
    r"(?P<tail>(?:\s+[^\s.,]+){1,6}?)\.?$"
)


@functools.cache
def _about() -> tuple[frozenset[str], frozenset[str]]:
    """The words opening and closing an act's "on …" name (`О`, `Про`; `hakynda`, `туралы`)."""
    opens = frozenset(w.casefold() for w in shipped_type_words("act_about_opens"))
    closes = frozenset(w.casefold() for w in shipped_type_words("act_about_closes"))
    return opens, closes


@functools.cache
def _kinds() -> frozenset[str]:
    """The words for an act's kind (`[words]` and `[types] legislation`: `Qonuni`, `Kanunu`)."""
    words = shipped_words("legislation") | shipped_type_words("legislation")
    return frozenset(w.casefold() for w in words)


def _kind_word(tail: str) -> bool:
    """Whether `tail` (the words after the quoted name) is an act's kind (`Qonuni`)."""
    words = tail.split()
    return bool(words) and words[-1].casefold() in _kinds()


def _about_phrase(head: str) -> bool:
    """Whether `head` is an act's "on …" name rather than its issuer and day."""
    words = re.findall(r"\w+", head.casefold())
    opens, closes = _about()
    return bool(words) and (words[0] in opens or any(w in closes for w in words))


def quoted_act_name(title: str | None) -> tuple[str | None, str | None]:
    """The quoted name of an act whose `title` opens with its issuer and day (see the module's
    doc), and the word(s) for its kind after the name (None when there are none); `title`
    itself, None, when it is not so built."""
    match = _HEADED.match(title or "")
    head = match["head"] or "" if match is not None else ""
    if match is None:
        return _dated_after(title)
    if _about_phrase(head):
        return title, None
    if not _YEAR.search(head) and not _kind_word(match["tail"]):
        return title, None  # a quoted name opening the title is an act's with its kind after
    name = (match["name"] or match["plain"]).strip()
    return name, match["tail"].strip() or None


def _dated_after(title: str | None) -> tuple[str | None, str | None]:
    """The quoted name and the kind's word of an act whose day and number follow its name
    (`… Prezidentining “Name”gi 2020-yil 12-maydagi PQ-4712-son qarori`, `… Президентинин
    «Name» 2016-жылдын 20-апрелиндеги`): a year among them; `title` itself, None, when it is
    not so built."""
    match = _DAYED.match(title or "")
    if match is None or _about_phrase(match["head"]):
        return title, None
    words = match["tail"].split()
    kind = words[-1] if words and words[-1].casefold() in _kinds() else None
    dated = words[:-1] if kind else words
    if not all(any(c.isdigit() for c in w) or w == "№" for w in dated):
        return title, None  # words of a sentence after the name, no day's or number's
    if not _YEAR.search(" ".join(dated)):
        return title, None
    return match["name"].strip(), kind


def unnumbered(title: str | None, number: str | None) -> str | None:
    """An act's `title` without the law's `number` and the word after it that open it
    (`5237 sayılı Türk Ceza Kanunu`: `Türk Ceza Kanunu`, the number read as the act's), when
    the title closes on an act's kind (`[legal] law`: no book on the act, `… Kanunu Şerhi`);
    the name's quotes go with them (`5237 sayılı "Türk Ceza Kanunu"`)."""
    if not title or not number or not title.startswith(number):
        return title
    word, _, rest = title[len(number) :].lstrip().partition(" ")
    if title[len(number) : len(number) + 1] != " " or word.casefold() not in number_words_after():
        return title
    name = rest.strip().strip('«»“”"„').strip()
    words = [w for w in name.split() if not w.strip(".,").isdigit()][-1:] or [""]
    kind = re.split("[’']", words[0].strip(".,"))[0].casefold()  # `Kanunu’nun 5`: `Kanunu`
    return name if kind in law_kinds() else title
