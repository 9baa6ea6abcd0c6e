"""Which earlier source a short form repeats (`Cooley, Great Games, 61.`, `Иванов. Указ. соч.
С. 5; Петров. Там же. С. 7.`, `Он же. Хунну.`, `Roy, 52.`): the last source by its author
(whose title the short title opens, when it gives one), found in `CitedSoFar`, an index of the
notes resolved so far by author, title and number. Each look-up reads the sources of one author
and one title's first word, not every earlier note: resolving a document's notes is linear in
their number, however many short forms it writes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from attrs import evolve

from citekit._text import fold, unmixed, unmixed_word
from citekit.citations._words import patterns
from citekit.citations.names import to_name
from citekit.citations.shortforms import _MAX_AUTHOR_WORDS, SHORT_FORM, named_repeat
from citekit.model import Citation, Note, NoteKind

__all__ = [
    "CitedSoFar",
    "named_only",
    "resolve_short_forms",
    "same_author",
    "sources_in_full",
    "title_only",
]

_BARE_NUMBER: Final = re.compile(r"\d+(?:\s*[-–]\s*\d+)?")  # a page read as a title
_NAME_PAGE: Final = re.compile(
    r"([^\W\d_][^,\d]*),\s*(\d+(?:\s*[-–]\s*\d+)?)"
)  # a title read whole
_OPENING: Final = re.compile(r"\w*")  # a folded title's first run of letters and digits

# where a source stands among the notes (its note's place, its own place in the note), the
# number of the note that wrote it in full, and the source
_Placed = tuple[int, int, int, Citation]


class CitedSoFar:
    """The notes resolved so far, in order (`notes`), and what the short forms look up in
    them: per author (`_who`) the last source with a title; per author and first word of a
    title, the last source of each title and the editions written in full; the last note of
    each number; the notes a bare ibid may stop at."""

    def __init__(self) -> None:
        self.notes: list[Note] = []
        self.by_number: dict[int, Note] = {}  # the last note of each number
        self.first_by_number: dict[int, Note] = {}  # the first note of each number
        self.last_told: Note | None = None  # the last note that is no comment
        self._stops: list[Note] = []  # the notes but comments that point at none
        self._authors: set[str] = set()
        self._latest: dict[str, _Placed] = {}
        self._titles: dict[tuple[str, str], dict[str, _Placed]] = {}
        self._editions: dict[tuple[str, str], set[tuple[str | None, ...]]] = {}
        self._named: dict[str, dict[str, _Placed]] = {}  # per title's first word, any author

    def add(self, note: Note) -> None:
        """Take `note`, resolved, as the last of the notes so far."""
        at = len(self.notes)
        self.notes.append(note)
        self.by_number[note.number] = note
        self.first_by_number.setdefault(note.number, note)
        if note.kind is not NoteKind.COMMENT:
            self.last_told = note
        if note.kind is not NoteKind.COMMENT or note.refers_to is not None:
            self._stops.append(note)
        if note.kind is not NoteKind.CITATION:
            return
        for k, source in enumerate(note.citations):
            who = _who(source)
            self._authors |= who
            if source.title is not None and (source.refers_to is not None or not _repeats(source)):
                title = fold(source.title)
                placed = (at, k, source.refers_to or note.number, source)
                self._named.setdefault(_opening(title), {})[title] = placed
            if source.title is None or not who:
                continue
            unresolved = source.refers_to is None and _repeats(source)
            if unresolved:
                continue  # a short form itself, which nothing before resolved
            placed = (at, k, source.refers_to or note.number, source)
            title = fold(source.title)
            opening = _opening(title)
            for key in who:
                self._latest[key] = placed
                self._titles.setdefault((key, opening), {})[title] = placed
                if source.refers_to is None:  # written in full
                    self._editions.setdefault((key, opening), set()).add(_edition(source))

    def antecedent(self, citation: Citation) -> tuple[int, Citation] | None:
        """The last source of an earlier note by the citation's author (and, for a short
        title, whose title begins with it), with the number of the note that wrote it."""
        who = _who(citation)
        found: list[_Placed] = []
        if not citation.title:
            found = [self._latest[key] for key in who if key in self._latest]
        else:
            short = fold(citation.title)
            opening = _opening(short)
            found = [
                placed
                for key in who
                for title, placed in self._titles.get((key, opening), {}).items()
                if _heads(title, short)
            ]
        if not found:
            return None
        _at, _k, number, source = max(found, key=lambda placed: (placed[0], placed[1]))
        return number, source

    def alone(self, citation: Citation) -> bool:
        """Whether one earlier source written in full is all a short form fits: two editions
        of one book (`Türk Tarihi`, 2003 and 2010) leave unwritten which one the note means."""
        short = fold(citation.title or "")
        opening = _opening(short)
        fits = {
            edition
            for key in _who(citation)
            for edition in self._editions.get((key, opening), ())
            if _heads(edition[0] or "", short)
        }
        return len(fits) <= 1

    def titled(self, short: str) -> tuple[int, Citation] | None:
        """The last earlier source, by any author or none, whose title begins with `short`
        (`Манас` of `Манас: Кыргыз эпосу`), with the number of the note that wrote it."""
        folded = fold(short)
        found = [
            placed
            for title, placed in self._named.get(_opening(folded), {}).items()
            if _heads(title, folded)
        ]
        if not found:
            return None
        _at, _k, number, source = max(found, key=lambda placed: (placed[0], placed[1]))
        return number, source

    def by_author(self, named: Citation) -> bool:
        """Whether an earlier source is by an author of `named`."""
        return not self._authors.isdisjoint(_who(named))

    def last_source(self) -> tuple[int, Citation] | None:
        """The source of the last earlier note that cites one (through an ibid's
        antecedent), with the number of the note that wrote it."""
        for note in reversed(self._stops):
            seen: set[int] = set()
            while note.kind is not NoteKind.CITATION and note.refers_to is not None:
                if note.refers_to in seen or note.refers_to not in self.by_number:
                    break
                seen.add(note.refers_to)
                note = self.by_number[note.refers_to]
            if note.kind is NoteKind.CITATION and note.citations:
                source = note.citations[-1]
                return source.refers_to or note.number, source
            if note.kind is not NoteKind.COMMENT:
                return None
        return None


def resolve_short_forms(note: Note, earlier: CitedSoFar) -> Note:
    """`note` with each of its several sources that is a short form replaced by the earlier
    source it repeats (its own page and text kept, `refers_to` the earlier note's number).
    A note of one source in short form keeps what it writes (the short title) and says which
    note it repeats: `Cooley, Great Games, 61.` after `Alexander Cooley, Great Games, Local
    Rules: …` (a short title is the full title's first words)."""
    if note.kind is not NoteKind.CITATION or not note.citations:
        return note
    if len(note.citations) == 1:
        only = note.citations[0]
        found = earlier.antecedent(only) if only.title and _repeats(only) else None
        if found is None or not earlier.alone(only):
            return note
        return evolve(note, citations=(evolve(only, refers_to=found[0]),))
    resolved: list[Citation] = []
    for citation in note.citations:
        bare = _ibid(citation) and not resolved
        if bare:
            found = earlier.last_source()
        else:
            found = earlier.antecedent(citation) if _repeats(citation) else None
        if found is not None:
            number, source = found
            page = citation.page or (source.page if bare else None)  # a bare ibid: the same page
            citation = evolve(source, page=page, raw=citation.raw, refers_to=number, unparsed=())
        resolved.append(citation)
    return evolve(note, citations=tuple(resolved))


def same_author(note: Note, earlier: CitedSoFar) -> Note:
    """`note` with the author of the source cited last before it when its first source opens
    with a "same author" word (`Он же. Хунну. М., 1960.`, `Idem, The Failure …`) and names
    none of its own."""
    if note.kind is not NoteKind.CITATION or not note.citations:
        return note
    first = note.citations[0]
    if first.authors or patterns().idem.match(unmixed(first.raw.strip())) is None:
        return note
    found = earlier.last_source()
    authors = found[1].authors if found is not None else ()
    last = earlier.last_told
    if last is not None and last.kind is NoteKind.OPCIT and last.citations:
        named = last.citations[0]  # "Абдиров Н. А. Указ. соч.", then "Он же. …": his
        if found is None or not _who(named) & _who(found[1]):
            authors = named.authors
    if not authors:
        return note
    first = evolve(first, authors=authors)
    return evolve(note, citations=(first, *note.citations[1:]))


def named_only(note: Note, earlier: CitedSoFar) -> Note:
    """`note` with the name its one source gives before a page read as the author, not a
    title, when an earlier source is by that author (`Roy, 52.` after `Olivier Roy, The New
    Central Asia …`): a short note of the author alone repeats the author's work."""
    if note.kind is not NoteKind.CITATION or len(note.citations) != 1:
        return note
    only = note.citations[0]
    own = (only.container, only.url, only.issued, only.publisher, only.volume, only.issue)
    if only.title is None or any(own):
        return note
    if only.authors and only.page is None and _BARE_NUMBER.fullmatch(only.title):
        if not earlier.by_author(Citation(authors=only.authors)):
            return note  # `Maclean, 52.`: the author's name, then the page read as a title
        return evolve(note, citations=(evolve(only, title=None, page=only.title),))
    if only.authors:
        return note
    if only.page is None and (paged := _NAME_PAGE.fullmatch(only.title)) is not None:
        only = evolve(only, title=paged.group(1), page=paged.group(2))  # `Golden, 47.`
    if only.page is None or only.title is None:
        return note
    words = only.title.split()
    if not 0 < len(words) <= _MAX_AUTHOR_WORDS or not all(w[:1].isupper() for w in words):
        return note
    named = Citation(authors=(to_name(only.title),))
    if not earlier.by_author(named):
        return note
    return evolve(note, citations=(evolve(only, authors=named.authors, title=None),))


def title_only(note: Note, earlier: CitedSoFar) -> Note:
    """`note` with the one word or two its one source gives before a page read as a short
    title, not an author, when no earlier source is by such an author but an earlier title
    begins with them (`Манас, 45.` after `Манас. Кыргыз эли. Бишкек, 1995`; `Nutuk, s. 12.`
    after `Atatürk, M. K. Nutuk. Ankara, 1927`): a work known by its name is cited by it."""
    if note.kind is not NoteKind.CITATION or len(note.citations) != 1:
        return note
    only = note.citations[0]
    own = (only.container, only.url, only.issued, only.publisher, only.volume, only.issue)
    if only.page is None or any(own) or only.refers_to is not None:
        return note
    if only.title is not None and not only.authors:  # `Dede Korkut, s. 45.`: read as a title
        short = only.title if len(only.title.split()) <= _MAX_AUTHOR_WORDS else None
        found = earlier.titled(short) if short else None
        return evolve(note, citations=(evolve(only, refers_to=found[0]),)) if found else note
    if only.title is not None or len(only.authors) != 1:
        return note
    name = only.authors[0]
    head = name.written or name.literal or name.family  # `Dede Korkut` read as a person
    if (
        not head
        or any(len(w.strip(".")) == 1 for w in head.split())
        or len(head.split()) > _MAX_AUTHOR_WORDS
        or earlier.by_author(only)
    ):
        return note
    found = earlier.titled(head)
    if found is None:
        return note
    return evolve(note, citations=(evolve(only, title=head, authors=(), refers_to=found[0]),))


def sources_in_full(notes: Sequence[Note]) -> Iterator[tuple[Note, Citation]]:
    """Each source of the citation notes, with its note; a short form that repeats an earlier
    source (`refers_to`) as that source's record, with the short form's page: what a reference
    list takes from `Cooley, Great Games, 61.` is the book note 1 wrote in full."""
    last: dict[int, Note] = {}  # the nearest earlier note of each number (chapters renumber)
    for note in notes:
        if note.kind is NoteKind.CITATION:
            for citation in note.citations:
                yield note, _in_full(citation, last)
        last[note.number] = note


def _in_full(citation: Citation, last: dict[int, Note]) -> Citation:
    """`citation`, or the earlier source it repeats in short form, with its page and text."""
    target = last.get(citation.refers_to) if citation.refers_to is not None else None
    if target is None or target.kind is not NoteKind.CITATION:
        return citation
    short = fold(citation.title) if citation.title else None
    who = _who(citation)
    for source in target.citations:
        if source.title is None or not who & _who(source):
            continue
        if short is None or _heads(fold(source.title), short):
            return evolve(source, page=citation.page, raw=citation.raw)
    return citation


def _opening(title: str) -> str:
    """A folded title's first run of letters and digits: a short title that opens a title
    (`_heads`) opens with the same run."""
    found = _OPENING.match(title)
    return found.group() if found is not None else ""


def _who(citation: Citation) -> set[str]:
    """The last word of each author's family (or literal) name, folded: a short form may give
    the family alone or a name whose order it does not show (`García Márquez`, `Ahmet Kaya`)."""
    return {
        unmixed_word(key.split()[-1]).casefold()
        for n in citation.authors
        if (key := n.family or n.literal or "").split()
    }


def _ibid(citation: Citation) -> bool:
    """Whether a citation is a bare ibid that opens a note of several sources (`Ibid., 7;`)."""
    bare = not (citation.title or citation.authors or citation.container or citation.url)
    return bare and patterns().ibid.match(unmixed(citation.raw.strip())) is not None


def _repeats(citation: Citation) -> bool:
    """Whether a citation is a short form `repeat_citation` read: no host, date, address or
    publisher of its own, an author, and an op. cit. or ibid word or the short form's shape."""
    own = (citation.container, citation.url, citation.issued, citation.publisher)
    if any(own) or not citation.authors:
        return False
    if citation.title is None:
        return named_repeat(citation.raw) is not None
    return SHORT_FORM.match(citation.raw.strip()) is not None


def _edition(source: Citation) -> tuple[str | None, ...]:
    """What tells two sources of one title apart: the title, host, year and publisher."""
    year = str(source.issued.year) if source.issued else None
    return (fold(source.title or ""), source.container, year, source.publisher)


def _heads(title: str, short: str) -> bool:
    """Whether `short` is `title`'s first words (`great games` of `great games, local rules:
    …`), not a part of a word (`kaz` of `kazakhstan`)."""
    rest = title[len(short) :] if title.startswith(short) else None
    return rest is not None and not rest[:1].isalnum()
