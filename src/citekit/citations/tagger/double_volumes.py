"""A journal's double volume. Chicago and İSNAD write a journal's number right after its name
and before the year's bracket; two numbers joined by a dash there (`Studia Iranica 23–24
(1995)`, `Türk Kültürü Araştırmaları 17-18 (1980)`) are one double volume, as one number is
the volume: neither the journal's name nor a volume and an issue (those are written
`19/2`, `12, no. 3`)."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations.tagger.align import Run, labels_at, painted
from citekit.citations.tagger.tokens import SHORT_DASHES, Token
from citekit.languages import shipped_words

__all__ = ["double_volume", "labelled_double_volume"]

_FORM: Final = re.compile(r"[^\W\d] \d{1,4} ?[-–] ?\d{1,4} \(")  # precheck: `Name 5–6 (`
# a match of `_FORM` ends in ` (` and opens at most this many characters before that space
_REACH: Final = 13
_HOST: Final = "container-title"


def _has_form(text: str) -> bool:
    """Whether `_FORM` matches `text`: looked for only just before each ` (` (at C speed),
    where each of its matches ends, not tried at every character."""
    at = text.find(" (")
    while at >= 0:
        if _FORM.search(text, max(0, at - _REACH), at + 2) is not None:
            return True
        at = text.find(" (", at + 1)
    return False


def double_volume(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with two numbers joined by a dash between a journal's name and the year's
    bracket read as its volume."""
    if not _has_form(text):
        return found
    labels = labels_at(found, len(tokens))
    for k in range(1, len(tokens) - 5):
        first, dash, last, bracket, year = tokens[k : k + 5]
        if not (first.text.isdigit() and dash.text in SHORT_DASHES and last.text.isdigit()):
            continue
        if bracket.text != "(" or not (year.text.isdigit() and len(year.text) == 4):
            continue
        if labels[k - 1] != _HOST or not tokens[k - 1].text[:1].isalpha():
            continue
        if int(first.text) >= int(last.text):
            continue  # a page range is written low to high as well, but never here
        return painted(found, ("volume", k, k + 3))
    return found


@functools.cache
def _volume_words() -> frozenset[str]:
    """The `[words] volume` labels written with a period, without it (`Vol`, `C`, `Т`)."""
    return frozenset(w[:-1] for w in shipped_words("volume") if w.endswith("."))


_SHORT: Final = 3  # digits of a volume's number at most


def labelled_double_volume(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with two numbers joined by a dash after a volume's label (`Vol. 3-4, 1979-1980`,
    `C. 17-18`) read as one double volume, where the model read the first as the volume and
    the second as anything else (a year, an issue)."""
    hosted = False
    for label, a, b in found:
        hosted = hosted or label == "container-title"
        if label != "volume" or b != a + 1 or a < 2 or a + 2 >= len(tokens) or not hosted:
            continue  # after a host read only (`J Hist. 1980. Vol. 7-8`: a volume and an issue)
        if tokens[a - 1].text != "." or tokens[a - 2].text not in _volume_words():
            continue
        dash, last = tokens[a + 1], tokens[a + 2]
        first = tokens[a].text
        if dash.text not in SHORT_DASHES or dash.start != tokens[a].end or dash.end != last.start:
            continue
        if not (first.isdecimal() and last.text.isdecimal() and len(last.text) <= _SHORT):
            continue
        if int(last.text) == int(first) + 1:
            return painted(found, ("volume", a, a + 3))
    return found
