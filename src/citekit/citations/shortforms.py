"""Short forms among a note's several sources: `Smith, Title, 4; Jones, Other, 7.` and
`Иванов. Указ. соч. С. 5; Петров. Там же. С. 7.` each repeat a source an earlier note cited in
full. Each is read by its form (the author, the short title, the page; or the author before an
op. cit. or ibid word) and resolved to the last earlier source by that author (and title)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from attrs import evolve

from citekit._text import fold, unmixed, unmixed_word
from citekit.citations._words import patterns
from citekit.citations.names import split_names, to_name
from citekit.citations.tagger.features import text_marks
from citekit.model import Citation, Note, NoteKind

__all__ = [
    "SHORT_FORM",
    "named_only",
    "named_repeat",
    "repeat_citation",
    "resolve_short_forms",
    "same_author",
    "sources_in_full",
]

# author, title (each opening with a capital or a quote), then a page: "Smith, Energy Politics, 50"
# (its page maybe after a page word of up to three letters: "s. 50", "pp. 4–5", "с. 5")
_PAGE: Final = r"(?:[^\W\d_]{1,3}\.\s*)?(?P<page>\d+(?:\s*[-–]\s*\d+)?)\.?$"
SHORT_FORM: Final = re.compile(r"[^\W\d_][^,;]*,\s*[«“„\"*_]?[^\W\d_][^;]*,\s*" + _PAGE)
_PARTS: Final = re.compile(r"^(?P<author>[^,]+),\s*(?P<title>.+),\s*" + _PAGE)
_YEAR: Final = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_MAX_SHORT: Final = 120  # characters: a short form is short
_MAX_AUTHOR_WORDS: Final = 3  # "Smith", "Ahmet Kaya", "Gabriel García Márquez"
_QUOTES: Final = '«»“”„"*_ '
_BARE_NUMBER: Final = re.compile(r"\d+(?:\s*[-–]\s*\d+)?")  # a page read as a title
_NAME_PAGE: Final = re.compile(
    r"([^\W\d_][^,\d]*),\s*(\d+(?:\s*[-–]\s*\d+)?)"
)  # a title read whole


def named_repeat(piece: str) -> tuple[str, int] | None:
    """The author's words before an op. cit. or ibid word in one source of a note (`Иванов.
    Указ. соч. С. 5`, `Петров. Там же. С. 7`) and where the rest after the word starts."""
    p = patterns()
    reading = unmixed(piece)
    found = p.opcit.search(reading) or p.ibid.search(reading)
    if found is None or found.start() == 0:
        return None
    head = piece[: found.start()].strip(" .,:;")
    while (see := p.see.search(head)) is not None:  # "См.: Иванов. Указ. соч."
        head = head[see.end() :].lstrip(" .,:;")
    words = head.split()
    if not words or len(words) > _MAX_AUTHOR_WORDS + 2 or not head[:1].isupper():
        return None
    return head, found.end()


def repeat_citation(piece: str, page: str | None) -> Citation | None:
    """A source of a note written as a short form, read by its form: `Smith, Title, 4` (author,
    title, page) or `Иванов. Указ. соч. С. 5` (the author before an op. cit. or ibid word, the
    page after it); None when the piece has neither form."""
    named = named_repeat(piece)
    if named is not None:
        names = split_names(named[0])
        if not names:
            return None
        return Citation(authors=tuple(to_name(n) for n in names), page=page, raw=piece)
    text = piece.strip()
    while (see := patterns().see.match(text)) is not None and see.end() > 0:
        text = text[see.end() :].lstrip(" .,:;")  # `see also Smith, …`: the prefix is no name
    if len(text) > _MAX_SHORT or _YEAR.search(text):
        return None  # a full citation (`Karakaya, Halil. “…”. Tokat, 1963.`), not a short form
    parts = _PARTS.match(text) if SHORT_FORM.match(text) else None
    if parts is None or len(parts.group("author").split()) > _MAX_AUTHOR_WORDS:
        return None
    if _place(parts.group("author")):
        return None  # `Moscow, Nauka, 45`: an imprint, no author
    if ". " in parts.group("title"):
        return None  # sentences: the parts of a full citation
    title = parts.group("title").strip(_QUOTES)
    authors = tuple(to_name(n) for n in split_names(parts.group("author").strip()))
    if not authors:
        return None
    return Citation(authors=authors, title=title, page=parts.group("page"), raw=piece)


def _place(written: str) -> bool:
    """Whether `written` is one known place of publication (`Moscow`, `Алматы`)."""
    words = written.split()
    return len(words) == 1 and bool(text_marks(words)[0] & {"cities", "places"})


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


def _antecedent(citation: Citation, earlier: Sequence[Note]) -> tuple[int, Citation] | None:
    """The last source of an earlier note by the citation's author (and, for a short title,
    whose title begins with it)."""
    who = _who(citation)
    short = fold(citation.title) if citation.title else None
    for note in reversed(earlier):
        if note.kind is not NoteKind.CITATION:
            continue
        for source in reversed(note.citations):
            if source.title is None or not who & _who(source):
                continue
            if source.refers_to is None and _repeats(source):
                continue  # a short form itself, which nothing before resolved
            if short is None or _heads(fold(source.title), short):
                return source.refers_to or note.number, source  # the note that wrote it
    return None


def _alone(citation: Citation, earlier: Sequence[Note]) -> bool:
    """Whether one earlier source written in full is all a short form fits: two editions of
    one book (`Türk Tarihi`, 2003 and 2010) leave unwritten which one the note means."""
    short = fold(citation.title or "")
    who = _who(citation)
    fits: set[tuple[str | None, ...]] = set()
    for note in earlier:
        if note.kind is not NoteKind.CITATION:
            continue
        for source in note.citations:
            if source.title is None or not who & _who(source):
                continue
            if source.refers_to is not None or _repeats(source):
                continue  # a short form of its own, not a source written in full
            if _heads(fold(source.title), short):
                fits.add(_edition(source))
    return len(fits) <= 1


def _edition(source: Citation) -> tuple[str | None, ...]:
    """What tells two sources of one title apart: the title, host, year and publisher."""
    year = str(source.issued.year) if source.issued else None
    return (fold(source.title or ""), source.container, year, source.publisher)


def _heads(title: str, short: str) -> bool:
    """Whether `short` is `title`'s first words (`great games` of `great games, local rules:
    …`), not a part of a word (`kaz` of `kazakhstan`)."""
    rest = title[len(short) :] if title.startswith(short) else None
    return rest is not None and not rest[:1].isalnum()


def _last_source(earlier: Sequence[Note]) -> tuple[int, Citation] | None:
    """The source of the last earlier note that cites one (through an ibid's antecedent)."""
    by_number = {n.number: n for n in earlier}
    for note in reversed(earlier):
        seen: set[int] = set()
        while note.kind is not NoteKind.CITATION and note.refers_to is not None:
            if note.refers_to in seen or note.refers_to not in by_number:
                break
            seen.add(note.refers_to)
            note = by_number[note.refers_to]
        if note.kind is NoteKind.CITATION and note.citations:
            source = note.citations[-1]
            return source.refers_to or note.number, source
        if note.kind is not NoteKind.COMMENT:
            return None
    return None


def resolve_short_forms(note: Note, earlier: Sequence[Note]) -> Note:
    """`note` with each of its several sources that is a short form replaced by the earlier
    source it repeats (its own page and text kept, `refers_to` the earlier note's number).
    A note of one source in short form keeps what it writes (the short title) and says which
    note it repeats: `Cooley, Great Games, 61.` after `Alexander Cooley, Great Games, Local
    Rules: …` (a short title is the full title's first words)."""
    if note.kind is not NoteKind.CITATION or not note.citations:
        return note
    if len(note.citations) == 1:
        only = note.citations[0]
        found = _antecedent(only, earlier) if only.title and _repeats(only) else None
        if found is None or not _alone(only, earlier):
            return note
        return evolve(note, citations=(evolve(only, refers_to=found[0]),))
    resolved: list[Citation] = []
    for citation in note.citations:
        bare = _ibid(citation) and not resolved
        if bare:
            found = _last_source(earlier)
        else:
            found = _antecedent(citation, earlier) if _repeats(citation) else None
        if found is not None:
            number, source = found
            page = citation.page or (source.page if bare else None)  # a bare ibid: the same page
            citation = evolve(source, page=page, raw=citation.raw, refers_to=number, unparsed=())
        resolved.append(citation)
    return evolve(note, citations=tuple(resolved))


def same_author(note: Note, earlier: Sequence[Note]) -> Note:
    """`note` with the author of the source cited last before it when its first source opens
    with a "same author" word (`Он же. Хунну. М., 1960.`, `Idem, The Failure …`) and names
    none of its own."""
    if note.kind is not NoteKind.CITATION or not note.citations:
        return note
    first = note.citations[0]
    if first.authors or patterns().idem.match(unmixed(first.raw.strip())) is None:
        return note
    found = _last_source(earlier)
    authors = found[1].authors if found is not None else ()
    last = next((n for n in reversed(earlier) if n.kind is not NoteKind.COMMENT), None)
    if last is not None and last.kind is NoteKind.OPCIT and last.citations:
        named = last.citations[0]  # "Абдиров Н. А. Указ. соч.", then "Он же. …": his
        if found is None or not _who(named) & _who(found[1]):
            authors = named.authors
    if not authors:
        return note
    first = evolve(first, authors=authors)
    return evolve(note, citations=(first, *note.citations[1:]))


def named_only(note: Note, earlier: Sequence[Note]) -> Note:
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
        if not _by_earlier(Citation(authors=only.authors), earlier):
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
    if not _by_earlier(named, earlier):
        return note
    return evolve(note, citations=(evolve(only, authors=named.authors, title=None),))


def _by_earlier(named: Citation, earlier: Sequence[Note]) -> bool:
    """Whether an earlier source is by an author of `named`."""
    return any(
        _who(named) & _who(source)
        for n in earlier
        if n.kind is NoteKind.CITATION
        for source in n.citations
    )


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
