"""How values are written: names with initials, dates in each language, page ranges, numbers."""

from __future__ import annotations

import functools
import random
from typing import Any

from babel.dates import get_month_names

__all__ = ["date_text", "initials", "month_name", "name_text", "page_text"]

# name forms: how a person is written in a note
# "fam_ini" Иванов И. И.   "ini_fam" И. И. Иванов   "fam_ini_tight" Иванов И.И.
# "fam_comma_ini" Иванов, И. И.  "fam_comma_full" Иванов, Иван Иванович  "full" Иван Иванов
# "vancouver" Иванов ИИ   "first_ini" Иван Иванов → given's first name only + family
NAME_FORMS = (
    "fam_ini",
    "ini_fam",
    "fam_ini_tight",
    "fam_comma_ini",
    "fam_comma_full",
    "full",
    "vancouver",
    "first_fam",
    "fam",
    "fam_given",
)


def initials(given: str, *, tight: bool = False, dots: bool = True) -> str:
    """``Иван Иванович`` -> ``И. И.`` (``И.И.`` when tight, ``ИИ`` without dots)."""
    parts = [_first(p) for p in given.replace("-", " ").split() if p]
    if not dots:
        return "".join(parts)
    return ("." if tight else ". ").join(parts) + "."


_DIGRAPHS = ("Zh", "Sh", "Ch", "Kh", "Ts", "Yu", "Ya", "Ye")


def _first(name: str) -> str:
    """A name's initial: romanized Kazakh and Russian names keep a digraph (Zh., Sh.)."""
    return name[:2] if name.startswith(_DIGRAPHS) else name[0]


def name_text(person: dict[str, str], form: str, *, upper: bool = False) -> str:
    """Write `person` in `form` (one of `NAME_FORMS`); `upper` writes the family in capitals."""
    if "literal" in person:
        return person["literal"]
    family = person["family"].upper() if upper else person["family"]
    given = person.get("given", "")
    if not given:
        return family
    first = given.split()[0]
    match form:
        case "fam_ini":
            return f"{family} {initials(given)}"
        case "ini_fam":
            return f"{initials(given)} {family}"
        case "fam_ini_tight":
            return f"{family} {initials(given, tight=True)}"
        case "fam_comma_ini":
            return f"{family}, {initials(given)}"
        case "fam_comma_full":
            return f"{family}, {given}"
        case "vancouver":
            return f"{family} {initials(given, dots=False)}"
        case "first_fam":
            return f"{first} {family}"
        case "fam":
            return family
        case "fam_given":
            return f"{family} {given}"
        case _:
            return f"{given} {family}"


@functools.cache
def _months(lang: str, width: str, context: str) -> tuple[str, ...]:
    names = get_month_names(
        "abbreviated" if width == "abbreviated" else "wide",
        "stand-alone" if context == "stand-alone" else "format",
        lang,
    )
    return tuple(names[i] for i in range(1, 13))


# date forms: "dmy_dots" 25.10.2021  "dmy_words" 25 октября 2021  "mdy_words" October 25, 2021
# "ymd_words" 2021, Ekim 25  "iso" 2021-10-25  "my_words" октябрь 2021  "dmy_slash" 25/10/2021
DATE_FORMS = ("dmy_dots", "dmy_words", "mdy_words", "ymd_words", "iso", "my_words", "dmy_slash")


def date_text(date: dict[str, Any], lang: str, form: str, *, context: str = "format") -> str:
    """Write a CSL date (``{"date-parts": [[y, m, d]]}``) in `form`; coarser dates shrink."""
    parts = date["date-parts"][0]
    year = str(parts[0])
    if len(parts) == 1:
        return year
    month = parts[1]
    wide = _months(lang, "wide", context if lang != "tr" else "format")[month - 1]
    if len(parts) == 2:
        if form in ("dmy_dots", "dmy_slash"):
            return f"{month:02d}.{year}"
        if form == "iso":
            return f"{year}-{month:02d}"
        if lang == "ru" and context == "format":
            wide = _months(lang, "wide", "stand-alone")[month - 1]
        return f"{wide} {year}"
    day = parts[2]
    match form:
        case "dmy_dots":
            return f"{day:02d}.{month:02d}.{year}"
        case "dmy_slash":
            return f"{day:02d}/{month:02d}/{year}"
        case "iso":
            return f"{year}-{month:02d}-{day:02d}"
        case "mdy_words":
            return f"{wide} {day}, {year}"
        case "ymd_words":
            return f"{year}, {wide} {day}"
        case "my_words":
            return f"{wide} {year}"
        case _:
            return f"{day} {wide} {year}"


def month_name(lang: str, month: int, *, standalone: bool = False) -> str:
    """The wide month name (``марта``; stand-alone ``март``)."""
    return _months(lang, "wide", "stand-alone" if standalone else "format")[month - 1]


def page_text(page: str, dash: str) -> str:
    """A page or range with the style's dash (``45-49`` -> ``45–49``)."""
    return page.replace("-", dash)


def random_date(
    rng: random.Random, *, lo: int = 1950, hi: int = 2024, precision: int = 3
) -> dict[str, Any]:
    """A CSL date with 1 (year), 2 (month) or 3 (day) parts."""
    year = rng.randint(lo, hi)
    parts = [year, rng.randint(1, 12), rng.randint(1, 28)][:precision]
    return {"date-parts": [parts]}
