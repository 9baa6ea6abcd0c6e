"""The values of a language file, each read and validated: lists of words, tables of months,
letters and priors, and the month and weekday names CLDR gives (`citekit.languages._build`
puts them together as a `Language`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from babel.dates import get_day_names, get_month_names

from citekit.errors import LanguageDataError

__all__ = ["LEGAL_KEYS", "LEGAL_LEVELS"]

# [legal]: the levels of an archive's shelf mark, widest first, and every key of the table
LEGAL_LEVELS = ("fond", "series", "inventory", "box", "file", "item", "leaf")
LEGAL_KEYS = frozenset(
    {"law", "document", "number", "number_after", "section", "section_after", "verso", "archive"}
    | {"gazette", "gazette_date", "gazette_issue"}
    | {"case_number", "standard", "named_number", "issuer_number", "official_journal", "versus"}
    | {"treaty_series", "code_series", "bill", "legislature", "session"}
    | {"resolution", "amended", "case_date", "adopted", "heading"}
    | set(LEGAL_LEVELS)
    | {f"{level}_after" for level in LEGAL_LEVELS}
)


def _strings(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguageDataError(where, f"{key!r} must be a list of strings")
    return tuple(value)


def _month_table(value: Any, key: str, where: str) -> dict[int, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        raise LanguageDataError(where, f"months.{key} must be a table of month number = [names]")
    table: dict[int, tuple[str, ...]] = {}
    for month, names in value.items():
        if not str(month).isdigit() or not 1 <= int(month) <= 12:
            raise LanguageDataError(where, f"months.{key}: {month!r} is not a month number 1-12")
        table[int(month)] = _strings({"n": names}, "n", where)
    return table


def _cldr_months(cldr: str | None) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    full: dict[int, list[str]] = {m: [] for m in range(1, 13)}
    short: dict[int, list[str]] = {m: [] for m in range(1, 13)}
    if cldr is None:
        return full, short
    for context in ("format", "stand-alone"):
        for month, name in get_month_names("wide", context, cldr).items():
            full[month].append(str(name))
        for month, name in get_month_names("abbreviated", context, cldr).items():
            short[month].append(str(name).rstrip("."))
    return full, short


def _cldr_weekdays(cldr: str | None) -> dict[int, tuple[str, ...]]:
    days: dict[int, list[str]] = {d: [] for d in range(7)}
    if cldr is not None:
        for width in ("wide", "abbreviated", "short"):
            for context in ("format", "stand-alone"):
                for day, name in get_day_names(width, context, cldr).items():
                    days[day].append(str(name).rstrip("."))
    return {d: tuple(dict.fromkeys(v)) for d, v in days.items()}


def _alphabets(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
        raise LanguageDataError(where, "langid.alphabet must map script codes to letters")
    return {str(script): letters.casefold() for script, letters in value.items()}


def _letter_table(data: Mapping[str, Any], key: str, where: str) -> dict[str, str]:
    """`key` of `data`: a table of one letter = a string of letters (lower case)."""
    value = data.get(key, {})
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and k.isalpha() and len(k) == 1 and isinstance(v, str) and v.isalpha()
        for k, v in value.items()
    ):
        raise LanguageDataError(where, f"langid.{key} must map one letter to a string of letters")
    return {k.casefold(): v.casefold() for k, v in value.items()}


def _priors(value: Any, where: str) -> dict[str, int]:
    if not isinstance(value, Mapping) or not all(isinstance(v, int) for v in value.values()):
        raise LanguageDataError(where, "langid.script_prior must map script codes to integers")
    return {str(script): int(prior) for script, prior in value.items()}


def _letters(data: Mapping[str, Any], key: str, where: str, section: str = "langid") -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or not all(c.isalpha() for c in value):
        raise LanguageDataError(where, f"{section}.{key} must be a string of letters")
    return value.casefold()


def _romanizations(value: Any, where: str) -> dict[str, dict[str, str]]:
    if not isinstance(value, Mapping) or not all(
        isinstance(t, Mapping) and all(isinstance(v, str) for v in t.values())
        for t in value.values()
    ):
        raise LanguageDataError(where, "[romanize] must map scheme names to letter tables")
    return {str(k): {str(a): str(b) for a, b in t.items()} for k, t in value.items()}


def _lowercase_words(casing: Any, where: str) -> tuple[str, ...]:
    """[casing] title_lowercase: lower-case words or phrases, each written once."""
    if not isinstance(casing, Mapping):
        raise LanguageDataError(where, "[casing] must be a table")
    words = _strings(casing, "title_lowercase", where)
    for word in words:
        if not word.strip() or word != word.lower() or word != " ".join(word.split()):
            raise LanguageDataError(
                where, f"title_lowercase: {word!r} must be lower case, single-spaced words"
            )
    if len(set(words)) != len(words):
        twice = sorted({w for w in words if words.count(w) > 1})
        raise LanguageDataError(where, f"title_lowercase lists {', '.join(twice)} twice")
    return words


def _table(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise LanguageDataError(where, f"[{key}] must be a table")
    return value


def _type_words(value: Any, where: str, section: str = "types") -> dict[str, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        raise LanguageDataError(where, f"[{section}] must map a key to a list of words")
    return {str(key): _strings(value, key, where) for key in value}


def _legal(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    found = _type_words(value, where, "legal")
    unknown = sorted(set(found) - LEGAL_KEYS)
    if unknown:
        raise LanguageDataError(where, f"unknown key(s) in [legal]: {', '.join(unknown)}")
    return found


_SEPARATORS = frozenset("./-")


def _separators(data: Mapping[str, Any], where: str) -> tuple[str, ...]:
    """`fixed_separators`: the marks between a numeric date's parts (`.`, `/`, `-`) after which
    the language's notes write only its own order (`numeric_order`, `slash_order`)."""
    found = _strings(data, "fixed_separators", where)
    if not set(found) <= _SEPARATORS:
        raise LanguageDataError(where, "fixed_separators lists only '.', '/' and '-'")
    return found
