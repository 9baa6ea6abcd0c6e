"""What ibid and op. cit. notes repeat: each points at the earlier note it repeats (the last
citing note, or the last by the author an op. cit. names), and each short form among a note's
sources at the earlier source it repeats."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrs import evolve

from citekit.citations.commentary import only_commentary
from citekit.citations.funding import funded
from citekit.citations.glosses import gloss
from citekit.citations.names import split_names, to_name
from citekit.citations.note_kinds import names_work_again
from citekit.citations.pointers import (
    folded,
    of_its_kind,
    spelled_alike,
    uninflected,
    written_in,
)
from citekit.citations.prose import cross_reference
from citekit.citations.remarks import compiled_line
from citekit.citations.repeated_sources import (
    CitedSoFar,
    named_only,
    resolve_short_forms,
    same_author,
    title_only,
)
from citekit.citations.shortforms import named_repeat
from citekit.model import Note, NoteKind

__all__ = ["resolve_references"]


def _surname(note: Note) -> set[str]:
    names: set[str] = set()
    for citation in note.citations:
        for name in citation.authors:
            key = name.family or name.literal or ""
            if key:  # `Bäşimowа` with a Cyrillic а is the same author; `YILMAZ` is `Yılmaz`
                names.add(folded(key))
    return names


def _named_words(note: Note) -> list[str]:
    """The capitalised words of the names an op. cit. note wrote before its word, folded, in
    order, initials left out: `Иванов И. И. История…` gives `иванов`, `история` (a short
    title the name splitter read as part of the name)."""
    words: list[str] = []
    for citation in note.citations:
        for name in citation.authors:
            for word in str(name).replace(",", " ").split():
                plain = word.strip(".…[]()«»“”\"'")
                if len(plain) > 1 and plain[:1].isupper() and plain.replace("-", "").isalpha():
                    words.append(folded(plain))
    return words


def resolve_references(notes: Sequence[Note]) -> list[Note]:
    """Point each ibid to the last note that cites something and each op. cit. to the last
    note by the author it names (the last citing note when it names none, no note when no
    earlier note is by that author); each short form among a note's several sources to the
    earlier source it repeats (`resolve_short_forms`)."""
    cited = CitedSoFar()
    resolved = cited.notes  # the same list, grown by `cited.add`
    for note in notes:
        if note.kind in (NoteKind.IBID, NoteKind.OPCIT):
            wanted = _surname(note) if note.kind is NoteKind.OPCIT else set()
            if wanted:  # "Иванов. Указ. соч.": the last work by Иванов, if one came before
                target = _by_author(wanted, _named_words(note), resolved)
                if (
                    target is not None
                    and target == _last_source(cited)
                    and names_work_again(note.text)
                ):
                    note = evolve(note, kind=NoteKind.IBID)  # "İnalcık, Şol eser" after İnalcık
            else:
                target = cited.last_told.number if cited.last_told is not None else None
                ibid = note.kind is NoteKind.IBID
                named_at = _named_ibid(note, target, cited) if ibid else None
                if named_at is not None:  # "İnalcık, Şol eser": İnalcık's work, not the last
                    note, target = evolve(note, kind=NoteKind.OPCIT), named_at
            if target is None and not wanted:  # a source read as prose, if nothing cites
                target = _prose_read(resolved)
            named = note.refers_to  # "Supra note 3": note 3, when it came before
            if named is None or named not in cited.by_number:
                note = evolve(note, refers_to=target)
            repeated = note.refers_to  # the first note of its number, as written before
            first = cited.first_by_number.get(repeated) if repeated is not None else None
            note = of_its_kind(note, first)
        note = title_only(named_only(same_author(note, cited), cited), cited)
        cited.add(resolve_short_forms(note, cited))
    return list(resolved)


def _by_author(wanted: set[str], words: list[str], notes: Sequence[Note]) -> int | None:
    """The number of the last of `notes` that cites in full a work by one of the `wanted`
    surnames or named `words` (an op. cit. repeats the full citation, past the ibids and op.
    cits. of it between), by its parsed authors, else by the surname or first named word
    written in its text (an author the parser did not read as one); None when none does."""
    keys = wanted | set(words)

    def citing() -> Iterator[Note]:  # latest first, read only as far as a look goes
        return (n for n in reversed(notes) if n.kind is NoteKind.CITATION)

    found = next((n.number for n in citing() if keys & _surname(n)), None)
    if found is None:  # `Иванов И. И. Указ. соч.` of `Ivanov I. I. Istoriya…`
        found = next((n.number for n in citing() if spelled_alike(wanted, _surname(n))), None)
    if found is None:  # `Köprülü’nün adı geçen eseri`, `Қасымбаевтың аталған еңбегі`
        stems = {stem for w in wanted for stem in uninflected(w)}
        found = next((n.number for n in citing() if stems & _surname(n)), None)
    if found is not None:
        return found
    written = wanted | set(words[:1])
    return next((n.number for n in citing() if any(written_in(w, n.text) for w in written)), None)


def _named_ibid(note: Note, target: int | None, cited: CitedSoFar) -> int | None:
    """The earlier note an ibid that names an author repeats when that is not `target`, the
    last citing note (`İnalcık, Şol eser, s. 61.` after a note citing Karpat): the last note
    citing a work by the author in full, which makes the ibid an op. cit.; None when the
    ibid names no author, the last source is by the author, or no earlier one is."""
    named = named_repeat(note.text) if target is not None else None
    if named is None or target is None:
        return None
    names = [to_name(n) for n in split_names(named[0])]
    wanted = {folded(k) for n in names if (k := n.family or n.literal or "")}
    by_number = cited.by_number
    source = by_number.get(target)
    seen: set[int] = set()
    while source is not None and source.kind is not NoteKind.CITATION:
        if source.refers_to is None or source.refers_to in seen:
            return None
        seen.add(source.refers_to)
        source = by_number.get(source.refers_to)
    if not wanted or source is None or wanted & _surname(source):
        return None
    found = _by_author(wanted, [], cited.notes)
    return found if found != target else None


def _last_source(cited: CitedSoFar) -> int | None:
    """The number of the note citing in full the source the last citing note repeats (or is),
    None when none does."""
    source = cited.last_told
    seen: set[int] = set()
    while source is not None and source.kind is not NoteKind.CITATION:
        if source.refers_to is None or source.refers_to in seen:
            return None
        seen.add(source.refers_to)
        source = cited.by_number.get(source.refers_to)
    return source.number if source is not None else None


def _prose_read(notes: Sequence[Note]) -> int | None:
    """The last of `notes`, all read as comments, that no comment's own words mark as one (a
    gloss, pointer, funding or compiled-data line, the author's commentary alone), its shape
    alone (lower-case words) making it prose: a sentence-case title alone (`Kazak halkının
    kökeni meselesine dair bazı düşünceler.`) has that shape too. An ibid repeats a source, so
    when no earlier note is read as citing one, it is that note; None if none is."""
    for note in reversed(notes):
        if note.kind is not NoteKind.COMMENT:
            return None
        text = note.text.strip()
        marked = (gloss, cross_reference, funded, compiled_line, only_commentary)
        if text and not any(told(text) for told in marked):
            return note.number
    return None
