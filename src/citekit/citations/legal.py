"""Exact rules for laws and archival references: a law's number and article, an archive's
name and its shelf mark.

They run with the other exact rules (`citekit.citations.structure`), ahead of the note
tagger, and claim only what they recognise whole:

- a law's number after its label (`№ 131-ФЗ`, `Kanun No. 5237`, `Pub. L. No. 107-56`) near a
  word naming a law or decree (`Федеральный закон`, `Kanun`, `Act`), or before a word that
  numbers laws (`5237 sayılı`); a number of a law's own shape (`№ 131-ФЗ`, `№ 123-V`) needs
  no such word;
- an article or section (`Ст. 3822`, `md. 5`, `§ 215`, `12-бап`) when the note cites a law,
  or right after a gazette's issue (`№ 40. Ст. 3822`);
- a standard's designation that opens a note (`ГОСТ Р 7.0.5–2008. Библиографическая ссылка…`,
  `ISO 690:2021.`): the standard's number, no title's words;
- a shelf mark: a chain of labelled levels (fond, inventory, file, leaf: `Ф. 5. Оп. 1. Д. 12.
  Л. 3–4 об.`, `5-қ. 1-т. 12-іс. 3-п.`, `box 3, folder 12`), or a classification code written
  right after an archive's name (`BOA, DH.MKT, nr. 1234/56`, `FO 371/12345`);
- the archive's name just before the shelf mark: an abbreviation in capitals of any alphabet
  (`ЦГА РК`, `BOA`) or a phrase with a word for archive (`The National Archives`), or just
  after it (`…, folder 12, Hoover Institution Archives`).

The words are data: each language file's ``[legal]`` table. The leaf (`Л. 3–4 об.`) is the
cited page; the levels above it are the `archive_location`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.archives import archival
from citekit.citations.bills import bill_number
from citekit.citations.issuer_numbers import issuer_number
from citekit.citations.legal_words import (
    BREAK,
    DIGIT,
    GAZETTE,
    LAW_WINDOW,
    LOOK_BACK,
    MAX_TRIES,
    OWN_SHAPE,
    PHRASE_WORDS,
    QUOTED_AHEAD,
    free,
    named_numbers,
    patterns,
)
from citekit.languages import available_languages, language, shipped_type_words

__all__ = ["Legal", "find_legal", "legal_type", "standard_number", "standard_set_off"]

_REPORT_WINDOW: Final = 30  # characters before a number's label where a report's word names it
_DEPOSIT_WINDOW: Final = 50  # characters before a number where a deposit's words name its number


@functools.cache
def _report_words() -> re.Pattern[str]:
    """The language files' `[types] report` words, folded (`report`, `rapor`, `доклад`)."""
    words = {w.casefold() for w in shipped_type_words("report")}
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


@functools.cache
def _deposit_words() -> re.Pattern[str]:
    """The language files' `[types] deposited` words, folded (`деп. в`, `депонировано в`)."""
    words = sorted({w.casefold() for w in shipped_type_words("deposited")}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{literal_alternation(words) or '(?!)'})(?!\w)")


def _reported(text: str, start: int) -> bool:
    """Whether a report's or a paper series' word stands right before a number's label at
    `start` (`Discussion Paper No.`, `Working Paper No.`)."""
    before = text[max(0, start - _REPORT_WINDOW) : start].casefold()
    return _report_words().search(before) is not None


def _deposited(text: str, start: int) -> bool:
    """Whether a deposit's words come shortly before `start` (`– Деп. в ВИНИТИ 11.06.92,
    № 1934-В92`): the number is the manuscript's deposit's, no act's."""
    return (
        _deposit_words().search(text[max(0, start - _DEPOSIT_WINDOW) : start].casefold())
        is not None
    )


@functools.cache
def _standard() -> re.Pattern[str]:
    """A standard's designation: a standards body's abbreviation (the language files'
    `[legal] standard`), the letters of other bodies it adopts (`Р`, `ISO`, `EN`), the number
    and its year (`ГОСТ Р 7.0.5–2008`, `ISO/IEC 27001:2013`), a part's number before the year
    (`ISO 233-2:1993`)."""
    words = {w for code in available_languages() for w in language(code).legal.get("standard", ())}
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(
        rf"(?:{alternation})(?:[ /](?:[A-ZА-ЯЁҚ]{{1,4}}))*\s\d+(?:\.\d+)*(?:-\d{{1,3}}(?=[:–—]))?"
        r"(?:[-–—:]\d{2,4})?\*?"
    )


_LEADING_SPACE: Final = re.compile(r"\s+")
_WORD_AFTER: Final = re.compile(r"[.:,]?\s+[^\W\d_]")  # `ISO 690:2021, Information …` too
_ARTICLE_GAP: Final = re.compile(r"\s*[.,]\s*")  # between a gazette's issue and its article
_YEAR_BEFORE: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d\d\s*[.,]\s*$")  # a gazette's year
_ARTICLE_SPAN: Final = 24  # characters of an article's ordinal and word (`112-nji maddasy`)
_YEAR_SPAN: Final = 8  # characters of a gazette's year and its comma before a label (`2016, `)


def standard_designation(text: str) -> tuple[int, int] | None:
    """Where the standard's designation that opens `text` (a word after it) is, if one is."""
    found = _LEADING_SPACE.match(text)
    found = _standard().match(text, found.end() if found is not None else 0)
    if found is None or _WORD_AFTER.match(text, found.end()) is None:
        return None
    return found.span()


class Legal:
    """What the legal and archival rules found in one citation's text (never changed once
    made)."""

    # a plain class, not an attrs one: mypyc compiles it to a native class
    __slots__ = (
        "archive",
        "archive_location",
        "issue",
        "law",
        "number",
        "page",
        "section",
        "spans",
    )
    number: str | None
    section: str | None
    archive: str | None
    archive_location: str | None
    page: str | None  # the cited leaf of a shelf mark ("3–4 об.")
    issue: str | None  # an official gazette's issue ("RG 12.10.2004/25611")
    law: bool  # whether a word naming a law or decree was found
    spans: tuple[tuple[int, int, str], ...]

    def __init__(
        self,
        number: str | None = None,
        section: str | None = None,
        archive: str | None = None,
        archive_location: str | None = None,
        page: str | None = None,
        issue: str | None = None,
        law: bool = False,
        spans: tuple[tuple[int, int, str], ...] = (),
    ) -> None:
        self.number = number
        self.section = section
        self.archive = archive
        self.archive_location = archive_location
        self.page = page
        self.issue = issue
        self.law = law
        self.spans = spans

    def _values(self) -> tuple[object, ...]:
        return (
            self.number,
            self.section,
            self.archive,
            self.archive_location,
            self.page,
            self.issue,
            self.law,
            self.spans,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Legal:
            return NotImplemented
        assert isinstance(other, Legal)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return (
            f"Legal(number={self.number!r}, section={self.section!r}, archive={self.archive!r},"
            f" archive_location={self.archive_location!r}, page={self.page!r},"
            f" issue={self.issue!r}, law={self.law!r}, spans={self.spans!r})"
        )

    def __reduce__(self) -> tuple[type[Legal], tuple[object, ...]]:
        return Legal, self._values()


def _law_before(text: str, at: int, words: int, *, phrase: bool = False) -> bool:
    """Whether a law's kind is written up to `words` words before `at`, in the same part."""
    head = text[:at]
    breaks = [m for m in BREAK.finditer(head, max(0, at - LOOK_BACK)) if not _abridged(head, m)]
    floor = breaks[-1].end() if breaks else max(0, at - LOOK_BACK)
    for match in _edged(patterns().law, head, len(head), floor):
        between = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", head[match.end() :])
        # the act's date is no word of its issuer's (`Приказ Министра … от 31 октября 2018 года`)
        counted = [w for w in between.split() if not any(c.isdigit() for c in w)]
        if len(counted) <= (PHRASE_WORDS if phrase else words) and not (phrase and "," in between):
            return True
    return False


_ABRIDGED: Final = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,4}$")  # `Рос`, `сент`


def _abridged(head: str, found: re.Match[str]) -> bool:
    """Whether a period `BREAK` found closes an abbreviation, no sentence: a capitalised
    word of two to four letters before a capital (`Указ Президента Рос. Федерации`), or a
    small word of two to four before a digit (`от 5 сент. 2022 г.`)."""
    if found.group().startswith(("/", ";")):
        return False
    word = _ABRIDGED.search(head, 0, found.start())
    if word is None or word.group().isupper():
        return False  # `… РФ. Указ`: an acronym closes a sentence
    after = head[found.end() : found.end() + 1]
    return word.group()[:1].isupper() != after.isdigit()


def _law_after(text: str, at: int) -> bool:
    """Whether a law's kind is the next word, a quoted title between allowed (`№ 456
    Жарлығы`, `№ 664 «Білім туралы» Заңы`)."""
    skipped = QUOTED_AHEAD.match(text, at)
    return patterns().law.match(text, skipped.end() if skipped else at) is not None


def _edged(
    pattern: re.Pattern[str], text: str, end: int, start: int = 0
) -> Iterator[re.Match[str]]:
    """The matches of a pattern built without its leading look-behind that follow no letter
    (searched so, re skips at once to a label's first character)."""
    for match in pattern.finditer(text, start, end):
        if not text[match.start() - 1 : match.start()].isalpha():
            yield match


def _before_article(text: str, start: int, end: int) -> bool:
    """Whether the number labelled from `start` to `end` follows a year and comes before an
    article's mark, a comma or period apart (`…, 2016, № 4, 112-nji madda`, `…, 2002, № 1,
    ст. 3`): that number is a gazette's issue, no law's."""
    gap = _ARTICLE_GAP.match(text, end)
    if gap is None or _YEAR_BEFORE.search(text, max(0, start - _YEAR_SPAN), start) is None:
        return False
    p, at = patterns(), gap.end()
    if p.section.match(text, at) is not None:
        return True
    after = p.section_after.search(text[at : at + _ARTICLE_SPAN])
    return after is not None and after.start() == 0


def _gazette(text: str, spans: list[tuple[int, int, str]]) -> str | None:
    """An official gazette with its date and issue (`RG 12.10.2004/25611`, `RG, 12.10.2004,
    S. 25611`): the gazette's name, date and issue as the tagger's fields, whole; the issue."""
    found = patterns().gazette.search(text) or patterns().gazette_issue_first.search(text)
    if found is None or not free(spans, found.start(), found.end()):
        return None
    marks = [
        (*found.span("g"), "container-title"),
        (*found.span("d"), "issued"),
        (*found.span("n"), "issue"),
    ]
    # the date and the issue in either order, the labels and punctuation between no field's
    first, second = sorted((found.span("d"), found.span("n")))
    gaps = [(found.end("g"), first[0]), (first[1], second[0])]
    spans += marks + [(a, b, "other") for a, b in gaps if a < b]
    opened = text.rfind("(", 0, found.start("g"))
    if (
        opened >= 0
        and not text[opened + 1 : found.start("g")].strip()
        and free(spans, opened, opened + 1)
    ):
        spans.append((opened, opened + 1, "other"))  # `… Kararı (RG, 24/11/2020, S. 31314)`
    return found.group("n")


def find_legal(text: str, taken: Sequence[tuple[int, int, str]] = ()) -> Legal:
    """Run the legal and archival rules on one citation's (flattened) text; `taken` are the
    spans other exact rules already hold (an address's digits are no law's number)."""
    if DIGIT.search(text) is None:
        return Legal()
    p = patterns()
    spans: list[tuple[int, int, str]] = list(taken)
    out = archival(text, spans)
    issue = _gazette(text, spans)
    head_end = text.find("//")
    head_end = len(text) if head_end < 0 else head_end
    law = next(_edged(p.law, text, len(text)), None) is not None
    number = None
    if (standard := standard_designation(text)) is not None:
        number = text[standard[0] : standard[1]]
        spans.append((*standard, "number"))
    for match in itertools.islice(_edged(p.number, text, head_end), MAX_TRIES):
        if number is not None:
            break
        label, (start, end) = match.group("label"), match.span("n")
        if not free(spans, match.start(), end) or _before_article(text, match.start(), end):
            continue  # `…, 2016, № 4, 112-nji madda`: the gazette's issue the article is in
        if _deposited(text, match.start()):
            break  # `Деп. в ВИНИТИ 11.06.92, № 1934-В92`: no act's number
        if label not in p.strong and _reported(text, match.start()):
            continue  # `Harvard Law and Economics Discussion Paper No. 528`: a paper's number
        # "№" anywhere in the law's part; "No." in the law's own phrase ("Указ Президента
        # Российской Федерации No. 594-IV", not "Journal of Law, Vol. 3, No. 5")
        near = _law_before(text, match.start(), LAW_WINDOW, phrase=label != "№")
        if (
            label in p.strong
            or near
            or (label == "№" and _law_after(text, end))
            or (
                OWN_SHAPE.fullmatch(match.group("n").split()[0])
                and _report_words().search(
                    text[max(0, match.start() - _REPORT_WINDOW) : end].casefold()
                )
                is None
            )  # `Report No. 123-KZ`, `Asia Report N° 34`: a report's own number
        ):
            number = match.group("n")
            if label.casefold() not in named_numbers():  # `Resolution 2231`: the title's words
                spans += [(match.start(), start, "other"), (start, end, "number")]
            break
    if number is None and law:
        # a number of a law's own shape without a label ("Указ Президента РФ 560-IV")
        for match in itertools.islice(OWN_SHAPE.finditer(text), MAX_TRIES):
            bare = (*match.span(), "number")
            if free(spans, match.start(), match.end()) and not text[: match.start()].endswith(
                ("-", "/")
            ):
                number = match.group()
                spans.append(bare)
                break
    if number is None:
        number = issuer_number(text)  # `Резолюция Совета Безопасности ООН 2231 (2015)`
    if number is None and (bill := bill_number(text)) is not None and free(spans, *bill):
        number = text[bill[0] : bill[1]]  # `H.R. 1152, 106th Cong.`
        spans.append((*bill, "number"))
    if number is None:
        for match in itertools.islice(p.number_after.finditer(text, 0, head_end), MAX_TRIES):
            if free(spans, match.start(), match.end()):
                # "5237 sayılı Türk Ceza Kanunu": the number and its word open the law's
                # name; the tagger reads them in it, the record's title leaves them out
                # (`quoted_acts.unnumbered`) and the number is the law's
                number = match.group("n")
                break
    section = None
    after = next((e for s, e, label in spans if label == "number"), None)
    gazette = False
    for match in itertools.islice(_edged(p.section, text, len(text)), MAX_TRIES):
        # after the law's number, right after a gazette's issue ("№ 40. Ст. 3822"), or
        # after a law's kind ("Kanunu md. 5"): not "Комментарий к ст. 5 Закона …"
        gazette = GAZETTE.search(text, max(0, match.start() - 24), match.start()) is not None
        placed = (after is not None and match.start() >= after) or gazette
        if (placed or _law_before(text, match.start(), LAW_WINDOW)) and free(spans, *match.span()):
            section = match.group("n")
            spans += [(match.start(), match.start("n"), "other"), (*match.span("n"), "section")]
            break
    if section is None:
        for match in itertools.islice(p.section_after.finditer(text), MAX_TRIES):
            placed = after is not None and match.start() >= after
            if (placed or _law_before(text, match.start(), LAW_WINDOW)) and free(
                spans, *match.span()
            ):
                section = match.group("n")
                spans += [(*match.span("n"), "section"), (match.end("n"), match.end(), "other")]
                break
    return Legal(
        number=_spaced(number),
        section=_spaced(section),
        archive=_spaced(out.get("archive")),
        archive_location=_spaced(out.get("archive_location")),
        page=_spaced(out.get("page")),
        issue=issue,
        law=law or gazette,
        spans=tuple(sorted(spans[len(taken) :])),
    )


def _spaced(value: str | None) -> str | None:
    """A value with its spaces as one plain space each (`Д.\u00a0410` -> `Д. 410`)."""
    return " ".join(value.split()) if value is not None else None


_SET_OFF: Final = re.compile(r",\s*$")  # the comma before a designation set off after a title
_CLOSED: Final = re.compile(r"\s*(?:[,.;(]|$)")  # … and what closes it


def standard_set_off(text: str) -> str | None:
    """A standard's designation set off by commas after the note's first part (IEEE's `IEEE
    Standard for …, IEEE Std 802.15.4-2020, 2020.`, `Title, ST RK 1893-2009, 2009`), or None."""
    for found in _standard().finditer(text):
        set_off = found.start() and _SET_OFF.search(text, 0, found.start())
        if set_off and _CLOSED.match(text, found.end()):
            return found.group()
    return None


def standard_number(found: Legal) -> bool:
    """Whether the number the rules found is a standard's designation (`ГОСТ Р 7.0.5–2008`)."""
    return found.number is not None and _standard().fullmatch(found.number) is not None


def legal_type(found: Legal) -> str | None:
    """The item type the rules tell: a shelf mark is an archival document's, a law's number
    or an official gazette's issue a law's; else None (the type model decides)."""
    if found.archive_location is not None:
        return "manuscript"
    if standard_number(found):
        return None  # a standard is no law
    legal = found.number is not None or found.issue is not None
    if legal or (found.section is not None and found.law):
        return "legislation"
    return None
