"""Numbers: plurals of locators, roman numerals, page ranges in the style's format."""

from __future__ import annotations

import re
from typing import Any

from citekit.styles.locale import CslLocale

# a range is joined by a hyphen, an en dash or an em dash (Russian typography writes
# "С. 45—52"; word processors turn " - " into either dash)
_NUMERIC = re.compile(
    r"^\s*[a-zA-Z]*\d+[a-zA-Z]*(?:\s*(?:[-–—,&]|and)\s*[a-zA-Z]*\d+[a-zA-Z]*)*\s*$"
)
_PLURAL = re.compile(r"\d\s*(?:[-–—,&]|and)\s*\d")
_NUMBERS = re.compile(r"\d+")


def _plural(value: str, locale: CslLocale) -> bool:
    """Whether a locator or page names more than one: two numbers joined by a range, a comma,
    "&" or the locale's "and" ("213 et 235", "S213-S235", "213, and 235")."""
    if _PLURAL.search(value) or _ROMAN_RANGE.search(value):
        return True
    if len(_NUMBERS.findall(value)) < 2:
        return False
    joiners = [
        "-",
        "–",
        ",",
        "&",
        "and",
        locale.term("and") or "",
        locale.term("and", "symbol") or "",
    ]
    return any(j and j in value for j in joiners)


# a page: an optional prefix ending in a letter ("N", "8n", "123N"), then its number
_RANGE = re.compile(
    r"(?<![\w])((?:[0-9A-Za-z]*[A-Za-z])?)(\d+)\s*[-–—]\s*((?:[0-9A-Za-z]*[A-Za-z])?)(\d+)(?![\w])"
)
_ROMAN_RANGE = re.compile(
    r"(?<![\w])([ivxlcdm]+|[IVXLCDM]+)\s*[-–—]\s*([ivxlcdm]+|[IVXLCDM]+)(?![\w])"
)


def _page_ranges(text: str, fmt: str | None, dash: str = "–") -> str:
    """Page ranges with the locale's dash, in the style's page-range-format. Prefixed pages
    ("N110-N115") are formatted when both have the same prefix, else kept as written."""

    def one(match: re.Match[str]) -> str:
        before, first, after, second = match.groups()
        if before != after and after:
            return f"{before}{first}-{after}{second}"  # different prefixes: as written
        if before and not after:
            return f"{before}{first}-{second}"  # a prefix on the first only: as written
        if fmt is None:
            return f"{before}{first}{dash}{after}{second}"  # no format: with the dash
        if len(second) < len(first):
            second = first[: len(first) - len(second)] + second  # 321-8 means 321-328
        if int(second) < int(first):
            return f"{before}{first}{dash}{after}{second}"
        shown = _second_number(first, second, fmt)
        return f"{before}{first}{dash}{after if shown == second else ''}{shown}"

    def roman(match: re.Match[str]) -> str:
        return f"{match.group(1)}{dash}{match.group(2)}"

    # "327\-30": an escaped hyphen is a hyphen, not a range
    parts = text.split("\\-")
    return "-".join(_ROMAN_RANGE.sub(roman, _RANGE.sub(one, part)) for part in parts)


def _second_number(first: str, second: str, fmt: str) -> str:
    if fmt == "expanded" or len(first) != len(second):
        return second
    same = 0
    while same < len(first) - 1 and first[same] == second[same]:
        same += 1
    minimal = second[same:]
    if fmt == "minimal":
        return minimal
    two = second[max(0, min(same, len(second) - 2)) :]
    if fmt == "minimal-two":
        return two
    number = int(first)  # chicago: the Chicago Manual of Style's rules (15th; 16th with -16)
    if number < 100 or number % 100 == 0:
        return second
    if number % 100 < 10:
        return minimal
    if fmt != "chicago-16" and len(first) == 4 and len(minimal) >= 3:
        return second
    return two


def _is_numeric(value: Any) -> bool:
    if isinstance(value, (int, float)):
        return True
    return bool(value) and bool(_NUMERIC.match(str(value)))
