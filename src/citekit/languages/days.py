"""A day written by a CLDR date pattern the way a language writes it."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from babel import Locale
from babel.dates import format_date

if TYPE_CHECKING:
    from citekit.languages import Language

__all__ = ["format_day"]

_NAMED_FIELDS: Final = re.compile(r"MMM|LLL|E|c{3,}|e{3,}|G|a")  # pattern letters written as words
_MONTH_WORD: Final = re.compile(r"M{4}|L{4}")


def format_day(value: dt.date, pattern: str, lang: Language | None) -> str | None:
    """`value` written by a CLDR `pattern` the way `lang` writes it, or None when it cannot be.

    A language with a CLDR locale is written by babel; one without (a data-only language) gets
    CLDR's root locale with the full month names of its own file. With no language at all only
    numeric patterns (``dd.MM.yyyy``) can be written. An invalid pattern gives None.
    """
    try:
        if lang is not None and lang.cldr is not None:
            return str(format_date(value, pattern, locale=lang.cldr))
        if lang is not None:  # the language's own month name, quoted as a literal
            month = lang.months[value.month][0].replace("'", "''")
            pattern = _MONTH_WORD.sub(f"'{month}'", pattern)
        if _NAMED_FIELDS.search(re.sub(r"'[^']*'", "", pattern)):
            return None
        return str(format_date(value, pattern, locale=Locale("root")))
    except (ValueError, KeyError):
        return None
