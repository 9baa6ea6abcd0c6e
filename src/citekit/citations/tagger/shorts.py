"""The short form of a note that cites a source again, `Author, Title, page.` (Chicago's and
İSNAD's subsequent notes: `Kaya, Türk Dili, 7.`, `Yılmaz, Osmanlı Tarihi, 45-47.`): a name, a
title and a bare page and nothing else, read whole whatever the model made of its parts (a
journal's name for the title, the page inside the title)."""

from __future__ import annotations

from typing import Final

from citekit.citations.news_outlets import news_outlet
from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.quotes import CLOSING_MARKS, QUOTES
from citekit.citations.tagger.tokens import DASHES, Token, decimal_set, written_text

__all__ = ["author_date", "short_form"]

# what the model may have made of such a note's parts: nothing else is in one
_PARTS: Final = frozenset({OTHER, "author", "title", "container-title", "page", "collection-title"})
_OPENERS: Final = frozenset("«“„\"'‘*_")
_WORKS: Final = frozenset({"title", "container-title", "collection-title"})
_PLACES: Final = frozenset({"cities", "places"})
_HEAD_TOKENS: Final = 6  # `Ahmet Yılmaz`, `J. R. Smith`, `Иванов И. И.`: a name's tokens at most
_YEAR_DIGITS: Final = 4
_BRACKETS: Final = {"(": ")", "[": "]"}


def _name_token(text: str) -> bool:
    return text in (".", "-", "'", "’") or (text[:1].isupper() and text.isalpha())


def _page_start(tokens: list[Token], end: int) -> int | None:
    """Where the bare page (`7`, `45-47`) that ends at token `end` starts, None if none."""
    last = tokens[end - 1].text
    if not last.isdecimal() or len(last) >= _YEAR_DIGITS:
        return None
    if end >= 3 and tokens[end - 2].text in DASHES and tokens[end - 3].text.isdecimal():
        return end - 3 if len(tokens[end - 3].text) < _YEAR_DIGITS else None
    return end - 1


def _start(tokens: list[Token], marks: list[set[str]]) -> int:
    """The first token after a "see" prefix (`Bkz.`, `См.:`, `See also`), 0 if none."""
    k = 0
    while k < len(tokens) and ("see" in marks[k] or tokens[k].text in ".:,"):
        k += 1
    return k if k < len(tokens) and k and "see" in marks[0] else 0


def _before_page(tokens: list[Token], marks: list[set[str]], page: int) -> int | None:
    """The comma before the page, after its label word if one is written (`, s. 45`)."""
    if tokens[page - 1].text == ",":
        return page - 1
    if page >= 2 and tokens[page - 1].text in CLOSING_MARKS and tokens[page - 2].text == ",":
        return page - 1  # Chicago's comma inside the closing quote: `“Title,” 30`
    worded = page >= 3 and tokens[page - 1].text == "." and "Bpage" in marks[page - 2]
    return page - 3 if worded and tokens[page - 3].text == "," else None


def short_form(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` read as `Author, Title, page.` when the note is only that (after a "see"
    prefix): a name of at most a few capitalised words and initials before the first comma,
    a title that opens with a capital or a quote mark and holds no number, and a page (no year,
    its label word or none) after the last comma; the model found no date, place, publisher
    or number of another field."""
    n = len(tokens)
    labels = {run[0] for run in found}
    if "issued" in labels and not any(is_year(t) for t in decimal_set(tokens)):
        labels.discard("issued")  # a note with no year has no date: the model's is the page
    if n < 5:
        return list(found)
    end = n - 1 if tokens[-1].text == "." else n
    page = _page_start(tokens, end)
    guessed = [run for run in found if run[0] == "volume"] == [("volume", page, end)]
    if guessed:
        labels.discard("volume")  # the closing bare number read as a volume is the page
    if not labels <= _PARTS or not labels & _WORKS:
        return list(found)  # no title at all: a shelf mark (`TMDA, F. 492, Sp. 11, S. 88`)
    if page is None or page < 4 or (closing := _before_page(tokens, marks, page)) is None:
        return list(found)
    first = _start(tokens, marks)
    comma = next(k for k in range(first, n) if tokens[k].text == ",")
    if not 1 <= comma - first <= _HEAD_TOKENS or comma >= closing - 1:
        return list(found)
    head = [t.text for t in tokens[first:comma]]
    named = all(_name_token(tokens[k].text) or "et_al" in marks[k] for k in range(first, comma))
    if not named or not any(len(w) > 1 and w.isalpha() for w in head):  # `Bohr et al.,`
        return list(found)
    if comma - first == 1 and marks[first] & _PLACES:
        return list(found)  # `Ankara, Türkiye, 12`: a place, no author
    if any("encyclopedia" in marks[k] for k in range(first, comma)):
        return list(found)  # `TDV İslâm Ansiklopedisi, “Hîve Hanlığı”, XVII, 410-14`: a host
    body = tokens[comma + 1 : closing]
    opener = body[0].text
    if not (opener[:1].isupper() or opener in _OPENERS):
        return list(found)
    quote = next((k for k in range(comma + 2, closing) if tokens[k].text in QUOTES), None)
    # read past the older bounds (a volume's number, a comma inside the closing quote), a
    # list of names before the quote is the authors (`Okonkwo, Patel and Lindqvist, “Title,” 9`,
    # `Cooley, Heathershaw, “Title,” 45`); a work's name there stays one (`Müslim, Sahîh,
    # “Birr”, 32.`)
    extended = guessed or tokens[closing].text in CLOSING_MARKS
    listed = quote is not None and any(_joins(tokens, marks, k) for k in range(comma + 1, quote))
    if extended and listed:
        return list(found)
    if news_outlet(written_text(tokens, first, comma)):
        return list(found)  # `New York Times, “Unrest in Kazakhstan,” 12.`: the paper, no author
    if any(t.text.isdecimal() for t in body):
        return list(found)  # `Smith, Energy, 2019, 45`, `…, Dergisi, 12, 5-9`: more fields
    if len(opener) == 1 and len(body) > 1 and body[1].text == ".":
        return list(found)  # `Kaya, A. “Title”, …`: the comma was an inverted name's
    runs: list[Run] = [
        (OTHER, 0, first),
        ("author", first, comma),
        (OTHER, comma, comma + 1),
        ("title", comma + 1, closing),
        (OTHER, closing, page),
        ("page", page, end),
        (OTHER, end, n),
    ]
    return [run for run in runs if run[1] < run[2]]


def _joins(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether token `k` joins names in a list before a quoted title: an and-word, `&` or a
    comma (`Cooley, Heathershaw, “Title,” 45`)."""
    return "and" in marks[k] or tokens[k].text in ("&", ",")


def _joiner(text: str, marks: set[str]) -> bool:
    """A word or mark that joins a list of names: `and`, `ve`, `и`, `&`, `et al.`, a comma."""
    return "and" in marks or "et_al" in marks or text in (",", "&", ".", "-")


def _names_only(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are family names joined by `and` words or commas: each name one
    word (two with no comma in the list: `Van Dyke and Smith`), beside its initials."""
    commas = any(tokens[k].text == "," for k in range(a, b))
    words = 0
    for k in range(a, b):
        text = tokens[k].text
        if text == "," or "and" in marks[k] or text == "&":
            words = 0
        elif text.isalpha() and len(text) > 1 and "et_al" not in marks[k]:
            words += 1
            if words > (1 if commas else 2):
                return False
    return True


def author_date(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` read as an author-date citation when the note is only that (after a "see"
    prefix): `Smith 2001, 5.`, `Smith and Jones (2001): 45–47`, `Yılmaz 2019, s. 45.` — names,
    a year, a comma or colon, a page (its label word or none), and nothing else; the whole in
    brackets (`(Smith 2005: 45)`), or the year and page in brackets followed by the prose the
    in-text form stands in (`Smith (2005, p. 12) makes a similar point.`)."""
    n = len(tokens)
    labels = {run[0] for run in found}
    if n < 4 or not labels <= _PARTS | {"issued"}:
        return list(found)
    first = _start(tokens, marks)
    # `(Smith 2005: 45)`, `[Yılmaz, 2019, s. 12]`: the in-text form written as the whole note
    wrapped = tokens[first].text in _BRACKETS and first + 1 < n
    first += wrapped
    year = next((k for k in range(first, n) if tokens[k].text.isdecimal()), None)
    if year is None or not is_year(tokens[year].text) or year == first:
        return list(found)
    head_end = year - 1 if tokens[year - 1].text == "(" else year
    if tokens[head_end - 1].text == ",":
        head_end -= 1  # `WILKER, 2019, p. 48`
    head = range(first, head_end)
    words = [tokens[k].text for k in head if tokens[k].text.isalpha()]
    if not head or not any(len(w) > 1 and w[0].isupper() for w in words):
        return list(found)
    if not all(_name_token(tokens[k].text) or _joiner(tokens[k].text, marks[k]) for k in head):
        return list(found)
    if marks[head_end - 1] & _PLACES and (
        head_end - 1 == first or tokens[head_end - 2].text in ".,"
    ):
        return list(found)  # `Ankara 2019, 5`, `Kaya A. Ankara 2019, 5`: a place, no author
    if not _names_only(tokens, marks, first, head_end):
        return list(found)
    k = year + 1 + (year + 1 < n and tokens[year + 1].text == ")" and head_end < year)
    if k >= n or tokens[k].text not in ",:":
        return list(found)
    page = k + 1
    if page + 1 < n and "Bpage" in marks[page]:
        page += 1 + (tokens[page + 1].text == ".")  # `, s. 45`, `, p 45`
    end = n - 1 if tokens[-1].text == "." else n
    if wrapped and tokens[end - 1].text == _BRACKETS[tokens[first - 1].text]:
        end -= 1
    elif head_end < year and not wrapped:
        # `Smith (2005, p. 12) makes a similar point.`: the bracket's page, then the prose
        end = next((k for k in range(page, n) if tokens[k].text == ")"), end)
    if not wrapped and end - 1 > page and "Bpage" in marks[end - 1]:
        # `Қозыбаев 1998, 155-б.`, `Kaya 2019, 45 s.`: the page's word written after it
        end -= 1 + (tokens[end - 2].text == "-" and tokens[end - 2].end == tokens[end - 1].start)
    if page >= end or _page_start(tokens, end) != page:
        return list(found)
    runs: list[Run] = [
        (OTHER, 0, first),
        ("author", first, head_end),
        (OTHER, head_end, year),
        ("issued", year, year + 1),
        (OTHER, year + 1, page),
        ("page", page, end),
        (OTHER, end, n),
    ]
    return [run for run in runs if run[1] < run[2]]
