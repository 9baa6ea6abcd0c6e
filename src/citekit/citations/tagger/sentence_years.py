"""MLA writes a work's year as a sentence of its own after the title (`Aydın, Cemil. The
Politics of Anti-Westernism in Asia …, 1882–1945. 2002. Harvard U, PhD dissertation.`); the
model may run the title on over it. A title whose last sentence is a year alone closes before
it, and the year is the work's date, when the note dates it nowhere else."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["year_in_title", "year_sentence_after_title"]


def year_sentence_after_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's closing `. 2002` read as the date (see the module's doc)."""
    if any(label in ("issued", "accessed") for label, _, _ in found):
        return found
    for label, a, b in found:
        if label != "title" or b - a < 3:
            continue
        period, year = tokens[b - 2], tokens[b - 1]
        if period.text != "." or not is_year(year.text) or year.start == period.end:
            return found
        if tokens[b - 3].text in "–—-" or (b < len(tokens) and tokens[b].text not in ".,"):
            return found  # a range's end, or the year goes on into a title's words
        out = painted(found, (OTHER, b - 2, b - 1))
        return painted(out, ("issued", b - 1, b))
    return found


def year_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year written right after the title's last word, no mark between, read
    into the title when the note dates the work again later (`Türkiye İstatistik Yıllığı 2012,
    TÜİK Yayın No: 4201, Ankara 2013`): a yearbook's or a report's year is its name's; so is a
    host's (`içinde: …, Türk Dış Politikası Yıllığı 2019, Ankara: SETA, 2020`)."""
    for j in range(1, len(found) - 1):
        label, a, b = found[j]
        title = found[j - 1]
        if label != "issued" or b - a != 1 or title[0] not in _NAMED or title[2] != a:
            continue
        if not is_year(tokens[a].text) or tokens[a - 1].text in "().,:;–—-":
            return found
        if not any(run[0] == "issued" for run in found[j + 1 :]):
            return found  # the one date: the work's
        if title[0] == "container-title" and b + 1 < len(tokens) and tokens[b + 1].text.isdecimal():
            return found  # `Journal 2002, 141, 39-78`: a journal's year before its volume
        return painted(found, (title[0], title[1], b))
    return found


_NAMED: Final = frozenset({"title", "container-title"})  # `…, Türk Dış Politikası Yıllığı 2019,`
