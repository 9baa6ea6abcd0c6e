"""Ibid and op. cit.: nothing to repeat, unclear antecedents, foreign words, full repeats."""

from __future__ import annotations

from collections.abc import Iterator

from citekit._text import fold, unmixed, visible
from citekit.checks._registry import Context, Hit, cited, rule
from citekit.citations import ibid_replacement, ibid_written
from citekit.citations.ibid_pages import ibid_with_page
from citekit.model import Citation, Document, Edit, NoteKind, Severity


@rule("ibid-without-antecedent", Severity.ERROR, "ibid or op. cit. with nothing to repeat")
def ibid_without_antecedent(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note in doc.notes:
        if note.kind in (NoteKind.IBID, NoteKind.OPCIT) and note.refers_to is None:
            yield Hit(
                note,
                f"{note.label} repeats a source but no earlier note cites one",
                "cite the source in full",
            )


@rule("ibid-after-remark", Severity.WARNING, "ibid repeating a note read as a remark, not a source")
def ibid_after_remark(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, at in zip(doc.notes, doc.antecedents, strict=True):
        if note.kind not in (NoteKind.IBID, NoteKind.OPCIT) or at is None:
            continue
        target = doc.notes[at]
        if target.kind is NoteKind.COMMENT:
            yield Hit(
                note,
                (
                    f"{note.label} repeats {target.label}, which reads as a remark "
                    "and cites no source that could be found"
                ),
                f"check that {target.label} cites the source in full",
            )


@rule("unclear-ibid", Severity.WARNING, "ibid repeating a note that cites several sources")
def unclear_ibid(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, at in zip(doc.notes, doc.antecedents, strict=True):
        if note.kind is not NoteKind.IBID or at is None:
            continue
        target = doc.notes[at]
        if len(target.citations) > 1:
            yield Hit(
                note,
                (
                    f"{note.label} says ibid, but {target.label} cites "
                    f"{len(target.citations)} sources: which one?"
                ),
                "cite the source in short form instead",
            )


def _ibid_key(word: str) -> str:
    """An ibid word as compared: as read (`citekit.citations.ibid_written`), any white space
    one space, case folded, without its closing period."""
    return " ".join(fold(unmixed(visible(word))).split()).rstrip(".")


@rule("foreign-ibid", Severity.WARNING, "an ibid word from another language than the edition's")
def foreign_ibid(doc: Document, ctx: Context) -> Iterator[Hit]:
    if ctx.edition is None or not (ctx.edition.words.ibid or "ibid" in ctx.edition.terms):
        return
    own = {_ibid_key(w) for w in ctx.edition.words.ibid}
    preferred = ctx.edition.terms.get("ibid") or ctx.edition.words.ibid[0]
    for note in doc.notes:
        if note.kind is NoteKind.IBID:
            text = note.text
        elif note.citations and _repeated(note.citations[0]):
            text = note.citations[0].raw  # `Сонда, 15-б.; Türkmenistanyň …`: the first source's
        else:
            continue
        written = ibid_written(text)  # as parse_note found it (`Тaм же.`, a Latin a)
        if written is None or _ibid_key(written) in own:
            continue
        new = ibid_replacement(text, written, preferred)  # "Aynı yer." -> "Ibid."
        # with another language's page label after it, the label too ("Aynı yer, s. 5" ->
        # "Ibid., p. 5", not "Ibid., s. 5")
        old, new = ibid_with_page(text, ctx.edition, preferred) or (written, new)
        yield Hit(
            note,
            (
                f"{note.label} says {written!r}, not the {ctx.edition.english_name} "
                f"edition's {preferred!r}"
            ),
            f"write {new if old != written else preferred!r}",  # with the label: as fix does
            (Edit(note.number, old, new, note.section),),
        )


def _repeated(citation: Citation) -> bool:
    """Whether one of a note's several sources repeats an earlier note's (an ibid word opening
    the note, a short form): `resolve_references` set the note it repeats."""
    return citation.refers_to is not None


def _identity(citation: Citation) -> tuple[str, ...] | None:
    if _repeated(citation):
        return None  # `Ibid., 7; Demir, …`: the earlier source again, in short
    if citation.url:
        return ("url", citation.url.rstrip("/").lower())
    if citation.title and citation.container:
        return ("title", fold(citation.title), fold(citation.container))
    return None


@rule("duplicate-citation", Severity.INFO, "a source cited in full again")
def duplicate_citation(doc: Document, ctx: Context) -> Iterator[Hit]:
    first: dict[tuple[str, ...], int] = {}
    for note, citation in cited(doc):
        key = _identity(citation)
        if key is None:
            continue
        if key in first and first[key] != note.number:
            yield Hit(
                note,
                f"{note.label} cites in full the source of note {first[key]}",
                "use a short form, or ibid right after it",
            )
        first.setdefault(key, note.number)
