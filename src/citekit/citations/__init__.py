"""Notes into citations: classify each note (citation, ibid, op. cit., comment), split the
sources it cites, parse their fields and resolve what ibid and op. cit. repeat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from typing import Final

from attrs import evolve

from citekit._text import as_cyrillic, has_cyrillic, unmixed, visible, visible_index
from citekit.citations._words import patterns
from citekit.citations.author_pages import author_and_page
from citekit.citations.backlinks import without_backlinks
from citekit.citations.bare_pages import volume_first
from citekit.citations.bracketed import bracketed_source
from citekit.citations.dated_family_first import family_before_year
from citekit.citations.dated_mentions import dated_mention
from citekit.citations.east_asian import read_east_asian
from citekit.citations.fields import parse_citation
from citekit.citations.gbt_codes import read_coded
from citekit.citations.informants import informant_lead
from citekit.citations.list_numbers import without_list_number
from citekit.citations.locators import locator as _locator
from citekit.citations.named import named_in_prose, quoted_then_named
from citekit.citations.names import to_name
from citekit.citations.note_kinds import DECIMAL as _DECIMAL
from citekit.citations.note_kinds import Found as _Found
from citekit.citations.note_kinds import Searcher as _Searcher
from citekit.citations.note_kinds import classify
from citekit.citations.pasted import as_written, unpasted
from citekit.citations.place_givens import place_as_given
from citekit.citations.pointers import op_cit_names, pointed_note
from citekit.citations.prose import (
    colon_lead,
    prose_lead,
    reviewed_lead,
    unquoted_terms,
    words_to_colon,
    words_to_name,
)
from citekit.citations.quoted_leads import after_quotation
from citekit.citations.recased import recased
from citekit.citations.references import resolve_references
from citekit.citations.reviews import gost_review, reviewed
from citekit.citations.same_author import read_after_same_author
from citekit.citations.shortforms import (
    oscola_pointer,
    particled_family,
    repeat_citation,
    without_opcit_word,
)
from citekit.citations.slashed_numbers import whole_slashed_number
from citekit.citations.sources import SOURCE as _SOURCE
from citekit.citations.sources import bare_ibid as _bare_ibid
from citekit.citations.sources import initials as _initials
from citekit.citations.sources import split_sources as _split_sources
from citekit.citations.sources import translating
from citekit.citations.structure import written_addresses
from citekit.citations.tagger import Tagger
from citekit.citations.tagger.record_series import divided_record
from citekit.citations.type_model import TypeModel
from citekit.documents._blocks import RawNote
from citekit.documents._common import Extraction
from citekit.langid import detect_language
from citekit.languages import shipped_words
from citekit.model import Citation, Document, Location, Note, NoteKind

__all__ = [
    "build_document",
    "classify",
    "ibid_replacement",
    "ibid_written",
    "parse_citation",
    "parse_note",
    "resolve_references",
    "written",
]

# the note's own number pasted in, in superscript digits or Pandoc's superscript (`^1^`)
_LEADING_NUMBER: Final = re.compile(r"^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\d{1,4}\^)\s*")
_BRACKETED_YEAR: Final = re.compile(r"\s*\(\s*[12]\d{3}[^\W\d_]?\s*\)")


# "For a different view, see", "Köprülü'nün bu konudaki görüşleri için bkz."
_MAX_PREFIX_WORDS: Final = 8
_MAX_COLON_PREFIX_WORDS: Final = 16  # … before "см.:", "see:": the colon closes the lead-in


def _see_after_words(source: str) -> _Found | None:
    """A "see" word after a few words of prose that open a source, with a name or a quoted
    title after it (`Ayrıntılı bilgi için bkz. Mehmet Demir, …`, `For a different view, see
    John Smith, …`, more words before a colon: `Подробнее о понятии «мягкой силы» см.: Най
    Дж. …`): the words and the "see" word are a prefix, no part of the source."""
    found = patterns().see.search(unmixed(source))  # `такжe` with a Latin e: the same length
    if found is None or found.start() == 0:
        return None
    before, after = source[: found.start()], source[found.end() :].lstrip(" .,:;")
    if _in_title_case(before, source[found.start() : found.end()]):
        return None  # `John Smith, As I See It (New York …`: a title's word
    if translating(source[: found.end()].rstrip(" :")):
        return None  # `…, Türkiye Türkçesine aktaran: X`: a translator's label, no "see"
    while (more := patterns().see.match(unmixed(after))) is not None and more.end():
        after = after[more.end() :].lstrip(" .,:;")  # "see" words in a row: `Örneğin bkz.`
    words = before.split()
    # a colon after the word closes the lead-in, however long (`Подробнее о понятии «мягкой
    # силы» см.: Най Дж. …`): its quotes are the prose's
    colon = source[found.start() : found.end()].rstrip().endswith(":") or (
        source[found.end() :].lstrip(" .")[:1] == ":"
    )
    longest = _MAX_COLON_PREFIX_WORDS if colon else _MAX_PREFIX_WORDS
    past = len(words) > longest or _DECIMAL.search(before) or (_SOURCE.search(before) and not colon)
    # a term quoted in the prose is the prose's (`On the “nationalizing state,” see`)
    if past and not prose_lead(unquoted_terms(before)):  # sentences of prose, then "see"
        return None
    if words_to_name(after) is not after:  # `On this point see the discussion in Khalid, …`
        return found
    return found if after[:1].isupper() or (after != "" and after[0] in '«“„"') else None


def _in_title_case(before: str, word: str) -> bool:
    """Whether a "see" word in capitals follows a word in capitals with no stop between them
    (`As I See It`): a title's word, not the lead-in's (`… için Bkz.`, `view, See`)."""
    last = before.split()[-1:] or [""]
    return word.strip()[:1].isupper() and last[0][:1].isupper() and last[0][-1:].isalpha()


def _same_author(found: Citation, word: str, before: Citation) -> Citation:
    """`found`, read from a source that opens with "the same author" (`word`: "Он же",
    "idem"), with the author of the source `before` and without the word in its fields."""
    folded = word.strip(" .,").casefold()
    title = found.title
    if title is not None and title.casefold().startswith(folded):
        title = title[len(folded) :].lstrip(" .,:;") or None
    authors = tuple(n for n in found.authors if str(n).strip(" .,").casefold() != folded)
    return evolve(found, title=title, authors=authors or before.authors)


def parse_note(
    number: int,
    text: str,
    *,
    location: Location,
    links: Sequence[str] = (),
    tagger: Tagger | None = None,
    types: TypeModel | None = None,
) -> Note:
    """Parse one note's raw text into a `Note` (references not yet resolved). Characters no
    reader sees (soft hyphens, zero-width spaces: `citekit._text.visible`) are read as absent;
    the note keeps its text as written. A note number in superscript digits pasted in front of
    the note (`¹Там же, с. 5.`, Pandoc's `^1^ Там же`), Wikipedia's back links (`↑ 1 2`,
    `^ a b`) and a reference list's entry number in brackets (`12) Brubaker R. …`) are read as
    absent too."""
    written, pasted = text, unpasted(text)  # `Sustain-\nability`, `&quot;`, `3Ahmet`
    shown = visible(pasted)
    text = without_backlinks(_LEADING_NUMBER.sub("", shown))
    text = without_list_number(text)  # `12) Brubaker R. …`: a reference list's entry number
    text = without_backlinks(text)  # `12. ^ "Title"`: a copied wiki list's number, then its caret
    reading = unmixed(text)  # `Указ. сoч.` typed with a Latin o: the same length as `text`
    cased = recased(reading)
    kind = classify(cased or reading)  # a note typed all in lower case: no prose
    if cased is not None and kind is NoteKind.CITATION:  # "a.g.e. s. 5": no initials "A.G.E. S."
        kind = _repeat_as_typed(reading) or kind
    p = patterns()
    flat = text.replace("\n", " ")
    if kind in (NoteKind.IBID, NoteKind.OPCIT):
        pattern = p.ibid if kind is NoteKind.IBID else p.opcit
        match = pattern.search(reading.replace("\n", " "))
        if match is None and kind is NoteKind.IBID:  # "Idem, 47.": the page after the word
            match = p.idem.match(reading.replace("\n", " "))
        elif match is None:  # "Orazowa G. Şol eser, 48 sah.": "the same work" after its author
            match = p.ibid.search(reading.replace("\n", " "))
        rest = flat[match.end() :] if match else flat
        opcit = kind is NoteKind.OPCIT and match is not None
        pointed = pointed_note(flat[: match.end()], rest) if opcit and match else None
        number_of = None
        if pointed is not None:  # "Roy, supra note 1, at 60": the note, then the page
            number_of, rest = pointed
        locator = _locator(rest)
        if locator is None and match is not None and has_cyrillic(match.group()):
            locator = _locator(as_cyrillic(rest))  # "Там же. C. 120" with a Latin C: С. 120
        citations: tuple[Citation, ...] = ()
        if kind is NoteKind.OPCIT and match is not None:
            head = flat[: match.start()].replace("،", ",")  # the Arabic script's comma too
            while (see := p.see.search(head)) is not None:  # "Ayrıntılar için bkz. Kaya, a.g.e."
                head = head[see.end() :].lstrip(" .,:;")
            head = _BRACKETED_YEAR.sub("", head)  # "Yılmaz (2015), a.g.e.": the author's year
            same = p.idem.match(head)  # "Aynı yazar, a.g.e.": the author before, no name
            names = () if same and not head[same.end() :].strip(" .,") else op_cit_names(head)
            if names:
                citations = (Citation(authors=tuple(to_name(n) for n in names), raw=text),)
        return Note(
            number=number,
            text=written,
            location=location,
            kind=kind,
            page=locator,
            volume=volume_first(rest) if locator is not None else None,
            refers_to=number_of if number_of is not None and number_of < number else None,
            citations=_raw_in_note(
                _raw_as_written(citations, text, pasted, shown), written, pasted
            ),
            # `Там же. URL: …`: the address of the page cited again, for `links` and `check`
            urls=tuple(dict.fromkeys([*links, *written_addresses(flat)])),
        )
    parsed: list[Citation] = []
    sources = _split_sources(text)
    for i, source in enumerate(sources):
        if i == 0 and len(sources) > 1 and _bare_ibid(source):
            # "Ibid., 7; Demir, …": the source of the note before (`resolve_references`)
            found_ibid = p.ibid.match(unmixed(source.strip()))
            rest = source.strip()[found_ibid.end() :] if found_ibid else ""
            parsed.append(Citation(page=_locator(rest), raw=source))
            continue
        pointer = oscola_pointer(source)
        if pointer is not None:  # `Rakhimov (n 2) 130-31.`: OSCOLA's short form
            short = _pointer_citation(*pointer, source)
            if short.title is not None:  # its language as the tagger tells it
                short = evolve(short, language=parse_citation(source, tagger=tagger).language)
            parsed.append(short)
            continue
        again = p.ibid.match(source) if parsed else None
        if again is not None and _initials(source, again.start(), again.end()):
            again = None  # "…; A.Y. Kaya, Türk tarihi, …": a name's initials
        if again is not None:  # "…, 2010. 320 s.; Şol ýerde, 25 s.": the source before, again
            page = _locator(source[again.end() :]) or parsed[-1].page  # no page: the same page
            parsed.append(evolve(parsed[-1], page=page, raw=source))
            continue
        # one of several short forms ("Smith, Title, 4; Jones, Other, 7."): read by its form,
        # resolved to the source it repeats with the earlier notes (`resolve_references`)
        repeat = repeat_citation(source, _repeat_page(source)) if len(sources) > 1 else None
        if repeat is not None and repeat.title is not None:  # its type as the tagger tells it
            found = parse_citation(source, tagger=tagger, types=types)
            repeat = evolve(repeat, type=found.type, language=found.language)
        if repeat is not None:
            parsed.append(repeat)
            continue
        # "Bkz. Ali Demir, …", "Ayrıntılı bilgi için bkz. …": the prefix is no part of it
        prefix: _Found | None = (
            p.see.match(unmixed(source)) or _see_after_words(source) or colon_lead(source)
        )
        cited = source[prefix.end() :].lstrip(" .,:;") if prefix is not None else source
        while prefix is not None and (more := p.see.match(unmixed(cited))) and more.end():
            cited = cited[more.end() :].lstrip(" .,:;")  # `Örneğin bkz.`, `См. также:`
        cited = words_to_colon(cited) if prefix is not None else cited  # `см. нашу статью:`
        cited = words_to_name(cited) if prefix is not None else cited  # `see the study in X`
        cited = bracketed_source(cited) or cited  # "Как отмечает Х (Х. Труд. М., 2010), …"
        lead = p.idem.match(unmixed(cited)) if not parsed else None
        # "Он же. Хунну. М., 1960." opens a note: the work after the word, by the author of
        # the note before (`resolve_references`)
        work = cited[lead.end() :].lstrip(" .,:;") if lead is not None else cited
        own = tuple(links) if i == 0 else ()
        read = partial(parse_citation, tagger=tagger, types=types)
        review = gost_review(work or cited or source)  # `Аксёнов В. Б. Рец.: Орлов … // J.`
        if review is not None:
            # … its raw text the note's as written, not the words it was read from
            found = evolve(reviewed(review, partial(read, links=own)), raw=work or cited or source)
        else:  # a GB/T 7714 code after the title (`Title[J].`) is no word of it
            coded = read_coded(work or cited or source, partial(read, links=own))
            coded = coded or read_east_asian(work or cited or source)  # `著者「…」『…』`
            found = coded or read(work or cited or source, own)
        quoted = after_quotation(work or cited, found, partial(read, links=own)) if i == 0 else None
        if quoted is not None:  # `“The archive does not speak.” Laura Whitcombe, Title …`
            note = "; ".join(filter(None, (quoted[1], quoted[0].note)))
            found = evolve(quoted[0], note=note)
        idem = p.idem.match(unmixed(cited)) if parsed else None
        same = idem or lead
        if same is not None and (idem is not None or found.authors):  # "Aynı yazar, Türk …"
            read = partial(parse_citation, links=own, tagger=tagger, types=types)
            found = read_after_same_author(cited, same.end(), read) or found
        if lead is not None and found.title is None and len(found.authors) == 1:
            # "Aynı yazar, Yusuf Akçura (Ankara …)": the word holds the author's place, so the
            # name after it is the work's title
            found = evolve(found, title=str(found.authors[0]), authors=())
        if idem is not None:  # "…; Он же. Хунну. М., 1960": the author of the source before
            found = _same_author(found, cited[: idem.end()], parsed[-1])
        # a short form's author, unless "the same author" holds its place (`Idem, Title, 45`)
        form = repeat_citation(cited, None) if not found.authors and lead is None else None
        if form is not None and (divided_record(form.title) or found.archive_location):
            # `BOA, İ.DH., nr. 1234`: an archive and its shelf mark, no short form either
            form = None  # `TBMM Zabıt Ceridesi, Devre 1, Cilt 9`: a record's name, its divisions
        if form is not None and form.title is not None:  # `Williamson and Acosta, Title, 123.`
            volume = found.volume or form.volume  # `Kâtib Çelebi, Cihannümâ, II, 45.`
            found = evolve(
                found, authors=form.authors, title=form.title, page=form.page, volume=volume
            )
        found = named_in_prose(cited, found)  # "… в работе Н. Масанова «Кочевая …»."
        found = quoted_then_named(found)  # `“Title” başlıklı açılış konuşması`: the quoted name
        found = dated_mention(cited, found)  # "Bu konu Yılmaz (2015) tarafından …"
        found = author_and_page(cited, found)  # `Шилова, с. 45.`: a name and a page alone
        found = place_as_given(cited, found)  # `Olcott, Kazakhstan: Unfulfilled Promise`
        found = family_before_year(cited, found)  # `Roy Olivier, 1997, La nouvelle Asie …`
        found = without_opcit_word(cited, found)  # `Pellegrini, La Turchia … cit., p. 325.`
        found = whole_slashed_number(cited, found)  # `UN General Assembly Resolution 50/80`
        found = particled_family(cited, found)  # `Van Bruinessen, Agha, …, 142.`
        if prefix is not None and reviewed_lead(source[: prefix.end()]):
            found = evolve(found, authors=())  # `Рецензия на кн.: Кляшторный С. Г. Title`
        if prefix is not None and informant_lead(source[: prefix.end()], found):
            found = evolve(found, type="interview")  # `Ақпарат беруші: Сейітов Қ., 80 жаста, …`
        if found.archive is None and found.archive_location and parsed and parsed[-1].archive:
            # `ЦГА РК. Ф. 1380. … Л. 25; Ф. 1380. Оп. 2. …`: a shelf mark alone after another
            found = evolve(found, archive=parsed[-1].archive)  # is in the same archive
        parsed.append(found if cited == source and lead is None else evolve(found, raw=source))
    citations = tuple(parsed)
    if kind is NoteKind.COMMENT:
        # prose: it may point at a page, but it names no title, author or container
        citations = tuple(Citation(url=c.url, raw=c.raw) for c in citations if c.url)
    return Note(
        number=number,
        text=written,
        location=location,
        kind=kind,
        citations=_raw_in_note(_raw_as_written(citations, text, pasted, shown), written, pasted),
        urls=tuple(links),
    )


def _repeat_as_typed(reading: str) -> NoteKind | None:
    """The kind of a note typed in lower case as typed, when that is an ibid or op. cit.: the
    capitals restored may turn its abbreviation and locator into initials (`a.g.e. s. 5`)."""
    kind = classify(reading)
    return kind if kind in (NoteKind.IBID, NoteKind.OPCIT) else None


def _raw_in_note(
    citations: tuple[Citation, ...], written: str, pasted: str
) -> tuple[Citation, ...]:
    """`citations` with each raw text, a piece of `pasted`, as the note `written` has it
    (`Sustain-\nability`, `&quot;`): a citation's raw text is a piece of its note."""
    if written == pasted:
        return citations
    return tuple(evolve(c, raw=as_written(c.raw, written, pasted)) for c in citations)


def _raw_as_written(
    citations: tuple[Citation, ...], text: str, written: str, shown: str
) -> tuple[Citation, ...]:
    """`citations` read from `text` (`shown`, `visible(written)`, less the number or back link
    it opened with) with each raw text as `written` has it, soft hyphens and all: a citation's
    raw text is a piece of its note's."""
    if text == written:
        return citations
    at = visible_index(written)
    shift = len(shown) - len(text) if shown.endswith(text) else 0  # `24. Grey, S. …`: its number
    flat = text.replace("\n", " ")
    out = []
    for citation in citations:
        raw = citation.raw
        pos = text.find(raw) if raw else -1
        pos = flat.find(raw) if raw and pos < 0 else pos
        pos = pos + shift if pos >= 0 else pos
        if pos >= 0 and pos + len(raw) <= len(at):
            citation = evolve(citation, raw=written[at[pos] : at[pos + len(raw) - 1] + 1])
        out.append(citation)
    return tuple(out)


def ibid_written(text: str) -> str | None:
    """A note's ibid word as `text` writes it, found as `parse_note` finds it: through soft
    hyphens and zero-width spaces, and in a word typed with two keyboard layouts (`Тaм же.`
    with a Latin a). What a fix or an edition replaces."""
    return written(patterns().ibid, text)


def ibid_replacement(text: str, written: str, target: str) -> str:
    """The ibid word `target` written in place of `written` in note `text`, with the period
    the place needs: an abbreviation's is kept ("Сонда, 15-б." → "Ibid., 15-б."), a full
    word's goes before a locator ("Ibid., 15" → "Там же, 15") and stays where the written
    word's period ended a sentence ("Aynı yer." → "Там же."); a word written in lower case
    after a note's first words stays so ("See ibid., 15" → "See там же, 15")."""
    abbreviated = shipped_words("ibid_abbreviated")
    at = text.find(written)
    rest = text[at + len(written) :].lstrip() if at >= 0 else ""
    # a period before a comma ends no sentence, whether the word is an abbreviation
    # ("Ibid., 15") or a full word typed with one ("Aynı yer., 118")
    sentence = written.endswith(".") and not rest.startswith((",", ";", ":"))
    new = target if target in abbreviated or sentence else target.rstrip(".")
    inside = at > 0 and any(c.isalpha() for c in text[:at])
    return new[:1].lower() + new[1:] if inside and written[:1].islower() else new


def written(pattern: _Searcher, text: str) -> str | None:
    """The first match of `pattern` in `text` as the note parser reads `text` (without the
    characters no reader sees, each word in its own alphabet), as `text` writes it."""
    read = visible(text)
    match = pattern.search(unmixed(read).replace("\n", " "))
    if match is None or match.end() <= match.start():
        return None
    if read == text:  # the same offsets (a line break read as a space stays one)
        return text[match.start() : match.end()]
    at = visible_index(text)
    return text[at[match.start()] : at[match.end() - 1] + 1]


def _pointer_citation(head: str, number: int, rest: str, source: str) -> Citation:
    """OSCOLA's short form (`Bowring, Law, Rights and Ideology in Russia (n 21) 118`): the
    author before the first comma, the short title after it, the page after the note's
    number (`number`, the note of the first citation, is `resolve_references`' to follow)."""
    name, _, title = head.partition(",")
    names = op_cit_names(name)
    return Citation(
        authors=tuple(to_name(n) for n in names),
        title=title.strip(" ‘’'“”\"") or None,
        page=_locator(rest),
        raw=source,
    )


def _repeat_page(source: str) -> str | None:
    """The page after a source's op. cit. or ibid word (`Иванов. Указ. соч. С. 5`: 5)."""
    p = patterns()
    reading = unmixed(source)
    found = p.opcit.search(reading) or p.ibid.search(reading)
    return _locator(source[found.end() :]) if found is not None else None


def build_document(extraction: Extraction, *, path: str, format: str) -> Document:
    """Turn a reader's extraction into a `Document` with parsed, resolved notes."""
    notes = [
        parse_note(
            raw.number,
            raw.text,
            location=_location(path, raw),
            links=raw.links,
        )
        for raw in extraction.notes
    ]
    return Document(
        path=path,
        format=format,
        notes=tuple(resolve_references(notes)),
        body_markers=extraction.markers,
        language=detect_language(extraction.body[:4000]),
    )


def _location(path: str, raw: RawNote) -> Location:
    return Location(
        path=path,
        note=raw.number,
        line=raw.line,
        paragraph=raw.paragraph,
        section=raw.section,
    )
