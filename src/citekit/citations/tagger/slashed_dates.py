"""A day's date written with glued slashes or dots (`T. 17/10/2016`, `12/5/2018`, as Turkish
court decisions and many sites write it; GOST's `: пресс-выпуск. 12.01.2024.`) is one date,
whatever runs the model split it into (`17` a volume, `10/2016` an access date): the day, the
month and a four-digit year, each glued to its mark. A case's or a journal's two numbers about
one slash (`2019/123`, `12/68`) are none, and so is a longer chain (a shelf mark's)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, labels_at, painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["slashed_date"]

_DATED: Final = frozenset({"issued", "accessed"})
_DAY: Final = 31
_YEAR: Final = 4  # digits of the year
_PARTS: Final = 5  # tokens of `17/10/2016`
_MARKS: Final = frozenset("/.")


def _small(token: Token) -> bool:
    """Whether `token` is a day's or a month's number (1 to 31, at most two digits)."""
    return token.text.isdecimal() and len(token.text) <= 2 and 0 < int(token.text) <= _DAY


def slashed_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a date written with glued slashes or dots read as one date (see the
    module's doc)."""
    out = found
    if not text_set(tokens) & _MARKS:
        return out
    for i in range(len(tokens) - _PARTS + 1):
        a, s1, b, s2, y = tokens[i : i + _PARTS]
        if s1.text not in _MARKS or s2.text != s1.text or not (_small(a) and _small(b)):
            continue
        if not (y.text.isdecimal() and len(y.text) == _YEAR):
            continue
        if any(tokens[k].end != tokens[k + 1].start for k in range(i, i + _PARTS - 1)):
            continue
        after = tokens[i + _PARTS] if i + _PARTS < len(tokens) else None
        if after is not None and after.start == y.end and after.text == s1.text:
            more = tokens[i + _PARTS + 1] if i + _PARTS + 1 < len(tokens) else None
            if s1.text == "/" or (more is not None and more.start == after.end):
                continue  # a longer chain of numbers: a shelf mark's (a date's closing period)
        if i > 0 and tokens[i - 1].end == a.start and tokens[i - 1].text in _MARKS:
            continue
        labels = labels_at(out, len(tokens))[i : i + _PARTS]
        dated = [label for label in labels if label in _DATED]
        if not dated or len(set(labels)) == 1:
            continue  # no date read in it, or read whole already
        out = painted(out, (labels[-1] if labels[-1] in _DATED else dated[0], i, i + _PARTS))
    return out
