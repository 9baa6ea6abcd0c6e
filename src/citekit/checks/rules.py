"""The rules of `citekit check`; each has a page in docs/reference/rules/."""

from __future__ import annotations

from collections.abc import Iterator

from citekit._text import fold
from citekit.checks import Context, find_label, label_language, rule
from citekit.citations._words import patterns
from citekit.model import Document, Note, NoteKind, Severity

Found = Iterator[tuple[Note | None, str, str | None]]


@rule("missing-url", Severity.ERROR, "a cited web source gives no URL")
def missing_url(doc: Document, ctx: Context) -> Found:
    for note in doc.notes:
        for citation in note.citations:
            if note.kind is NoteKind.CITATION and citation.url is None and citation.url_slot_empty:
                where = f" after {citation.container!r}" if citation.container else ""
                yield (
                    note,
                    f"note {note.number} has no URL: the URL slot{where} is empty",
                    ("add the page's address between the commas"),
                )


@rule("ibid-without-antecedent", Severity.ERROR, "ibid or op. cit. with nothing to repeat")
def ibid_without_antecedent(doc: Document, ctx: Context) -> Found:
    for note in doc.notes:
        if note.kind in (NoteKind.IBID, NoteKind.OPCIT) and note.refers_to is None:
            yield note, f"note {note.number} repeats a source but no earlier note cites one", None


@rule("foreign-ibid", Severity.WARNING, "an ibid word from another language than the edition's")
def foreign_ibid(doc: Document, ctx: Context) -> Found:
    if ctx.edition is None:
        return
    own = {fold(w).rstrip(".") for w in ctx.edition.words.ibid}
    for note in doc.notes:
        if note.kind is not NoteKind.IBID:
            continue
        match = patterns().ibid.search(note.text)
        if match is None or fold(match.group()).rstrip(".") in own:
            continue
        preferred = ctx.edition.terms.get("ibid", ctx.edition.words.ibid[0])
        yield (
            note,
            (
                f"note {note.number} says {match.group()!r}, not the {ctx.edition.name} "
                f"edition's {preferred!r}"
            ),
            f"write {preferred!r}",
        )


@rule("access-label", Severity.WARNING, "an access-date label that is not the house's")
def access_label(doc: Document, ctx: Context) -> Found:
    if ctx.edition is None:
        return
    preferred = ctx.edition.terms.get("accessed")
    if preferred is None:
        return
    seen: dict[str, list[Note]] = {}
    for note in doc.notes:
        label = find_label(note.text)
        if label is not None and fold(label) != fold(preferred):
            seen.setdefault(label, []).append(note)
    for label, notes in seen.items():
        lang = label_language(label)
        which = "non-standard" if lang == ctx.edition.code else "foreign"
        numbers = ", ".join(str(n.number) for n in notes)
        yield (
            notes[0],
            (
                f"the access label {label!r} is {which} for the {ctx.edition.name} edition "
                f"(notes {numbers})"
            ),
            f"write {preferred!r}",
        )


@rule("access-date-in-future", Severity.ERROR, "an access date after today")
def access_in_future(doc: Document, ctx: Context) -> Found:
    for note in doc.notes:
        for citation in note.citations:
            if citation.accessed is not None and citation.accessed.earliest() > ctx.today:
                yield (
                    note,
                    (
                        f"note {note.number} was accessed on {citation.accessed.isoformat()}, "
                        "which is in the future"
                    ),
                    None,
                )


@rule("ambiguous-date", Severity.WARNING, "a numeric date that reads both day- and month-first")
def ambiguous_date(doc: Document, ctx: Context) -> Found:
    for note in doc.notes:
        for citation in note.citations:
            for date in (citation.accessed, citation.issued):
                if date is not None and date.ambiguous:
                    yield (
                        note,
                        (
                            f"note {note.number}: {date.raw!r} could be day- or month-first; "
                            f"read as {date.isoformat()}"
                        ),
                        "write the month in words or use YYYY-MM-DD",
                    )


@rule("marker-without-note", Severity.ERROR, "a marker in the text with no note")
def marker_without_note(doc: Document, ctx: Context) -> Found:
    for number in doc.unmatched_markers:
        yield None, f"marker [{number}] in the text has no note", None


@rule("note-without-marker", Severity.WARNING, "a note that no marker in the text cites")
def note_without_marker(doc: Document, ctx: Context) -> Found:
    uncited = set(doc.uncited_notes)
    for note in doc.notes:
        if note.number in uncited:
            yield note, f"note {note.number} is not cited by any marker in the text", None
