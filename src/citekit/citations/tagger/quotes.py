"""Quoted titles: a pair of quoted names, and a title run the model ran past its closing
quote, whose words after the quote (and the mark a style puts inside or after it) are the
host."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_type_cue

__all__ = [
    "CLOSING_MARKS",
    "OPENING_MARKS",
    "QUOTES",
    "QUOTE_PAIRS",
    "host_after_quote",
    "quoted_pair",
    "quoted_then_host",
]

QUOTES: Final = {"“": "”", "«": "»", "„": "“", '"': '"'}  # an opening mark and its closing one
OPENING_MARKS: Final = frozenset("«“„\"‘'")  # every mark that may open a quoted name
# … each with its closing mark, the single quotes too (Harvard's, a release's `‘…’`)
QUOTE_PAIRS: Final = {**QUOTES, "‘": "’", "'": "'"}
CLOSING_MARKS: Final = frozenset(QUOTE_PAIRS.values())  # every mark that may close one


_INSIDE_MARKS: Final = frozenset("?!.,")  # what closes a quoted title inside its quotes
_CLOSERS: Final = frozenset(QUOTES.values())


def quoted_pair(tokens: list[Token], a: int, b: int) -> list[Run] | None:
    """A title run that holds two quoted names with a comma between (`"Chemistry", "Encyclopedia
    of Chemistry"`): the first is the work, the second the work it is part of. None when the
    run holds no such pair."""
    closers = set(QUOTES.values())
    for k in range(a + 1, b - 3):
        if tokens[k].text in closers and tokens[k + 1].text == "," and tokens[k + 2].text in QUOTES:
            return [("title", a, k), (OTHER, k, k + 3), ("container-title", k + 3, b)]
    return None


def quoted_then_host(
    tokens: list[Token], a: int, b: int, marks: Sequence[set[str]] = ()
) -> list[Run] | None:
    """A title run that goes on past its closing quote (`"The End of History?" The National
    Interest`, `"Title," Journal`, `"Nomads," in The Oxford Handbook`): the quoted words,
    closed by the mark a style puts inside the quotes, are the title; the capitalised words
    after them (after an `in` word) its host. None otherwise."""
    opened = tokens[a - 1].text if a > 0 else ""
    closer = QUOTES.get(opened) or QUOTES.get(tokens[a].text)
    if closer is None:
        return None
    for k in range(a + 2, b - 1):
        if tokens[k].text != closer:
            continue
        inside_mark = tokens[k - 1].text in _INSIDE_MARKS
        # the mark after the quotes (`“Title”, Host`, as İSNAD and Turkish notes write it)
        outside_mark = not inside_mark and k + 2 < b and tokens[k + 1].text in ",."
        if outside_mark and tokens[k + 1].text == "." and _gost_area_after(tokens, b):
            outside_mark = False  # `«Title». Оку құралы. — Алматы`: GOST's other title words
        host = k + 2 if outside_mark else k + 1
        host = host + 1 if marks and "Bin" in marks[host] and host + 1 < b else host
        numbered = outside_mark and bool(marks) and bool(marks[host] & {"Bvolume", "Bissue"})
        if (inside_mark or outside_mark) and not numbered and _host_opens(tokens, host, b):
            return [("title", a, k), (OTHER, k, host), ("container-title", host, b)]
        return None
    return None


def _host_opens(tokens: list[Token], i: int, b: int) -> bool:
    """Whether a host's name opens at token `i`: a capitalised word, or an ordinal number and
    one (`30. Yılında Ekonomik İşbirliği`; not a year, which has four digits)."""
    text = tokens[i].text
    if text[:1].isupper() and text.isalpha():
        return True
    return (
        text.isdecimal()
        and len(text) <= _ORDINAL_DIGITS
        and i + 2 < b
        and tokens[i + 1].text == "."
        and tokens[i + 2].text[:1].isupper()
    )


_ORDINAL_DIGITS: Final = 3


_AREA_CLOSERS: Final = frozenset({".", "»", "”", '"'})


def _gost_area_after(tokens: list[Token], b: int) -> bool:
    """Whether GOST's area separator (`. —`, `. –`) follows a run ending at `b`: its words were
    the title's, whose host GOST would open with `//`."""
    k = b
    while k < len(tokens) and tokens[k].text in _AREA_CLOSERS:
        k += 1
    return k < len(tokens) and k > b and tokens[k].text in ("—", "–")


def host_after_quote(tokens: list[Token], out: list[Run], a: int) -> bool:
    """Whether a second title run at `a` follows a quoted title's closing quote, with only
    the marks a style puts inside or after the quotes between (`"The End of History,"
    The National Interest`): it is the title's host."""
    k = a - 1
    closed = False
    while k >= 0 and (tokens[k].text in _INSIDE_MARKS or tokens[k].text in _CLOSERS):
        closed = closed or tokens[k].text in _CLOSERS
        k -= 1
    return closed and k >= 0 and any(run[0] == "title" and run[1] <= k < run[2] for run in out)


def quote_after_period(tokens: list[Token], value: str, b: int) -> str:
    """The closing quote of a quoted word that closes a work's value, when the period of the
    value's sentence stands inside it (American style: `Kinship, State and “Tribalism.”
    Folkestone`): the value opens the quote and does not close it, and the quote follows the
    period glued. "" otherwise."""
    if b + 1 >= len(tokens) or tokens[b].text != "." or tokens[b + 1].start != tokens[b].end:
        return ""
    closer = tokens[b + 1].text
    opener = next((o for o, c in QUOTES.items() if c == closer and o != c), None)
    if opener is None:
        return ""
    bare = _LOW_PAIRS.sub("", value)  # `„немецкая“`: a German pair, whose close is `“`
    if bare.count(opener) != bare.count(closer) + 1:
        return ""
    head = bare[: bare.rfind(opener)]
    if len(head.split()) < _WORDS_BEFORE or has_type_cue("report", head):
        return ""  # `Report on “Stability.”`, `Annual Report on the … “Digital Kazakhstan.”`
    return closer


_WORDS_BEFORE: Final = 5  # words of the title before its quoted closing word at least


def single_quote_closed(tokens: list[Token], value: str, a: int, b: int) -> str:
    """`value` without the marks of the single quotes around its run when the run holds one of
    them and the other stands beside it (`‘… vneshnei politiki’ [Tokayev …]`, `‘Tsentral’naya
    Aziya: … “preemnikov”’, Nezavisimaya gazeta`): the marks quote the value, whatever soft
    signs its transliterated words have."""
    if "‘" in value[1:]:
        return value
    if a >= 1 and tokens[a - 1].text == "‘" and value.endswith("’"):
        return value[:-1].rstrip()
    if b < len(tokens) and tokens[b].text == "’" and value.startswith("‘"):
        return value[1:].lstrip()
    return value


# a closing quote inside a quoted title, with the opening marks it may close
_INNER: Final = {"’": "‘", "”": "“", "'": "'", '"': '"', "»": "«"}


def without_inner_comma(value: str) -> str:
    """`value` without the comma an American-style writer puts inside a quote closing it
    (`… in the ‘Tulip Revolution,’” Central Asian Survey`): the comma parts the title from
    what follows and is no part of the quoted words."""
    if len(value) < 3 or value[-2] != "," or (opener := _INNER.get(value[-1])) is None:
        return value
    head = value[:-2]
    closer = value[-1]
    # a closing mark between two letters is an apostrophe (`Kazakhstan’s`), no quote's close
    closed = len(re.findall(rf"{re.escape(closer)}(?!\w)|(?<!\w){re.escape(closer)}", head))
    # `"`, `'`: an odd count leaves one open
    opened = head.count(opener) % 2 == 1 if opener == closer else head.count(opener) > closed
    if not opened:
        return value
    return head + closer


_LOW_PAIRS: Final = re.compile(r"„[^„“”]*[“”]")
