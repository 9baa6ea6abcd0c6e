"""Numbering: markers without notes, notes without markers, gaps, repeats, order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from citekit.checks._registry import Context, Hit, rule
from citekit.model import Document, Severity


@rule("marker-without-note", Severity.ERROR, "a marker in the text with no note")
def marker_without_note(doc: Document, ctx: Context) -> Iterator[Hit]:
    for number in doc.unmatched_markers:
        yield Hit(
            None, f"marker [{number}] in the text has no note", "add the note or remove the marker"
        )


@rule("note-without-marker", Severity.WARNING, "a note that no marker in the text cites")
def note_without_marker(doc: Document, ctx: Context) -> Iterator[Hit]:
    uncited = set(doc.uncited_notes)
    for note in doc.notes:
        if note.number in uncited and (note.numbered or note.location.mark is None):
            yield Hit(note, f"{note.label} is not cited by any marker in the text")


@rule("note-number-gap", Severity.WARNING, "note numbers skip a number")
def note_number_gap(doc: Document, ctx: Context) -> Iterator[Hit]:
    previous, section = 0, 0
    for note in doc.notes:
        if note.section != section:  # a chapter's notes start their own numbering
            previous, section = 0, note.section
        if note.number > previous + 1:
            missing = (
                str(previous + 1)
                if note.number == previous + 2
                else f"{previous + 1}-{note.number - 1}"
            )
            yield Hit(note, f"notes jump from {previous} to {note.number}: {missing} missing")
        previous = max(previous, note.number)


@rule("note-number-repeated", Severity.ERROR, "two notes carry the same number")
def note_number_repeated(doc: Document, ctx: Context) -> Iterator[Hit]:
    counts = Counter((note.section, note.number) for note in doc.notes)
    reported: set[tuple[int, int]] = set()
    for note in doc.notes:
        key = (note.section, note.number)
        if counts[key] > 1 and key not in reported:
            reported.add(key)
            yield Hit(note, f"{counts[key]} notes are numbered {note.number}")


@rule("note-out-of-order", Severity.WARNING, "a note, or a marker, out of numeric order")
def note_out_of_order(doc: Document, ctx: Context) -> Iterator[Hit]:
    highest, section = 0, 0
    for note in doc.notes:
        if note.section != section:
            highest, section = 0, note.section
        if note.number < highest:
            yield Hit(note, f"{note.label} comes after note {highest}")
        highest = max(highest, note.number)
    if section:  # markers restart with each chapter's notes: their order says nothing
        return
    first_seen = list(dict.fromkeys(doc.body_markers))
    highest = 0
    for number in first_seen:
        if number < highest:
            yield Hit(None, f"marker [{number}] first appears after marker [{highest}]")
        highest = max(highest, number)
