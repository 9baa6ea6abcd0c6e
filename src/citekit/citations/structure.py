"""The exact rules that run ahead of the note tagger: addresses, DOIs, ISBNs, catalogue and
database identifiers (`OCLC 48619406`, `PMID 28394350`: no field's), the access label with its
date, an archive label with its date, and a law's number and article, an archive's
name and shelf mark (`citekit.citations.legal`). They find their fields whole and beat a
learned model at it; the tagger then labels the rest of the citation.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final

from citekit.citations._words import patterns
from citekit.citations.legal import Legal, find_legal
from citekit.citations.url_bounds import (
    continued_end,
    detached_scheme,
    item_address,
    unglued,
)
from citekit.dates import DateReading, read_date
from citekit.languages import shipped_words
from citekit.model import PartialDate

__all__ = [
    "Exact",
    "find_exact",
    "time_codes",
    "written_addresses",
    "written_identifiers",
]

# case-insensitive as classes of exact case (what re.IGNORECASE matches, the long s and the
# dotted and dotless i included): a pattern that opens with a class is scanned for at once
# an address with its scheme or `www.`, or (MLA 9 drops both) a lower-case domain and its path:
# `thediplomat.com/2021/02/…`; never a name's dotted initials nor a date's `12.03/…`
_URL: Final = re.compile(
    r"(?:[hH][tT][tT][pP][sSſ]?://|[wW][wW][wW]\.)[^\s<>\"“”«»]+"
    r"|(?<![\w@/.:-])(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,6}/[^\s<>\"“”«»]*[\w/]"
)
# a Markdown link; its text may be a Pandoc span with attributes, as Pandoc writes a Word
# document's underlined link: `[[https://example.org]{.underline}](https://example.org)`
_MD_LINK: Final = re.compile(
    r"\[((?:[^\[\]\n]|\[[^\[\]\n]{0,500}\]\{[^{}\n]{0,80}\}){0,500})\]\(([^)\s]{1,2000})\)"
)
# not the end of a dotted date or number ("RG 12.10.2004/25611" is a gazette's date and issue)
_DOI: Final = re.compile(r"(?<![\d.])\b(10\.\d{4,9}/[^\s<>\"“”«»,;]+)")
_ISBN: Final = re.compile(r"[Iiİı][Ssſ][Bb][Nn](?:-1[03])?:?\s*([\dXx][\d\s\-Xx]{8,20}[\dXx])")
_TRAILING: Final = ".,;:!?)]}»”’\"'*—–"  # a dash after an address is the note's (`…/2512345—`)
# the DOI resolver's address, with any scheme and host it answers at (`http://www.doi.org/`)
_DOI_URL: Final = re.compile(r"^(?:https?://)?(?:dx\.|www\.)?doi\.org/", re.IGNORECASE)
# "URL:" or "DOI:" just before an address or a DOI is the label of that field
_LABEL_BEFORE: Final = re.compile(r"(?:URL|DOI|doi)\s*:?\s*$")
# a film's or a recording's time code, or a range of them (`01:12:40–01:14:05`, `1:32:10`)
_TIME_CODE: Final = re.compile(
    r"(?<![\d:.])\d{1,2}:[0-5]\d:[0-5]\d(?:\s*[–—-]\s*\d{1,2}:[0-5]\d:[0-5]\d)?(?![\d:])"
)


_NO_LEGAL: Final = Legal()  # read-only: one for every citation with no law or archive in it


class Exact:
    """What the exact rules found in one citation's text, with the spans they cover
    (never changed once made)."""

    # a plain class, not an attrs one: mypyc compiles it to a native class
    __slots__ = ("accessed", "doi", "isbn", "legal", "spans", "url")
    url: str | None
    doi: str | None
    isbn: str | None
    accessed: PartialDate | None
    legal: Legal  # a law's number and article, an archive and its shelf mark
    spans: tuple[tuple[int, int, str], ...]  # (start, end, CSL variable)

    def __init__(
        self,
        url: str | None = None,
        doi: str | None = None,
        isbn: str | None = None,
        accessed: PartialDate | None = None,
        legal: Legal = _NO_LEGAL,
        spans: tuple[tuple[int, int, str], ...] = (),
    ) -> None:
        self.url = url
        self.doi = doi
        self.isbn = isbn
        self.accessed = accessed
        self.legal = legal
        self.spans = spans

    def _values(self) -> tuple[object, ...]:
        return (self.url, self.doi, self.isbn, self.accessed, self.legal, self.spans)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Exact:
            return NotImplemented
        assert isinstance(other, Exact)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return (
            f"Exact(url={self.url!r}, doi={self.doi!r}, isbn={self.isbn!r},"
            f" accessed={self.accessed!r}, legal={self.legal!r}, spans={self.spans!r})"
        )

    def __reduce__(self) -> tuple[type[Exact], tuple[object, ...]]:
        return Exact, self._values()


def _strip_url(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _may_hold_url(text: str) -> bool:
    """Whether `_URL` may find an address in `text` (told at C speed): each has a scheme's
    `://`, a `www.` (in any case) or a lower-case domain's last letter just before its path's
    slash; a note whose slashes follow no such letter (GOST's `. //`, `2019/123`) has none."""
    if "://" in text or "www." in text.lower():
        return True
    i = text.find("/", 1)
    while i > 0:
        if "a" <= text[i - 1] <= "z":
            return True
        i = text.find("/", i + 1)
    return False


_MAX_BREAKS: Final = 3  # line breaks or spaces inside one address, at most


def _urls(text: str) -> list[tuple[int, int, str]]:
    # a Markdown link has "](", an address "://" or "www." (in any case): told at C speed
    found = (
        [(m.start(), m.end(), _strip_url(m.group(2))) for m in _MD_LINK.finditer(text)]
        if "](" in text
        else []
    )
    if not _may_hold_url(text):
        return found  # in order: found from left to right
    links = [s for s, _e, _u in found]  # in order, apart: the link an address may be in
    last = 0  # the end of the address before: a piece it went on with is no address
    for match in _URL.finditer(text):
        i = bisect.bisect_right(links, match.start()) - 1
        if match.start() >= last and (i < 0 or match.start() >= found[i][1]):
            start, end, joined = match.start(), match.end(), False
            url = _strip_url(match.group())
            # wrapped at a line's end or split by a space (`…/article/⏎23456`): joined
            for _ in range(_MAX_BREAKS):  # a few lines at most: linear in a hostile note
                if url[-1:] != text[end - 1 : end] or not (more := continued_end(text, end, url)):
                    break  # its last mark stripped (`…/page.`): the address ended there
                end, joined = more, True
                url = _SPACES.sub("", text[start:end])
            url = unglued(text, start, url)  # `…/page(erişim tarihi: …)`: no label's
            end = end if joined else start + len(url)
            if url.lower().startswith("www.") and (scheme := detached_scheme(text, start)):
                url = text[scheme:start].split("//")[0] + "//" + url  # `http:// www.…`
                start = scheme
            found.append((start, end, url))
            last = end
    return sorted(found)


class _Taken:
    """The spans found so far and the characters they cover: whether a place is free is one
    look-up, so a note of thousands of addresses is read in linear time."""

    def __init__(self, size: int) -> None:
        self.spans: list[tuple[int, int, str]] = []
        self._covered = bytearray(size + 1)

    def add(self, start: int, end: int, label: str) -> None:
        self.spans.append((start, end, label))
        end = min(end, len(self._covered))
        if end > start:
            self._covered[start:end] = b"\x01" * (end - start)

    def free(self, at: int) -> bool:
        return at >= len(self._covered) or not self._covered[at]


_AFTER_ADDRESS: Final = 40  # characters after an address where its access date may stand
_SAID: Final = 48  # characters after an address where words say it was read there
_BETWEEN: Final = frozenset(" ,;:(–-")  # what may stand between an address and its date


def written_addresses(text: str) -> list[str]:
    """The web addresses written in a text, in order, once each (a DOI's address, read as the
    DOI, left out): an ibid note's own address (`Там же. URL: …`), which no citation holds."""
    return list(dict.fromkeys(url for _s, _e, url in _urls(text) if not _DOI_URL.match(url)))


def _date_after_address(
    text: str, end: int, spans: list[tuple[int, int, str]]
) -> tuple[PartialDate, int, int] | None:
    """The date just after the address an access label opens (`Erişim: https://…, 14.03.2021`,
    `Accessed: https://… (5 May 2020)`), with its span; None when no address follows the label
    or anything but punctuation stands between the address and a date."""
    address = next(
        (s for s in spans if s[2] == "URL" and end <= s[0] and not text[end : s[0]].strip(" :")),
        None,
    )
    if address is None:
        return None
    window = text[address[1] : address[1] + _AFTER_ADDRESS]
    reading = read_date(window)
    if reading.date is None or not set(window[: reading.start]) <= _BETWEEN:
        return None
    return reading.date, address[1] + reading.start, address[1] + reading.end


# a bracketed date alone closing the note after its address (`https://… (14.03.2021).`)
_CLOSING_DAY: Final = re.compile(r"[\s,]*\(([^()]{6,24})\)[\s.,]*")


def _day_closing_address(
    text: str, spans: list[tuple[int, int, str]]
) -> tuple[PartialDate, int, int] | None:
    """The day in brackets that alone closes a note after its address (`…, https://…,
    (15.04.2020).`): the day the page was read, as a Turkish or Russian note writes it with
    no label (a work's own date stands before its address). Only a full day counts: a bare
    year in brackets may be the work's."""
    address = max((s for s in spans if s[2] == "URL"), key=lambda s: s[1], default=None)
    if address is None:
        return None
    closing = _CLOSING_DAY.fullmatch(text, address[1])
    if closing is None:
        return None
    reading = read_date(closing.group(1))
    date = reading.date
    if (
        date is None
        or date.day is None
        or reading.start != 0
        or reading.end != len(closing.group(1))
    ):
        return None
    return date, closing.start(1), closing.end(1)


_SPACES: Final = re.compile(r"\s+")
_SENTENCE_END: Final = re.compile(r"\.\s+(?!\d)")  # `. Процитовано`, not `15. 03. 2020`
# what may stand between the archive word and its date after it: a few words, no sentence's end
# (` от `, ` from the original (PDF) on `, a bracket that opens the date; not `. Erişim tarihi: `,
# the access date's label)
_ARCHIVE_LINK: Final = re.compile(r"[^\S\n]*(?:\(?[^\W\d]+\)?[^\S\n]*){0,5}\(?", re.UNICODE)
_ARCHIVE_GAP: Final = 40  # characters between the date's word and the archive word (`kaynağından`)


def _archived_before(text: str, at: int, end: int, taken: _Taken) -> None:
    """The date written before the archive word, through a date word (`15 Mart 2020 tarihinde
    kaynağından arşivlendi`): the archive's date, read by no field and never lost text."""
    word = patterns().accessed_after.search(text, max(0, at - _ARCHIVE_GAP))
    if word is None or word.start() >= at or not taken.free(word.start()):
        return
    # the date that ends right before the date word, read from each word start of the window
    window = max(0, word.start() - 24)
    starts = [window, *(m.end() for m in _SPACES.finditer(text, window, word.start()))]
    for first in starts:
        reading = read_date(text[first : word.start()])
        if reading.date is None or reading.start != 0:
            continue
        if not text[first + reading.end : word.start()].strip():
            if taken.free(first):
                taken.add(first, end, "other")
            return


def _date_before(text: str, start: int, at: int) -> tuple[int, DateReading]:
    """The date that ends right before `at` (its word, `tarihinde`), read from the first word
    start from `start` on whose date does (`…, 2021. 15 Mart 2022 tarihinde`: the work's year
    before the reading's date is not part of it), with that start."""
    first = (start, read_date(text[start:at]))
    for i in range(start, at):
        if i > start and not text[i - 1].isspace():
            continue
        reading = read_date(text[i:at])
        if reading.date is not None and not text[i + reading.end : at].strip():
            return i, reading
    return first


def _archive_clause(text: str, at: int, taken: _Taken) -> bool:
    """Whether an archive word ends the clause that goes on at `at`, after a date's word
    (`… tarihinde kaynağından arşivlendi`): the date is the archive's, not the reading's. A
    word inside an address (`…/osmanli-arsiv-belgeleri`) is none."""
    clause = text[at : at + _ARCHIVE_GAP]
    word = patterns().archived.search(clause)
    if word is None or not taken.free(at + word.start()):
        return False
    return _SENTENCE_END.search(clause, 0, word.start()) is None


@functools.cache
def _identifiers() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The labels of catalogue and database identifiers (`[words] identifier_labels`: OCLC,
    JSTOR, PMID, Bibcode …) that hold no other (`ISSN` finds `eISSN` too), and the pattern of one
    with its value (a run with a digit or of four capitals at least, up to the sentence's end:
    `Bibcode:2009JArEn..73..963L.`, `JSTOR 10.7591/j.ctt1w0dd6d`, `EDN ZXQVTB`)."""
    labels = tuple(sorted(shipped_words("identifier_labels"), key=len, reverse=True))
    words = "|".join(re.escape(w) for w in labels) or "(?!)"
    gap = r"(?:[ \t\u00a0]*:[ \t\u00a0]*|[ \t\u00a0]+)"  # `Bibcode:`, `OCLC `
    value = rf"(?<!\w)(?:{words}){gap}(?=\S*\d|[A-Z]{{4,}}\b)\S+?(?=[.,;]?(?:\s|$))"
    cover = tuple(w for w in labels if not any(o != w and o in w for o in labels))
    return cover, re.compile(value)


@functools.cache
def _listed_identifiers() -> tuple[str, ...]:
    """Every identifier label, the longest first (`PMCID` before `PMC`)."""
    return tuple(sorted(shipped_words("identifier_labels"), key=len, reverse=True))


def written_identifiers(text: str) -> tuple[tuple[str, str], ...]:
    """Each catalogue or database identifier `text` writes, as its listed label and its value
    (`OCLC 682894132` -> ("OCLC", "682894132")), in order: what `_identifier_spans` claims."""
    labels, pattern = _identifiers()
    if not any(label in text for label in labels):
        return ()
    listed = _listed_identifiers()
    out: list[tuple[str, str]] = []
    for match in pattern.finditer(text):
        found = match.group(0)
        label = next(w for w in listed if found.startswith(w))
        value = found[len(label) :].strip(" \t\u00a0:")
        for opener, closer in ("()", "[]"):  # `(OCLC 682894132)`: the bracket is the note's
            if value.endswith(closer) and opener not in value:
                value = value[:-1].rstrip(".,;")
        if value:
            out.append((label, value))
    return tuple(out)


def opens_with_identifier(text: str) -> bool:
    """Whether `text` opens with a catalogue or database identifier and its value
    (`PMCID: PMC5012345. …`, `PMID: 27331234 [Indexed for MEDLINE]`; not `SSRN Electronic
    Journal, …`: a name's word, no value)."""
    labels, pattern = _identifiers()
    if not any(label in text for label in labels):
        return False
    return pattern.match(text.lstrip()) is not None


def _identifier_spans(text: str, taken: _Taken) -> None:
    """Each catalogue or database identifier with its value, read by no field (a wiki's
    rendered `OCLC 48619406`, `PMID 28394350`: never an issue, a page or a title's words)."""
    labels, pattern = _identifiers()
    if not any(label in text for label in labels):
        return  # no label, no identifier (most notes: one substring search per label)
    for match in pattern.finditer(text):
        if taken.free(match.start()):
            taken.add(match.start(), match.end(), "other")


# a date right before a time (`12.05.2020 14:30:45`, `2020-05-12 14:30:45`): a time of day
_DATE_BEFORE: Final = re.compile(r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d),?\s*$")


def time_codes(text: str, exact: Exact) -> tuple[str, ...]:
    """The time codes a note cites a film or a recording at (`01:12:40–01:14:05`), as written:
    no field holds them, so the record reports them unread. One inside an address or after a
    date (`12.05.2020 14:30:45`, a time of day) is none."""
    if text.count(":") < 2:
        return ()
    held = [(s, e) for s, e, kind in exact.spans if kind != "other"]
    return tuple(
        m.group()
        for m in _TIME_CODE.finditer(text)
        if not any(s <= m.start() < e for s, e in held)
        and _DATE_BEFORE.search(text, 0, m.start()) is None
    )


def _time_codes(text: str, taken: _Taken) -> None:
    """Each time code a note cites a film or a recording at (`01:12:40–01:14:05`): no field's
    numbers (never a volume and its issue), reported as the note's unread words."""
    if text.count(":") < 2:
        return
    for match in _TIME_CODE.finditer(text):
        if taken.free(match.start()):
            taken.add(match.start(), match.end(), "other")


def find_exact(text: str, links: tuple[str, ...] = ()) -> Exact:
    """Run the exact rules on one citation's (flattened) text."""
    taken = _Taken(len(text))
    urls = _urls(text)
    web = [link for link in links if link.startswith(("http://", "https://", "www."))]
    url = web[0] if web else None
    doi = None
    written = []  # the addresses written, in order
    for start, end, found in urls:
        if _DOI_URL.match(found):
            doi = doi or _DOI_URL.sub("", found)
            taken.add(start, end, "DOI")
            continue
        taken.add(start, end, "URL")
        written.append(found)
    url = url or item_address(written)  # a home page beside a deep link is the container's
    for match in _DOI.finditer(text) if "10." in text else ():  # a DOI opens with "10."
        if taken.free(match.start()):
            value = _strip_url(match.group(1))
            doi = doi or value
            taken.add(match.start(1), match.start(1) + len(value), "DOI")
    isbn = None
    for match in _ISBN.finditer(text) if "sbn" in text.casefold() else ():  # S, ſ, B, N fold
        if taken.free(match.start()):
            isbn = isbn or match.group(1).strip()
            taken.add(match.start(1), match.end(1), "ISBN")
    _identifier_spans(text, taken)
    _time_codes(text, taken)
    accessed = None
    p = patterns()
    label = p.accessed.search(text)
    if label is not None and taken.free(label.start()):
        window = text[label.start() : label.start() + 72]
        reading = read_date(window)
        taken.add(label.start(), label.end(), "other")
        if reading.date is not None and taken.free(label.start() + reading.start):
            accessed = reading.date
            taken.add(label.start() + reading.start, label.start() + reading.end, "accessed")
        elif (after_address := _date_after_address(text, label.end(), taken.spans)) is not None:
            accessed, start, end = after_address
            taken.add(start, end, "accessed")
    after = p.accessed_after.search(text) if accessed is None else None
    if after is not None and _archive_clause(text, after.end(), taken):
        after = None  # `7 Şubat 2023 tarihinde kaynağından arşivlendi`: the archive's date
    if after is not None and url is None and p.retrieved_after.search(text, after.end()) is None:
        after = None  # `12 Mart 2019 tarihinde yapılan görüşme`: a day, no page retrieved
    if after is not None and taken.free(after.start()):
        # the date just before the word: "25 Ekim 2021 tarihinde … adresinden alındı"
        start = max(0, after.start() - 24)
        if start and not text[start - 1].isspace():  # from a word's start: `…an Yayınevi.`
            start = next((i + 1 for i in range(start, after.start()) if text[i].isspace()), start)
        start, reading = _date_before(text, start, after.start())
        gap = text[start + reading.end : after.start()] if reading.date else "?"
        if reading.date is not None and not gap.strip() and taken.free(start + reading.start):
            accessed = reading.date
            taken.add(start + reading.start, start + reading.end, "accessed")
            taken.add(after.start(), after.end(), "other")
    if accessed is None and (closing_day := _day_closing_address(text, taken.spans)) is not None:
        accessed = closing_day[0]
        taken.add(closing_day[1], closing_day[2], "accessed")
    archived = p.archived.search(text)
    if archived is not None and taken.free(archived.start()):
        # its date is in its own sentence (`… за 23 травня 2022. Процитовано 2022-05-22.`)
        close = _SENTENCE_END.search(text, archived.end(), archived.start() + 80)
        reading = read_date(
            text[archived.start() : close.start() if close else archived.start() + 80]
        )
        # the archive's date follows its word (`Архивировано 6 мая 2020`, `Archived from the
        # original on 15 March 2020`), or goes before it (`15 Mart 2020 tarihinde … arşivlendi`)
        gap = text[archived.end() : archived.start() + max(reading.start, 0)]
        dated = reading.date is not None and _ARCHIVE_LINK.fullmatch(gap) is not None
        if dated:
            taken.add(archived.start(), archived.start() + reading.end, "other")
        else:  # with no date beside it, the word may be a title's (`Osmanlı Arşiv Belgeleri`)
            _archived_before(text, archived.start(), archived.end(), taken)
    for start, end, kind in list(taken.spans):
        if kind == "URL" and (said := p.retrieved_after.match(text[end : end + _SAID])) is not None:
            taken.add(end, end + said.end(), "other")  # `https://… adresinden erişildi.`
        if kind in ("URL", "DOI"):
            mark = _LABEL_BEFORE.search(text, max(0, start - 8), start)
            if mark is not None and taken.free(mark.start()):
                taken.add(mark.start(), mark.end(), "other")
    spans = taken.spans
    legal = find_legal(text, spans)
    spans.extend(legal.spans)
    return Exact(
        url=url, doi=doi, isbn=isbn, accessed=accessed, legal=legal, spans=tuple(sorted(spans))
    )
