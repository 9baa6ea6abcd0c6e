"""Editions: the notes' apparatus re-rendered for another language's edition of an article.

Access-date labels ("Erişim Tarihi" -> "Accessed" -> "дата обращения"), ibid words ("Aynı yer."
-> "Ibid." -> "Там же."), access dates written in another language's words ("5 March 2021" ->
"5 марта 2021 г."; with a format, every access date), and optionally romanized Cyrillic
titles with the original kept in brackets. Titles and names are otherwise never touched: the
result is a list of `Edit`s that `citekit.checks.fixes.plan_edits` applies to the file's bytes;
`plan_edition` does both for a file.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path
from typing import Final

from babel import Locale

from citekit.checks._registry import find_label
from citekit.checks.fixes import FixResult, plan_edits
from citekit.citations import ibid_replacement, ibid_written
from citekit.citations.ibid_pages import ibid_with_page
from citekit.documents import read_file
from citekit.languages import Language, format_day, language, shipped_words
from citekit.model import Document, Edit, Note, NoteKind
from citekit.pipeline import read_bytes
from citekit.romanize import romanizable, romanize

__all__ = ["edition_edits", "plan_edition"]

_WORDS: Final = re.compile(r"[^\W\d_]+")  # a date's words (its month's, a year word)
_YEAR_WORD: Final = re.compile(r"\s?([^\W\d_]+)\.?(?![^\W\d_])")  # `г.` after `2022`


def _label_edit(note: Note, target: str) -> Edit | None:
    label = find_label(note.text)
    if label is None or label == target:
        return None
    # as the edition writes it ("дата обращения")
    return Edit(note.number, label, target, note.section)


def _ibid_edit(note: Note, target: str) -> Edit | None:
    written = ibid_written(note.text)  # as parse_note found it (`Тaм же.` with a Latin a)
    if written is None:
        return None
    new = ibid_replacement(note.text, written, target)
    return Edit(note.number, written, new, note.section) if written != new else None


def _ibid_page_edit(note: Note, target: Language, ibid: str) -> Edit | None:
    """The ibid word and another language's page label after it, both in `target`'s words."""
    found = ibid_with_page(note.text, target, ibid)
    return Edit(note.number, found[0], found[1], note.section) if found is not None else None


def _date_edits(note: Note, pattern: str, target: Language) -> list[Edit]:
    edits = []
    for citation in note.citations:
        date = citation.accessed
        if date is None or not date.raw or date.day is None or date.month is None:
            continue
        written = format_day(dt.date(date.year, date.month, date.day), pattern, target)
        if written is not None and written != date.raw.strip():
            edits.append(Edit(note.number, date.raw.strip(), written, note.section))
    return edits


def _worded_date_edits(note: Note, target: Language) -> list[Edit]:
    """The access dates a note writes with a month word of another language (`5 March 2021`
    in a Russian edition), written as the edition writes a date in words (CLDR's long form:
    `5 марта 2021 г.`, `5 Mart 2021`). A numeric date (`05.03.2021`, the same in every
    edition) or one already in the edition's words is kept as written."""
    pattern = _long_pattern(target)
    edits = []
    for citation in note.citations:
        date = citation.accessed
        if date is None or not date.raw or date.day is None or date.month is None:
            continue
        raw = _with_year_word(date.raw.strip(), note.text)
        words = {w.casefold() for w in _WORDS.findall(raw)}
        if not words:
            continue
        own = (*target.months.get(date.month, ()), *target.month_abbreviations.get(date.month, ()))
        if not words.isdisjoint(n.casefold().rstrip(".") for n in own):
            continue
        written = format_day(dt.date(date.year, date.month, date.day), pattern, target)
        written = written.replace("\u202f", " ") if written else None  # CLDR's `2021 г.`
        if written is not None and written != raw:
            edits.append(Edit(note.number, raw, written, note.section))
    return edits


def _with_year_word(raw: str, text: str) -> str:
    """`raw`, a date as the note writes it, with the year word written right after it
    (`12 апреля 2022` `г.`, `5 наурыз 2021` `жыл`): the date's words, which go with it."""
    at = text.find(raw)
    after = _YEAR_WORD.match(text, at + len(raw)) if at >= 0 else None
    if after is None or after.group(1).casefold() not in _year_words():
        return raw
    return raw + after.group()


@functools.cache
def _year_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("year"))


def _long_pattern(target: Language) -> str:
    """How `target` writes a date in words: its CLDR long form, else day, month, year."""
    if target.cldr is not None:
        try:
            return str(Locale.parse(target.cldr).date_formats["long"].pattern)
        except (KeyError, ValueError, AttributeError):
            pass
    return "d MMMM y"


def edition_edits(
    document: Document,
    target: Language,
    *,
    label: str | None = None,
    date_format: str | None = None,
    romanize_scheme: str | None = None,
) -> list[Edit]:
    """The edits that turn a document's notes into `target`'s edition.

    `label` overrides the language's access-date term (a house label); `date_format` is a CLDR
    pattern for access dates; `romanize_scheme` ("ala-lc") romanizes Russian and Kazakh titles,
    keeping the original after them in brackets.
    """
    wanted_label = label or target.terms.get("accessed")
    wanted_ibid = target.terms.get("ibid") or (target.words.ibid[0] if target.words.ibid else None)
    edits: list[Edit] = []
    for note in document.notes:
        if wanted_label and (edit := _label_edit(note, wanted_label)):
            edits.append(edit)
        if note.kind is NoteKind.IBID and wanted_ibid:
            edit = _ibid_page_edit(note, target, wanted_ibid) or _ibid_edit(note, wanted_ibid)
            if edit is not None:
                edits.append(edit)
        if date_format:
            edits.extend(_date_edits(note, date_format, target))
        else:  # a date in another language's words: in the edition's words
            edits.extend(_worded_date_edits(note, target))
        if romanize_scheme:
            for citation in note.citations:
                lang = citation.language
                if citation.title and lang and romanizable(lang, romanize_scheme):
                    latin = romanize(citation.title, lang, romanize_scheme)
                    if latin != citation.title:
                        edits.append(
                            Edit(
                                note.number,
                                citation.title,
                                f"{latin} [{citation.title}]",
                                note.section,
                            )
                        )
    return edits


def plan_edition(
    path: str | Path,
    *,
    target: str | Language,
    label: str | None = None,
    date_format: str | None = None,
    romanize_scheme: str | None = None,
) -> FixResult:
    """A document file's bytes as `target`'s edition (a code such as "ru", or a `Language`),
    without writing anything: ``result.fixed`` is the edition, ``result.skipped`` what could
    not be changed and why (a DOCX file is never rewritten, so everything is skipped)."""
    data = read_file(path)
    document = read_bytes(data, path=str(path))
    lang = language(target) if isinstance(target, str) else target
    edits = edition_edits(
        document, lang, label=label, date_format=date_format, romanize_scheme=romanize_scheme
    )
    return plan_edits(data, document, edits)
