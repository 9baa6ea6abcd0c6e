"""A day's date with its month in Roman numerals (`от 3.IX.1939 г.`, `17/VIII 2015 г.`,
`12 XII 1999`), as Russian, Polish and archival notes write it: the day, the month and the year
are the work's date, fixed before the model reads the note (the model, trained on months in
words and digits, reads the numeral as a title's or a volume's). A date after an access label
is an exact rule's already and stays its."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.tokens import Token

__all__ = ["roman_month_dates"]

_MONTHS: Final = frozenset(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
)
_MARKS: Final = frozenset("./")
_YEAR: Final = 4
_LABEL: Final = 3  # letters of a label's abbreviation before a number (`Т.`, `Вып.`: no day's)


def _date_end(tokens: list[Token], k: int) -> int | None:
    """Where a date whose day is token `k` ends (`3 . IX . 1939`, `17 / VIII 2015`)."""
    day = tokens[k].text
    if not (day.isdecimal() and 1 <= len(day) <= 2 and 1 <= int(day) <= 31):
        return None
    j = k + 1
    if j < len(tokens) and tokens[j].text in _MARKS:
        j += 1
    if j >= len(tokens) or tokens[j].text not in _MONTHS:
        return None
    j += 1
    if j < len(tokens) and tokens[j].text in _MARKS:
        j += 1
    if j >= len(tokens) or not (tokens[j].text.isdecimal() and len(tokens[j].text) == _YEAR):
        return None
    return j + 1


def roman_month_dates(tokens: list[Token], rules: list[str | None]) -> list[str | None]:
    """`rules` with each date of a Roman month no exact rule holds fixed as the work's date."""
    out: list[str | None] = rules
    for k in range(len(tokens) - 2):
        if tokens[k + 1].text not in _MONTHS and tokens[k + 2].text not in _MONTHS:
            continue  # most tokens (at C speed)
        end = _date_end(tokens, k)
        if end is None or any(r is not None for r in rules[k:end]):
            continue
        if k > 0 and tokens[k - 1].text.isdecimal():
            continue  # `Л. 12 … 3.IX.1939`: a range's end is no day
        if k > 1 and tokens[k - 1].text == "." and len(tokens[k - 2].text) <= _LABEL:
            continue  # `Т. 3. V. 1999`: a volume's number after its label, then a part
        if out is rules:
            out = list(rules)
        out[k:end] = ["issued"] * (end - k)
    return out
