"""Nature's reference: `Kostianoy, A. G., Lebedev, S. A. & Solovyov, D. M. Satellite monitoring
of the shrinking Aral Sea, 1960–2018. Remote Sens. Environ. 231, 111–125 (2019).` The title is
in sentence case and closes with a period; the journal's abbreviated words (`Remote Sens.
Environ.`, `Aquat. Ecosyst. Health Manag.`) follow, then the volume, its comma, the pages and
the year in brackets (a DOI's address may follow). Walking back from the volume over
capitalised words and their periods, the journal starts after the period that follows the
title's last word: a small letter or a digit closes the title (`2018.`, `assemblages.`); where
the walk stops at a small word inside the title (`in the Small Aral Sea. Aquat. …`), at the
first sentence's period after it. The Bluebook's volume before its journal (`18 Ann. Rev. L. &
Soc. Sci. 211, 215 (2022)`) is no title's word."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.springer_journals import part_word
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.citations.tagger.year_volume_pages import abbreviated_word, numbers_after_year

__all__ = [
    "doi_address",
    "harvard_volume",
    "mdpi_year",
    "nature_journal",
    "nature_numbers",
    "nature_volume",
]

_JOURNAL: Final = 16  # tokens of an abbreviated journal's name at most
_TAIL: Final = 6  # tokens of the tail at least: `231 , 111 ( 2019 )`
_VOLUME: Final = 4  # digits of a volume at most


def nature_volume(tokens: list[Token]) -> int | None:
    """The volume's token when the note closes on `VOL(ISSUE)?, PAGES (YEAR).`, or None."""
    end = len(tokens)
    if doi_address(tokens[end - 1].text):
        end -= 1  # a DOI's address after the year (`(2020). https://doi.org/…`)
    end = end - 1 if tokens[end - 1].text == "." else end
    if end < _TAIL or tokens[end - 1].text != ")" or not is_year(tokens[end - 2].text):
        return None
    if tokens[end - 3].text != "(":
        return None
    k = end - 4  # the pages' last token
    if k > _TAIL and doi_address(tokens[k].text) and tokens[k - 1].text == ",":
        k -= 2  # a DOI's address before the year: `53, 2467–2489, https://doi.org/… (2017).`
    while k > 0 and (tokens[k].text.isdecimal() or tokens[k].text in DASHES):
        k -= 1
    if k == end - 4 or tokens[k].text != ",":
        return None
    k -= 1
    if tokens[k].text == ")" and k > 2 and tokens[k - 2].text == "(":
        k -= 3  # the bracket: `45(2), 210–219`
    return k if tokens[k].text.isdecimal() else None


def doi_address(text: str) -> bool:
    """Whether a token is a DOI or its address."""
    return "://" in text or text.startswith("10.")


def nature_numbers(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the volume and pages of Nature's `Journal VOL, PAGES (YEAR).` read as such
    after the journal's run (`J. Geophys. Res. Oceans 119, 3313–3326 (2014).`, `Sci. Rep. 11,
    18472 (2021).`): the model may read the pages' last number, or the volume, as an issue."""
    volume = nature_volume(tokens) if ")" in (t.text for t in tokens[-4:]) else None
    if volume is None:
        return found
    close = volume - 1 if tokens[volume - 1].text == "." else volume  # `Sci. Rep. 11`
    if not any(r[0] == "container-title" and r[2] == close for r in found):
        return found
    comma = volume + 1
    if tokens[comma].text == "(":  # `45(2), 210–219`: the bracket
        comma += 3
    last = comma + 1
    while last + 2 < len(tokens) and tokens[last + 1].text in DASHES:
        last += 2  # `3313 – 3326`
    if tokens[comma].text != "," or not tokens[last].text.isdecimal():
        return found
    out = painted(found, ("volume", volume, volume + 1))
    if comma > volume + 1:
        out = painted(painted(out, (OTHER, volume + 1, comma)), ("issue", volume + 2, volume + 3))
    return painted(painted(out, (OTHER, comma, comma + 1)), ("page", comma + 1, last + 1))


_DOI_LABEL: Final = frozenset({"doi", ":", "."})


def harvard_volume(tokens: list[Token]) -> int | None:
    """The volume's token when the note closes on Elsevier Harvard's `VOL(ISSUE)?, PAGES.`
    (the year after the authors: `… Ekibastuz. Energy Res. Soc. Sci. 98, 103021.`), or None."""
    end = len(tokens)
    while end > 0 and doi_address(tokens[end - 1].text):
        end -= 1  # a DOI's address (`https://doi.org/…`)
        while end > 0 and tokens[end - 1].text.casefold() in _DOI_LABEL:
            end -= 1  # … and its label (`doi:10.1029/…`)
    end = end - 1 if end and tokens[end - 1].text == "." else end
    k = end - 1
    while k > 0 and (tokens[k].text.isdecimal() or tokens[k].text in DASHES):
        k -= 1
    if k >= end - 1 or k < _TAIL or tokens[k].text != "," or not tokens[k + 1].text.isdecimal():
        return None
    if is_year(tokens[k + 1].text) and k + 2 == end:
        return None  # `May 3, 2021`, `Patent 33567, 2019`: a date's year, no page
    k -= 1
    if tokens[k].text == ")" and tokens[k - 2].text == "(":
        k -= 3  # the bracket: `31 (3), 301–317`
    elif tokens[k].text == ")" and k >= 4 and tokens[k - 3].text == "(":
        k -= 4 if tokens[k - 1].start == tokens[k - 2].end else 0  # `104 (D14), 16845–16858`
    if not tokens[k].text.isdecimal() or is_year(tokens[k].text) or len(tokens[k].text) > _VOLUME:
        return None
    word = (
        k - 2 if tokens[k - 1].text == "." and tokens[k - 1].start == tokens[k - 2].end else k - 1
    )
    if tokens[k - 1].text == "." and tokens[k].start == tokens[k - 1].end:
        return None  # `С.36, 39–40`: a page's label glued to its number
    text = tokens[word].text
    if word > 0 and tokens[word - 1].text == "." and part_word(text):
        return None  # `War and Peace. Book 2, 345–350.`: a book's part, no journal
    return k if len(text) > 1 and text.isalpha() and text[:1].isupper() else None


def mdpi_year(tokens: list[Token]) -> int | None:
    """The year's token when MDPI's and ACS's `Journal YEAR, VOLUME, PAGES` closes the note
    (`… Drought. Land Degrad. Dev. 2021, 14, 233–245.`), after an abbreviated word, or None."""
    for k in range(_TAIL, len(tokens) - 3):
        if tokens[k + 1].text != "," or not is_year(tokens[k].text):
            continue
        if numbers_after_year(tokens, k) is None:
            continue
        if tokens[k - 1].text == "." and abbreviated_word(tokens[k - 2].text):
            return k  # `Dev.`, not `History.` (`Journal of Econ. History. 2019`)
        return None
    return None


def _walk(tokens: list[Token], volume: int) -> int:
    """The token before the capitalised words and periods that lead to the volume."""
    k = volume - 1
    while k > max(volume - _JOURNAL, 0):
        text = tokens[k].text
        if text in ".&-" or (text[:1].isupper() and not any(c.isdigit() for c in text)):
            k -= 1
            continue
        break
    return k


def _sentence_after(tokens: list[Token], stop: int, volume: int) -> int | None:
    """The first token after a sentence's period between `stop` and the volume, or None."""
    for i in range(stop + 1, volume - 1):
        if tokens[i].text == "." and tokens[i + 1].start > tokens[i].end:
            return i + 1
    return None


def _volume_first(found: list[Run]) -> bool:
    """Whether a volume's run right before the host's is read (the Bluebook's `28 ICSID
    Rev.—Foreign Inv. L.J. 402`): the journal is read, before its volume no other is."""
    return any(
        found[j][0] == "volume" and found[j + 1][0] == "container-title"
        for j in range(len(found) - 1)
    )


def nature_journal(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with Nature's journal between the title's period and the volume read as the host
    and the title ended before it (see the module's doc)."""
    if len(tokens) < _TAIL + 2 or _volume_first(found):
        return found
    volume = nature_volume(tokens) if ")" in (t.text for t in tokens[-4:]) else None
    harvard = volume is None
    if harvard:
        volume = harvard_volume(tokens)  # … or Elsevier Harvard's
    if volume is None:
        volume = mdpi_year(tokens)  # … or MDPI's year, where the journal ends
        harvard = False
    if volume is None or volume < _TAIL:
        return found
    stop = _walk(tokens, volume)
    if tokens[stop].text == "." or stop + 1 >= volume:
        return found  # the walk ran to the note's head: no title's word closed it
    if tokens[stop].text.isdecimal() and tokens[stop + 1].text != ".":
        return found  # the Bluebook's volume before its journal (`18 Ann. Rev. L. & Soc. Sci. 211`)
    if tokens[stop + 1].text == ".":
        start: int | None = stop + 2  # `… 1960–2018. Remote Sens. …`
    else:
        start = _sentence_after(tokens, stop, volume)  # `… in the Small Aral Sea. Aquat. …`
    if start is None or start >= volume or not tokens[start].text[:1].isupper():
        return found
    titles = [r for r in found if r[0] == "title" and r[1] < start - 1]
    if not titles or any(r[0] in ("publisher", "publisher-place") for r in found):
        return found
    out = painted(painted(found, ("title", titles[0][1], start - 1)), (OTHER, start - 1, start))
    close = volume - 1 if tokens[volume - 1].text == "." else volume
    out = painted(painted(out, ("container-title", start, close)), (OTHER, close, volume))
    if harvard:  # `98, 103021`: the article's number after the volume's comma is its page
        first = next(k for k in range(volume + 1, len(tokens)) if tokens[k].text == ",") + 1
        last = first + 1
        while last + 1 < len(tokens) and tokens[last].text in DASHES:
            last += 2
        out = painted(out, ("page", first, last))
    return out
