"""MLA writes a work's year as a sentence of its own after the title (`Aydın, Cemil. The
Politics of Anti-Westernism in Asia …, 1882–1945. 2002. Harvard U, PhD dissertation.`); the
model may run the title on over it. A title whose last sentence is a year alone closes before
it, and the year is the work's date, when the note dates it nowhere else.

Chicago's and ASA's author-date year is a sentence of its own after the author (`Ministry of
Internal Affairs of the Russian Federation. 2023. "Title."`, `Ivanova, Ol'ga. 2019. "Title."`):
a title's run that opens with that year, or with the author's given name before it, opens after
it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.tokens import Token

__all__ = ["year_after_author", "year_in_title", "year_sentence_after_title"]


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


_GIVEN: Final = 6  # tokens of a given name the title's run took in at most (`Ol ' ga`)


def _given_part(tokens: list[Token], a: int, p: int) -> bool:
    """Whether tokens `a`..`p` are a given name's words: capitalised, an apostrophe or a hyphen
    inside (`Ol'ga`, `Jean-Marie`)."""
    if not tokens[a].text[:1].isupper():
        return False
    return all(t.text.isalpha() or t.text in "'’-" for t in tokens[a:p])


def year_after_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the author-date year's sentence after the author out of the title's run
    (see the module's doc)."""
    labels = [run[0] for run in found]
    if "title" not in labels or "author" not in labels:
        return found
    j = labels.index("title")
    _, a, b = found[j]
    before = next((run for run in reversed(found[:j]) if run[0] != OTHER), None)
    if before is None or before[0] != "author" or a < 2:
        return found
    if is_year(tokens[a].text) and tokens[a - 1].text == "." and a + 2 < b:
        p = a - 1
    else:
        p = next((k for k in range(a + 1, min(a + _GIVEN, b)) if tokens[k].text == "."), -1)
        if (
            p < 0
            or tokens[before[2]].text != ","
            or before[2] + 1 != a
            or not _given_part(tokens, a, p)
        ):
            return found
    if p + 3 >= b or not is_year(tokens[p + 1].text) or tokens[p + 2].text != ".":
        return found
    if "issued" in labels and tokens[p + 3].text not in OPENING_MARKS:
        return found  # dated elsewhere: only a quoted title's year sentence is the author's
    out = painted(found, (before[0], before[1], p)) if p > a else found
    out = painted(out, (OTHER, p, p + 1))
    out = painted(out, ("issued", p + 1, p + 2))
    out = painted(out, (OTHER, p + 2, p + 3))
    for label, c, d in out:  # `[Migration … in the 1990s]`: a decade, no date
        if label == "issued" and c > p + 1 and _decade(tokens, c, d):
            out = painted(out, (OTHER, c, d))
    return out


def _decade(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` are a year glued to an `s` (`1990s`): a decade."""
    return b == a + 1 < len(tokens) and tokens[b].text == "s" and tokens[b].start == tokens[a].end
