"""The values that flow through citekit: documents, notes, citations, dates and findings.

Every value is a frozen attrs class; collections are tuples and closed sets are `StrEnum`s, so
values hash, compare and print predictably. Parsed things keep their raw text.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from enum import StrEnum

from attrs import field, frozen
from attrs.validators import in_, optional

__all__ = [
    "Citation",
    "Document",
    "Edit",
    "Finding",
    "LabelledSpan",
    "LabelledText",
    "Location",
    "Name",
    "Note",
    "NoteKind",
    "PartialDate",
    "Severity",
]


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def day_error(year: int, month: int | None, day: int | None) -> str | None:
    """Why `day` cannot be a day of `month` in `year` (no month, or past its last day), or None."""
    if day is None:
        return None
    if month is None:
        return "a day needs a month"
    last = 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]
    if not 1 <= day <= last:
        return f"day {day} does not exist in {year}-{month:02d}"
    return None


def _check_day(instance: PartialDate, _attribute: object, value: int | None) -> None:
    error = day_error(instance.year, instance.month, value)
    if error is not None:
        raise ValueError(error)


@frozen
class PartialDate:
    """A date known to the year, month or day; `isoformat()` gives 2021, 2021-10 or 2021-10-25.

    `ambiguous` is true when a numeric date such as 03/04/2021 was read by the language's
    day/month convention and the other reading was also possible. `raw` keeps the text it was
    read from. Neither takes part in equality. `season` (1 spring … 4 winter, CSL's) dates a
    periodical's issue by its season (`Spring 2019`); a date with a month has none.

    >>> PartialDate(2021, 10).isoformat()
    '2021-10'
    """

    year: int = field(validator=in_(range(1, 10000)))
    month: int | None = field(default=None, validator=optional(in_(range(1, 13))))
    day: int | None = field(default=None, validator=_check_day)
    ambiguous: bool = field(default=False, eq=False)
    raw: str | None = field(default=None, eq=False, repr=False)
    season: int | None = field(default=None, validator=optional(in_(range(1, 5))))

    def __attrs_post_init__(self) -> None:
        if self.season is not None and self.month is not None:
            raise ValueError("a date with a month has no season")

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"`` or ``"year"``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def isoformat(self) -> str:
        """ISO 8601 text of the known part: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def parts(self) -> tuple[int, ...]:
        """The known parts, as CSL's ``date-parts`` wants them."""
        return tuple(p for p in (self.year, self.month, self.day) if p is not None)

    def earliest(self) -> dt.date:
        """The first calendar day this date can mean (for comparisons)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last calendar day this date can mean (for comparisons)."""
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    @classmethod
    def from_parts(cls, parts: tuple[int, ...] | list[int]) -> PartialDate:
        """Build from CSL ``date-parts`` (one to three integers); a month of 13–16 or 21–24
        is a season (CSL's and CSL-JSON's numbers for spring … winter)."""
        if not 1 <= len(parts) <= 3:
            raise ValueError(f"date-parts needs 1 to 3 numbers, got {list(parts)!r}")
        year, month, day = (*[int(p) for p in parts], None, None)[:3]
        assert year is not None
        if day is None and month is not None and (13 <= month <= 16 or 21 <= month <= 24):
            return cls(year, season=(month - 13) % 4 + 1)
        return cls(year, month, day)

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` strictly."""
        pieces = text.split("-")
        if not 1 <= len(pieces) <= 3 or not all(p.isdigit() for p in pieces):
            raise ValueError(f"not an ISO 8601 date: {text!r}")
        return cls.from_parts([int(p) for p in pieces])


_SEASON_NAMES = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}


def season_number(value: object) -> int | None:
    """CSL-JSON's `season` as 1 (spring) … 4 (winter): a number 1–4 or 21–24, as a number or
    text, or a season's English name; None when empty. Anything else raises ValueError."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueError(f"a season is 1 to 4 or a season's name, not {value!r}")
    text = str(value).strip().casefold()
    if not text:
        return None
    if text in _SEASON_NAMES:
        return _SEASON_NAMES[text]
    number = int(text) if text.isdigit() else 0
    if not (1 <= number <= 4 or 21 <= number <= 24):
        raise ValueError(f"a season is 1 to 4 (or 21 to 24) or a season's name, not {value!r}")
    return (number - 1) % 4 + 1


@frozen
class Name:
    """A person or organisation: ``family``/``given`` when split, else ``literal``.

    `written` keeps the name as the note wrote it ("C. Piech"); it takes no part in equality.
    """

    family: str | None = None
    given: str | None = None
    literal: str | None = None
    written: str | None = field(default=None, eq=False, repr=False)

    def __str__(self) -> str:
        if self.written is not None:
            return self.written
        if self.literal is not None:
            return self.literal
        return ", ".join(p for p in (self.family, self.given) if p)


@frozen(kw_only=True)
class Citation:
    """One cited source, with the fields citekit knows; CSL-JSON is its interchange shape.

    `url_slot_empty` records a note that leaves a place for the address but gives none
    (``Akorda,, (Erişim …)``). `raw` is the text the citation was read from. `id` is the key
    the source gave it (a CSL ``id``, a BibTeX key), kept through conversion; `extra` holds
    the variables citekit has no field for, so that they travel untouched.
    """

    type: str = "webpage"
    title: str | None = None
    authors: tuple[Name, ...] = ()
    editors: tuple[Name, ...] = ()
    translators: tuple[Name, ...] = ()
    container: str | None = None
    collection_title: str | None = None
    publisher: str | None = None
    publisher_place: str | None = None
    url: str | None = None
    doi: str | None = None
    accessed: PartialDate | None = None
    issued: PartialDate | None = None
    page: str | None = None
    volume: str | None = None
    issue: str | None = None
    edition: str | None = None
    isbn: str | None = None
    number_of_pages: str | None = None
    genre: str | None = None
    language: str | None = None
    issn: str | None = None
    note: str | None = None
    number: str | None = None  # a law's or report's number ("131-ФЗ", "Public Law 107-56")
    section: str | None = None  # a law's article or section ("3822", "215")
    archive: str | None = None  # the archive that holds the document ("ЦГА РК", "BOA")
    archive_location: str | None = None  # its shelf mark ("Ф. 5. Оп. 1. Д. 12")
    id: str | None = field(default=None, eq=False)  # the source's own key (CSL id, cite key)
    # CSL variables citekit does not model, kept to be written back: (name, JSON text), sorted
    extra: tuple[tuple[str, str], ...] = ()
    url_slot_empty: bool = field(default=False, eq=False)
    raw: str = field(default="", eq=False, repr=False)
    # pieces of `raw` the parser placed in no field (reported, not CSL: `citekit notes --json`)
    unparsed: tuple[str, ...] = field(default=(), eq=False)
    # the note whose source this one repeats, when a note cites several sources and this is a
    # short form of one cited before (`Smith, Title, 4; Jones, Other, 7.`): not CSL
    refers_to: int | None = field(default=None, eq=False)


class NoteKind(StrEnum):
    """What a note does: cite, repeat the previous source, repeat a named one, or comment."""

    CITATION = "citation"
    IBID = "ibid"
    OPCIT = "opcit"
    COMMENT = "comment"


@frozen(kw_only=True)
class Location:
    """Where something sits: file, note number, and line (text) or paragraph (HTML, DOCX)."""

    path: str
    note: int | None = None
    line: int | None = None
    paragraph: int | None = None
    section: int = 0  # the note's list, when lists number again: `Note.section`
    page: int | None = None  # the page of a note numbered again on each page, as laid out
    mark: str | None = None  # how a note is shown when not by digits: a custom "*", Roman "iii"
    custom: bool = False  # `mark` is a custom mark, which takes no number (its list is no list)

    @property
    def note_name(self) -> str | None:
        """The note as messages name it (`note 2`), with its list when lists number their
        notes again (`note 1 in list 2`: endnote 1 after footnote 1, chapter 2's note 1), or
        its page when each page numbers its notes again (`note 1 on page 3`), and by what it is
        shown as when not digits (`note †`, a custom mark; `note ii in list 2`)."""
        if self.note is None:
            return None
        if self.mark is not None and self.custom:
            return f"note {self.mark}"
        shown = self.mark if self.mark is not None else self.note
        if self.page is not None:
            return f"note {shown} on page {self.page}"
        return f"note {shown} in list {self.section + 1}" if self.section else f"note {shown}"

    def __str__(self) -> str:
        text = self.path
        if self.line is not None:
            text += f":{self.line}"
        if self.note_name is not None:
            text += f" {self.note_name}"
        return text


@frozen(kw_only=True)
class Note:
    """A footnote or endnote: its raw text, what kind it is and what it cites.

    `refers_to` is the number of the note an ibid or op. cit. repeats; `page` is a locator
    given after ibid (``Aynı yer, s. 45``), `volume` the volume given before it (``Там же.
    Т. 2. С. 305``, ``Ibid., 41:166``). `numbered` is false for an entry of an unnumbered
    list, numbered by its place; `section` counts note sections that restart their numbering
    (one per chapter), from 0.
    """

    number: int
    text: str
    location: Location
    kind: NoteKind = NoteKind.CITATION
    refers_to: int | None = None
    citations: tuple[Citation, ...] = ()
    page: str | None = None
    urls: tuple[str, ...] = ()
    numbered: bool = True
    section: int = 0
    volume: str | None = None

    @property
    def label(self) -> str:
        """The note as a message names it: `note 2`, or `note *` when a custom mark shows it."""
        mark = self.location.mark
        return f"note {mark}" if mark is not None else f"note {self.number}"  # as shown


@frozen(kw_only=True)
class Document:
    """A read document: its notes, the markers found in its body and their mismatches.

    `language` is the edition's, read from the body text (never the notes); `language_certain`
    is false when the body is too short or too mixed to tell. `bibliography` holds the entries
    of a reference list ("Литература", "Kaynakça") kept apart from the notes.
    """

    path: str
    format: str
    notes: tuple[Note, ...]
    body_markers: tuple[int, ...] = ()
    language: str = "und"
    language_certain: bool = True
    bibliography: tuple[Note, ...] = ()

    @property
    def antecedents(self) -> tuple[int | None, ...]:
        """For each note, the index in `notes` of the note its `refers_to` names, or None: the
        nearest earlier note of that number, so that an ibid in a list that numbers its notes
        again (a chapter's own notes, a DOCX's or ODT's endnotes after its footnotes) repeats
        a note of its own list, not a later list's note of the same number."""
        last: dict[int, int] = {}
        found: list[int | None] = []
        for index, note in enumerate(self.notes):
            found.append(last.get(note.refers_to) if note.refers_to is not None else None)
            last[note.number] = index
        return tuple(found)

    def note_location(self, number: int, section: int = 0) -> Location:
        """Where note `number` of list `section` is, as messages name it (`note 1 on page 3`,
        `note 2 in list 2`), for an `Edit` that holds only the two numbers."""
        for note in self.notes:
            if note.number == number and note.section == section:
                return note.location
        return Location(path=self.path, note=number, section=section)

    @property
    def unmatched_markers(self) -> tuple[int, ...]:
        """Marker numbers in the body that no note carries, in body order, once each."""
        numbers = {n.number for n in self.notes}
        return tuple(dict.fromkeys(m for m in self.body_markers if m not in numbers))

    @property
    def missing_numbers(self) -> tuple[int, ...]:
        """Numbers skipped in the notes' numbering (1, 2, 4 -> 3)."""
        missing: list[int] = []
        for section in sorted({n.section for n in self.notes}):
            present = {n.number for n in self.notes if n.section == section}
            missing.extend(i for i in range(1, max(present) + 1) if i not in present)
        return tuple(dict.fromkeys(missing))

    @property
    def repeated_numbers(self) -> tuple[int, ...]:
        """Numbers that more than one note carries."""
        seen: dict[tuple[int, int], int] = {}
        for note in self.notes:
            key = (note.section, note.number)
            seen[key] = seen.get(key, 0) + 1
        return tuple(dict.fromkeys(number for (_s, number), count in seen.items() if count > 1))

    @property
    def uncited_notes(self) -> tuple[int, ...]:
        """Numbers of notes that no marker in the body cites."""
        if not self.body_markers:
            return ()
        cited = set(self.body_markers)
        return tuple(  # a note shown by a custom mark takes no number: no marker names it
            n.number
            for n in self.notes
            if n.number not in cited and (n.numbered or n.location.mark is None)
        )


class Severity(StrEnum):
    """How much a finding matters; ``error`` fails `citekit check`."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@frozen(kw_only=True)
class Finding:
    """A problem `citekit check` found in the notes, and the safe fix when there is one."""

    rule: str
    severity: Severity
    message: str
    location: Location
    hint: str | None = None
    fixes: tuple[Edit, ...] = ()


@frozen
class Edit:
    """A safe change `citekit fix` can make: `old` becomes `new` inside note `note`'s text
    (of the note list `section`, for lists that number their notes again: `Note.section`)."""

    note: int
    old: str
    new: str
    section: int = 0


@frozen
class LabelledSpan:
    """Characters ``start:end`` of a `LabelledText` were written by the CSL variable `label`."""

    start: int
    end: int
    label: str


@frozen
class LabelledText:
    """A rendered string with the CSL variable behind each span of it.

    This is the seam between the CSL engine (which reports which variable wrote which
    characters) and the note tagger's training data. Spans cover a variable's value only, not
    its affixes or terms; they are sorted, do not overlap, and name variables by their CSL names
    (``author``, ``title``, ``container-title``, ``issued``, ``page``, ``DOI`` …).

    >>> t = LabelledText("Ay, 2021.", (LabelledSpan(0, 2, "title"), LabelledSpan(4, 8, "issued")))
    >>> list(t.pieces())
    [('Ay', 'title'), (', ', None), ('2021', 'issued'), ('.', None)]
    """

    text: str
    spans: tuple[LabelledSpan, ...] = ()

    def pieces(self) -> Iterator[tuple[str, str | None]]:
        """The text cut at span edges, each piece with its label (None between spans)."""
        at = 0
        for span in self.spans:
            if span.start > at:
                yield self.text[at : span.start], None
            yield self.text[span.start : span.end], span.label
            at = span.end
        if at < len(self.text):
            yield self.text[at:], None
