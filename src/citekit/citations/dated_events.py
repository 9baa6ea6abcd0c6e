"""A sentence that states when an event took place: `Договор был подписан 15 мая 1992 г.`,
`Antlaşma 12 Mart 1992'de imzalandı.`, `The treaty was signed on 15 May 1992.`, `Келісім 1992
жылы 15 мамырда қол қойылды.` A citation writes a day's date after a comma or a mark (`…, 12
мая 2020 г.`, `The Times, 15 May 1992`); prose writes it after a word in small letters, inside a
sentence that holds or closes on a finite verb of the language files. With the day and its
month's word taken out, such a note reads as the author's prose the other facts tell
(`closes_on_predicate`, `holds_finite_verb`); an interview or field record keeps citing."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.predicates import closes_on_predicate, holds_finite_verb
from citekit.citations.type_cues import has_type_cue
from citekit.dates import parse_date

__all__ = ["states_dated_event"]

_MAX_CHARS: Final = 300
# a day's number, perhaps with an ordinal's or case's ending (`15`, `15-nji`, `3'te`)
_DAY: Final = re.compile(
    r"(?<![\w.,:/-])(\d{1,2})(?:-[^\W\d_]{1,4}|['’][^\W\d_]{1,3})?(?![\w.:/-]|,\d)"
)
# a place after its preposition closing the sentence (`… в Оренбурге.`, `… in Almaty.`)
_PLACE_TAIL: Final = re.compile(r"\s[^\W\d_]{1,3}\s[^\W\d_][\w'’-]*\.?\s*\Z")
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)?")
_PROBE_YEAR: Final = 2000  # a year set beside a day and a word to read them as a date


def states_dated_event(text: str) -> bool:
    """Whether `text` (a note, stripped) is one sentence of prose whose day's date stands
    inside it after a word in small letters (`… подписан 15 мая 1992 г.`, `… on 15 May
    1992.`, `… жылы 15 мамырда …`), which without that day and month reads as prose."""
    if len(text) > _MAX_CHARS or not text[:1].isupper() or not text.rstrip().endswith("."):
        return False
    days = list(_DAY.finditer(text))
    if len(days) != 1:
        return False  # most notes: no day, or pages and numbers besides
    span = _date_span(text, days[0])
    if span is None:
        return False
    start, end = span
    before = text[:start].split()
    if not before or not before[-1].isalpha():
        return False  # "…, 12 мая 2020 г.": a citation's date
    if not before[-1].islower() and len(before) > 1 and not _after_preposition(before):
        return False  # "Smith J. The Times 15 May …": a subject (`Antlaşma 12 …`) or a place
    rest = f"{text[:start].rstrip()} {text[end:].lstrip()}"
    place = _PLACE_TAIL.search(rest)
    if place is not None and _after_preposition(rest[: place.end()].rstrip(" .").split()):
        rest = rest[: place.start()] + "."  # "… в Оренбурге.": a place closes as a word does
    if has_type_cue("interview", text):
        return False  # "Интервью записано 12 мая 2020 г. в Алматы": a record cited
    return closes_on_predicate(rest) or holds_finite_verb(rest)


_PREPOSITION: Final = 3  # letters of a preposition before a place (`в`, `in`, `at`), at most


def _after_preposition(words: list[str]) -> bool:
    """Whether the last of `words` is a place after its preposition (`в Ташкенте`, `in
    Almaty`): a capitalised word after a short one in small letters."""
    return (
        len(words) > 2
        and words[-1][:1].isupper()
        and words[-2].isalpha()
        and words[-2].islower()
        and len(words[-2]) <= _PREPOSITION
    )


def _date_span(text: str, day: re.Match[str]) -> tuple[int, int] | None:
    """Where the day `day` and its month's word stand in `text`: the word after the day
    (`15 мая`, `15-nji maýynda`) or before it (`May 15`), read as a month's date."""
    after = _WORD.match(text, day.end() + 1) if text[day.end() : day.end() + 1] == " " else None
    number = day.group(1)
    if after is not None and _is_day(f"{number} {after.group()} {_PROBE_YEAR}"):
        return day.start(), after.end()
    words = list(_WORD.finditer(text, 0, day.start()))
    if words and text[words[-1].end() : day.start()] == " ":
        month = words[-1]
        if _is_day(f"{month.group()} {number}, {_PROBE_YEAR}"):
            return month.start(), day.end() + (text[day.end() : day.end() + 1] == ",")
    return None


def _is_day(written: str) -> bool:
    found = parse_date(written)
    return found is not None and found.day is not None
