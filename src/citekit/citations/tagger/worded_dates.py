"""A day's date written with ordinals, as Turkic languages write it (`5-nji mart 2020 ý.`,
`2021-nji ýylyň 12-nji marty`, `12-inci Mart 2021`, Kyrgyz `2023-ж. 27-январь`, its day's
number glued to the month's name): one date whatever the model called its
pieces (the day an edition, the year a host's name). One an access word stands just before is
the access date's, and left as it is. A season's word before a year is the date's too; the
date after MLA's `Web.` is the access date, and a month with a span of its days before the
year (`September 14–15, 2022`) is the date's."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.citations.tagger.years import ordinal_suffixes
from citekit.dates import read_date
from citekit.languages import shipped_words

__all__ = [
    "date_after_medium",
    "day_before_month",
    "days_before_year",
    "month_before_year",
    "season_after_year",
    "season_at",
    "season_before_year",
    "season_word",
    "worded_dates",
]

_NEAR: Final = 3  # tokens before a date where an access word makes it the access date
_KEEP: Final = frozenset({"accessed", "URL", "DOI"})  # runs a date is never painted over
_NAMED: Final = frozenset({"title", "container-title"})  # a run that goes on past a date holds it


def _ordinal(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is an ordinal suffix glued by a hyphen to a day's or a year's number."""
    if i < 2 or tokens[i].text.casefold() not in ordinal_suffixes():
        return False
    number, hyphen = tokens[i - 2], tokens[i - 1]
    glued = number.end == hyphen.start and hyphen.end == tokens[i].start
    return glued and hyphen.text == "-" and number.text.isdecimal() and len(number.text) <= 4


def _glued_month(tokens: list[Token], marks: list[set[str]], i: int) -> bool:
    """Whether token `i` is a month's name glued by a hyphen to its day's number, as Kyrgyz
    and Kazakh write a day (`27-январь`, `14-март`)."""
    if "month" not in marks[i]:
        return False
    number, hyphen = tokens[i - 2], tokens[i - 1]
    glued = number.end == hyphen.start and hyphen.end == tokens[i].start
    return glued and number.text.isdecimal() and len(number.text) <= 2


def _part(tokens: list[Token], marks: list[set[str]], i: int) -> str | None:
    """What token `i` may be in a worded date: a number, a mark, a year's word, a word (the
    month's candidate), or None."""
    text = tokens[i].text
    if text.isdecimal() and len(text) <= 4:
        return "number"
    if text == "-" or text.casefold() in ordinal_suffixes():
        return "mark"
    if "year" in marks[i]:
        return "year"
    return "word" if text.isalpha() else None


def _window(tokens: list[Token], marks: list[set[str]], i: int) -> tuple[int, int]:
    """The tokens around the ordinal `i` that may make one date, with one word at most."""
    words = 0
    a = i
    while a > 0 and (part := _part(tokens, marks, a - 1)) is not None:
        if part == "word":
            if words:
                break
            words += 1
        a -= 1
    b = i + 1
    while b < len(tokens) and (part := _part(tokens, marks, b)) is not None:
        if part == "word":
            if words:
                break
            words += 1
        b += 1
    while a < b and _part(tokens, marks, a) not in ("number", "word"):
        a += 1  # a date opens with its day, its year or its month
    while b > a and _part(tokens, marks, b - 1) == "mark" and not _ordinal(tokens, b - 1):
        b -= 1
    return a, b


def text_of(tokens: list[Token], a: int, b: int) -> str:
    """Tokens `a` to `b` as written, their spaces kept as one."""
    return "".join(
        t.text + (" " if k + 1 < b and tokens[k + 1].start > t.end else "")
        for k, t in enumerate(tokens[a:b], a)
    )


_SEPARATORS: Final = DASHES | {".", ","}
_YEAR_DIGITS: Final = 4
_GAP: Final = 2  # separating tokens between a year and its day at most


def _year_before(tokens: list[Token], marks: list[set[str]], a: int) -> int | None:
    """The token of a year written just before a day and month (`2020, 1-nji sentýabr`),
    apart from them by a period, a comma or a dash at most, its year's word glued to it by a
    hyphen maybe (`2023-ж. 27-январь`)."""
    k = a - 1
    while k >= 0 and a - k <= _GAP and tokens[k].text in _SEPARATORS:
        k -= 1
    if k < 0 or k == a - 1:
        return None
    if k >= 2 and "year" in marks[k] and tokens[k - 1].text == "-":
        k -= 2  # `2023-ж.`: the year, then its word
    text = tokens[k].text
    return k if text.isdecimal() and len(text) == _YEAR_DIGITS else None


def worded_dates(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with each date that writes its day or year with an ordinal suffix and reads
    whole (day, month and year) one date run."""
    # an ordinal's suffix follows a hyphen: the other tokens are not asked (most notes have none)
    if "-" not in text_set(tokens):
        return list(found)
    ordinals = [
        i
        for i in range(2, len(tokens))
        if tokens[i - 1].text == "-" and (_ordinal(tokens, i) or _glued_month(tokens, marks, i))
    ]
    if not ordinals:
        return list(found)
    out = list(found)
    done = -1
    for i in ordinals:
        if i < done:
            continue
        a, b = _window(tokens, marks, i)
        done = b
        if b - a < 3 or any(m & {"accessed", "archived"} for m in marks[max(0, a - _NEAR) : a]):
            continue
        text = text_of(tokens, a, b)
        when = read_date(text).date
        if when is not None and when.month is not None and when.day is not None:
            pass
        elif (year := _year_before(tokens, marks, a)) is not None:
            # GOST's newspaper `Türkmenistan. 2021. 12-nji mart.`: the year, then the day
            text = text_of(tokens, year, b)
            when = read_date(text).date
            a = year
        if when is None or when.month is None or when.day is None:
            continue
        covering = [run for run in out if run[1] < b and run[2] > a]
        if any(run[0] in _KEEP or (run[0] in _NAMED and run[2] > b) for run in covering):
            continue  # an access date, or a date inside a title (`… 12-nji martynda geçirilen`)
        if not _ordinal(tokens, i) and any(run[0] == "title" and run[1] < a for run in covering):
            continue  # a day glued to its month that a title ran on over: the later passes' own
        if all(run[0] in ("issued", OTHER) for run in covering) and any(
            run[0] == "issued" and run[1] <= a and run[2] >= b for run in covering
        ):
            continue  # already the date's
        out = painted(out, ("issued", a, b))
    return out


_SEASON_KEYS: Final = ("spring", "summer", "autumn", "winter")  # CSL's seasons 1 to 4


@functools.cache
def _season_numbers() -> dict[str, int]:
    return {w.casefold(): n for n, key in enumerate(_SEASON_KEYS, 1) for w in shipped_words(key)}


def season_word(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a season's word just before a year: the date's, read."""
    following = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return is_year(following) and tokens[k].text.casefold() in _season_numbers()


def season_at(tokens: list[Token], a: int) -> int | None:
    """The season (1 spring … 4 winter) whose word opens the date run at `a` or stands just
    before it (`Bahar 2017`, `(Spring 2019)`), else None."""
    for k in (a - 1, a):
        if 0 <= k < len(tokens) - 1 and is_year(tokens[k + 1].text):
            season = _season_numbers().get(tokens[k].text.casefold())
            if season is not None:
                return season
    if _season_after(tokens, a):  # APA's `(2018, Autumn)`
        return _season_numbers()[tokens[a + 2].text.casefold()]
    return None


def _season_after(tokens: list[Token], k: int) -> bool:
    """Whether APA's season follows the year at token `k` in its bracket (`(2018, Autumn)`)."""
    if k < 1 or k + 3 >= len(tokens) or tokens[k - 1].text != "(" or tokens[k + 3].text != ")":
        return False
    if not is_year(tokens[k].text) or tokens[k + 1].text != ",":
        return False
    return tokens[k + 2].text.casefold() in _season_numbers()


def season_after_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with APA's season after the year in its bracket (`Morris, K. (2018, Autumn).
    Title.`) read as the date's (the model ran the title on from it): the year is the date,
    the season its part (`season_at`), the bracket no title's."""
    for label, a, _ in found:
        if label == "issued" and _season_after(tokens, a):
            return painted(found, (OTHER, a + 1, a + 4))
    return found


_SEASONED: Final = frozenset(
    {"publisher-place", "publisher", "container-title", "volume", "issue", "edition"}
)


def _season_tail(tokens: list[Token], a: int, b: int) -> int:
    """Where the season's words closing tokens a..b begin after a comma (`Bilig, Bahar`), or
    `b` when the run does not close so."""
    k = b
    while k > a and tokens[k - 1].text.casefold() in _season_numbers():
        k -= 1
    return k if a < k < b and tokens[k - 1].text == "," else b


def _season_year_run(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a season and its year the model read as a host or a place in a note with
    no date (`Bilig, Sayı 101, Bahar 2022, s. 1–28`) read as the date's year, its season."""
    if any(run[0] == "issued" for run in found):
        return found
    for label, a, b in found:
        if label in _SEASONED and b == a + 2 and season_word(tokens, a):
            return painted(painted(found, (OTHER, a, a + 1)), ("issued", a + 1, b))
    return found


def season_before_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a season's word just before the date's year (`Bilig, Sayı 25, Bahar 2003`,
    `Winter 2019`) the date's, not a place or a host: a periodical dates its issue so. A host
    run the season closes after a comma (`Bilig, Bahar 2017`) ends at the comma."""
    out: list[Run] = []
    seasons = _season_numbers()
    found = _season_year_run(tokens, found)
    for j, (label, a, b) in enumerate(found):
        after = found[j + 1] if j + 1 < len(found) else None
        if after is None or after[0] != "issued" or after[1] != b:
            out.append((label, a, b))
        elif label in _SEASONED and all(t.text.casefold() in seasons for t in tokens[a:b]):
            out.append((OTHER, a, b))
        elif label in _SEASONED or label == "title":
            k = _season_tail(tokens, a, b)
            out.extend([(label, a, k - 1), (OTHER, k - 1, b)] if k < b else [(label, a, b)])
        else:
            out.append((label, a, b))
    return out


@functools.cache
def _media() -> frozenset[str]:
    return frozenset(shipped_words("medium_online"))


def date_after_medium(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a date run just after MLA's medium `Web.` read as the access date when the
    work has a date of its own before it (`Bilig 88 (2019): 77-102. Web. 4 Mart 2021.`)."""
    dated = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(dated) < 2:  # the work's date and the access date
        return list(found)
    out = list(found)
    for j in dated[1:]:
        _, a, b = found[j]
        if a >= 2 and tokens[a - 1].text == "." and tokens[a - 2].text in _media():
            # the medium's word is no field's (the model may call it a title)
            out = painted(painted(out, (OTHER, a - 2, a)), ("accessed", a, b))
    return out


_DAYS: Final = frozenset({"issued", "accessed", "title", "author", "URL", "DOI"})
_DAY_RANGE: Final = 4  # tokens of `September 14–15` and of `14–15 September`


def _day_span(tokens: list[Token], marks: list[set[str]], a: int) -> bool:
    """Whether tokens `a` to `a + 4` are a month and a span of its days, either way round."""
    words = [t.text for t in tokens[a : a + _DAY_RANGE]]
    month = [k for k in range(a, a + _DAY_RANGE) if "month" in marks[k]]
    days = words[1:] if month == [a] else words[:-1] if month == [a + 3] else []
    if len(days) != 3:  # a day, a dash, a day
        return False
    return days[0].isdecimal() and days[1] in DASHES and days[2].isdecimal()


def _first_day(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the first day of a span the model read apart (`7` `-` `9 Haziran 2017`)
    given to the date after it, when the whole reads as a date of that day and the note has
    no other date (an event's days beside the imprint's year are given back: `periods.py`)."""
    if sum(1 for run in found if run[0] == "issued") != 1:
        return found
    for label, a, b in found:
        if label != "issued" or a < 2 or tokens[a - 1].text not in DASHES:
            continue
        day = tokens[a - 2].text
        owner = next((run[0] for run in found if run[1] <= a - 2 < run[2]), OTHER)
        if owner in _DAYS or not (day.isdecimal() and len(day) <= 2):  # a day's digits
            continue
        read = read_date(text_of(tokens, a - 2, b)).date
        if read is not None and read.day == int(day):
            return painted(found, ("issued", a - 2, b))
    return found


def days_before_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a run of a month and a span of its days just before the date's year,
    a comma at most between, read as the date (`The Diplomat, September 14–15, 2022`), and
    a span's first day read apart given to the date (`7-9 Haziran 2017`)."""
    out = _first_day(tokens, list(found))
    for j in range(len(out) - 1):
        label, a, b = out[j]
        if label in _DAYS or b - a != _DAY_RANGE or not _day_span(tokens, marks, a):
            continue
        k = j + 1
        if out[k][0] == OTHER and [t.text for t in tokens[out[k][1] : out[k][2]]] == [","]:
            k += 1
        if k >= len(out) or out[k][0] != "issued":
            continue
        when = read_date(text_of(tokens, a, out[k][2])).date
        if when is not None and when.day is not None:
            out[j] = ("issued", a, b)
    return out


def month_before_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an abbreviated month left outside the date just before its year (`Haz.
    2021`: `Haz.` is also an editor's word) given to the date."""
    out = list(found)
    for j in range(1, len(out)):
        label, a, b = out[j]
        if label != "issued" or not is_year(tokens[a].text) or out[j - 1][0] != OTHER:
            continue
        k = a - 2 if a >= 2 and tokens[a - 1].text == "." else a - 1
        if k < out[j - 1][1] or not tokens[k].text.isalpha():
            continue
        when = read_date(text_of(tokens, k, b)).date
        if (
            when is not None
            and when.month is not None
            and when.raw
            and when.raw.startswith(tokens[k].text)
        ):
            out[j - 1 : j + 1] = [
                run for run in ((OTHER, out[j - 1][1], k), ("issued", k, b)) if run[1] < run[2]
            ]
            return out
    return out


_DAY_DIGITS: Final = 2
_DATED: Final = frozenset({"issued", "accessed"})


def day_before_month(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a day's number left outside a date that opens with its month given to
    the date (`1 | Nisan 2007`, `(20 | маусым 1986)`): a day written before its month is the
    date's whenever the whole reads as a date of that day."""
    out: list[Run] = []
    for label, a, b in found:
        before = out[-1] if out else None
        day = tokens[a - 1].text if a else ""
        if (
            label in _DATED
            and before is not None
            and before[0] == OTHER
            and before[2] == a
            and day.isdecimal()
            and len(day) <= _DAY_DIGITS
            and "month" in marks[a]
        ):
            when = read_date(text_of(tokens, a - 1, b)).date
            if when is not None and when.month is not None and when.day == int(day):
                out.pop()
                if before[1] < a - 1:
                    out.append((OTHER, before[1], a - 1))
                a -= 1
        out.append((label, a, b))
    return out
