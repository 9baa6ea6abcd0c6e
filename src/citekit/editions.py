"""Editions: the notes' apparatus re-rendered for another language's edition of an article.

Access-date labels ("Erişim Tarihi" -> "Accessed" -> "дата обращения"), ibid words ("Aynı yer."
-> "Ibid." -> "Там же."), optionally the access-date format, and optionally romanized Cyrillic
titles with the original kept in brackets. Titles and names are otherwise never touched: the
result is a list of `Edit`s that `citekit.checks.fixes.plan_edits` applies to the file's bytes;
`plan_edition` does both for a file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from citekit.checks._registry import find_label
from citekit.checks.fixes import FixResult, plan_edits
from citekit.citations import ibid_replacement, ibid_written
from citekit.documents import read_file
from citekit.languages import Language, format_day, language
from citekit.model import Document, Edit, Note, NoteKind
from citekit.pipeline import read_bytes
from citekit.romanize import romanizable, romanize

__all__ = ["edition_edits", "plan_edition"]


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
        if note.kind is NoteKind.IBID and wanted_ibid and (edit := _ibid_edit(note, wanted_ibid)):
            edits.append(edit)
        if date_format:
            edits.extend(_date_edits(note, date_format, target))
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
