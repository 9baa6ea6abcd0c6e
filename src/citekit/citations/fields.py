"""One citation's text into a `Citation`: the exact rules first (address, DOI, ISBN, access
label and date, a law's number, a shelf mark), then the note tagger for every other field,
then the item's type."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from citekit._text import latin_marks, paired_right_quotes, unmixed, visible
from citekit.citations.access_notes import access_database, without_access_note
from citekit.citations.adopted_dates import adopted_date, without_signing
from citekit.citations.afterwords import before_discussion
from citekit.citations.amendments import amendment
from citekit.citations.body_reports import body_report
from citekit.citations.case_names import case_language, case_name
from citekit.citations.closing_marks import closing_language
from citekit.citations.commentary import before_commentary, commentary, commentary_phrases
from citekit.citations.correspondence import as_letter, personal_communication
from citekit.citations.cued_types import credited_person, cued_type, film_title
from citekit.citations.date_clauses import updated_dates
from citekit.citations.dated_acts import act_with_year, date_in_act_name
from citekit.citations.decision_numbers import decision_numbers
from citekit.citations.doi_links import doi_address
from citekit.citations.double_years import common_era_years
from citekit.citations.extra_vars import (
    extra_variables,
    identifier_variables,
    without_first_words,
    without_forms,
)
from citekit.citations.flat_values import exact_as_written
from citekit.citations.foliated import foliated_type
from citekit.citations.han_glosses import glossed, without_han
from citekit.citations.host_descriptions import host_description
from citekit.citations.interviewees import with_interviewee, with_interviewer
from citekit.citations.kind_fields import account_names, typed_fields
from citekit.citations.legal import legal_type, standard_number, standard_set_off
from citekit.citations.lost_hosts import gost_host
from citekit.citations.medium_types import (
    designated_title,
    law_in_title,
    listed_type,
    medium_type,
    read_description,
    read_kind_word,
    subject_title,
)
from citekit.citations.names import split_names, to_name
from citekit.citations.news_outlets import news_outlet
from citekit.citations.official_journals import official_journal
from citekit.citations.paper_cities import (
    issue_of_a_paper,
    paper_read_as_author,
)
from citekit.citations.periodical_heads import periodical_first
from citekit.citations.periodical_kinds import named_by_kind
from citekit.citations.physical_descriptions import physical_description
from citekit.citations.podcast_titles import (
    bracketed_podcast,
    described_podcast,
    podcast_episode,
)
from citekit.citations.preprint_types import early_view_type, preprint_type
from citekit.citations.quoted_acts import quoted_act_name, unnumbered
from citekit.citations.recased import as_typed, recased, typed_back
from citekit.citations.report_hosts import numbered_series_type, report_fields
from citekit.citations.report_leads import report_by_name, report_lead
from citekit.citations.resolutions import resolution_name
from citekit.citations.sigla import siglum
from citekit.citations.spaced_marks import (
    dashed_names,
    spaced_address,
    spaced_numbers,
    unspaced_marks,
)
from citekit.citations.stray_dates import stray_dates, unread_access
from citekit.citations.structure import Exact, find_exact, time_codes
from citekit.citations.tagger import Tagger, tag_runs
from citekit.citations.tagger.align import Run, labels_at
from citekit.citations.tagger.columns import columns_lost
from citekit.citations.tagger.content import without_site_kind
from citekit.citations.tagger.decode import Fields, decode
from citekit.citations.tagger.presented import without_presented
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.thesis_statements import thesis_statement
from citekit.citations.title_genres import (
    code_after_genre,
    ebook_mark,
    title_genre,
    without_specialty,
)
from citekit.citations.title_languages import title_language
from citekit.citations.translated_titles import without_translation
from citekit.citations.type_model import TypeModel, infer_type
from citekit.citations.typed_quotes import typed_quotes
from citekit.citations.unplaced import unplaced, unread_dates
from citekit.citations.versions import version_extra, version_of, without_version
from citekit.citations.worded_types import given_on_a_day, worded_type
from citekit.langid import detect_language
from citekit.languages import available_languages
from citekit.model import Citation, Name, PartialDate

__all__ = ["parse_citation", "read_fields", "split_names", "to_name"]

_EMPTY_SLOT: Final = re.compile(r",\s*,")


def _text(fields: dict[str, object], key: str) -> str | None:
    value = fields.get(key)
    return value if isinstance(value, str) and value else None


def _date(fields: dict[str, object], key: str) -> PartialDate | None:
    value = fields.get(key)
    return value if isinstance(value, PartialDate) else None


def _names(fields: dict[str, object], key: str) -> tuple[Name, ...]:
    value = fields.get(key)
    return tuple(v for v in value if isinstance(v, Name)) if isinstance(value, tuple) else ()


def read_fields(
    text: str, links: tuple[str, ...] = (), *, tagger: Tagger | None = None
) -> tuple[Fields, Exact, set[str], str | None]:
    """The fields of one citation's text (before its type is chosen), its exact spans, the
    lexicon's cue keys found in it and its title's language."""
    return _read(text, links, tagger)[:4]


def _read(
    text: str, links: tuple[str, ...], tagger: Tagger | None
) -> tuple[Fields, Exact, set[str], str | None, tuple[str, ...]]:
    """`read_fields`, and the pieces of the text that no field holds (`unplaced`)."""
    # GOST's access note (`Доступ из СПС «Гарант»`) names no field: read without it
    flat = without_access_note(text.replace("\n", " ").replace("\r", " "))
    flat, glosses = without_han(flat)  # `Wang Jisi 王缉思, …`: the characters read apart
    flat = common_era_years(flat)  # `Tehrān: Našr-e Ketāb, 1379 š./2000`: read as `…, 2000`
    flat = unspaced_marks(flat)  # DergiPark's `Bilig , (89) , 1-20 .`: read as `Bilig, (89), 1-20.`
    flat = dashed_names(flat)  # ISO 690's `LANDAU, J. – KELLNER, B.`: read with a semicolon
    flat = spaced_numbers(spaced_address(flat))  # `…,189-214.https://…`, `1993),1/245`
    # `… 2019. (in Russian)`: the closing language mark is read apart, no field's bounds
    flat, closing, _ = closing_language(flat)
    flat, label = siglum(flat)  # `DLT: Atalay, Besim (1985). …`: the list's siglum, read apart
    # the exact rules match words: a word typed in two alphabets reads in its own (the same
    # offsets); the values they take keep the letters as typed, as addresses do
    # `،` and `۱۳۸۷` as `,` and `1387`, Swedish `”Title”` as `“Title”`: the same offsets
    reading = paired_right_quotes(latin_marks(unmixed(flat)))
    exact = find_exact(reading, links)
    if reading != flat:
        exact = exact_as_written(exact, reading, flat)
    # a note typed all in lower case is read with a style's capitals, its values as typed
    cased = recased(flat)
    read = paired_right_quotes(latin_marks(cased or flat))
    tokens, labels, starts, marks = tag_runs(read, exact, tagger=tagger)
    mended: list[Run] = []
    fields = decode(read, tokens, labels, exact, marks, starts, mended)
    fields = physical_description(fields, read)  # `1 фильм (97 мин)`: the medium, no issue
    if closing is not None and not fields.get("language"):
        fields = {**fields, "language": closing}
    if label is not None:
        fields = {**fields, "citation-label": label}
    values = _values(fields)
    lost = unplaced(read, tokens, unread_dates(labels, mended), marks, exact, values)
    columns = tuple(c for c in columns_lost(read, tokens) if not any(c in p for p in lost))
    lost = tuple(p for p in lost if not any(p in c for c in columns)) + columns  # `2 col.` once
    strays = stray_dates(read, tokens, labels, _years(fields), values)  # no date holds the run
    lost += tuple(d for d in strays if read.count(d) > sum(p.count(d) for p in lost))
    accessed = "accessed" in fields or exact.accessed is not None or "accessed" not in labels
    final = labels if accessed or not mended else labels_at(mended, len(tokens))
    unread = unread_access(read, tokens, final, accessed)
    lost += tuple(d for d in unread if not any(d in p for p in (*lost, *values)))  # `99.99.2020`
    updated = updated_dates(read, fields.get("issued"))  # `обновлено 04.03.2024`: no field's
    lost += tuple(u for u in updated if not any(piece in u for piece in lost))
    lost += tuple(t for t in time_codes(read, exact) if not any(t in p for p in lost))  # `01:12:40`
    lost = without_first_words(fields, lost)  # `Original work published`: the date's label
    lost = without_presented(lost, _text(fields, "container-title"))  # `paper presented at`
    if read is not flat:
        lowered = cased is not None  # … else only its marks differ: values keep their case
        fields = typed_back(fields, read, flat, lowered=lowered)
        lost = tuple(as_typed(piece, read, flat, lowered=lowered) for piece in lost)
    fields, unglossed = glossed(fields, glosses)  # … given back to the values they follow
    lost += unglossed  # … or kept as pieces no field holds
    cues = {k for k in set().union(*marks) if not k.startswith("B")}
    title = _text(fields, "title")
    if title is not None:
        title = fields["title"] = without_translation(title, flat)
    language = title_language(fields, title, flat, reading)
    return fields, exact, cues, None if language in (None, "und") else language, lost


_TEXTUAL: Final = (str, Name)  # made once: `str | Name` would be built anew for each value


def _years(fields: Fields) -> set[int]:
    """The years of the record's dates (issued, original, accessed, an event's)."""
    return {v.year for v in fields.values() if isinstance(v, PartialDate)}


def _values(fields: Fields) -> list[str]:
    """Every value the fields hold, as text (names as written)."""
    found: list[str] = []
    for value in fields.values():
        items = value if isinstance(value, tuple) else (value,)
        found += [str(v) for v in items if isinstance(v, _TEXTUAL)]
        # … and a name's parts beside its written form (a given name in full that the
        # statement after GOST's slash gave the heading's initials: `Джеймс`)
        found += [p for v in items if isinstance(v, Name) for p in (v.given, v.family) if p]
        # a date's text: a day or year the tagger left unlabelled is read, not lost
        found += [v.raw for v in items if isinstance(v, PartialDate) and v.raw]
    return found


def _channels(names: tuple[Name, ...], text: str) -> tuple[Name, ...]:
    """A video's authors: a name written with neither comma nor initials is the channel's
    name as written (`Kazakh President`, `Türkmen dünýäsi`), not a family and given name,
    unless a director's credit follows it (`Nuri Bilge Ceylan (yön.)`)."""
    return tuple(
        Name(literal=n.written, written=n.written)
        if n.written
        and "," not in n.written
        and "." not in n.written
        and n.family
        and not credited_person(n.written, text)
        else n
        for n in names
    )


_AIRED_RETYPED: Final = frozenset({"article-newspaper", "article-magazine", "webpage", "document"})
# kinds a name and a day alone are read as a paper's issue from (no law's, letter's or speech's)
_PAPER_KINDS: Final = frozenset({"article-newspaper", "book", "document", "article-journal"})


def _quoted(title: str | None, flat: str) -> bool:
    """Whether the note writes `title` in quotation marks (`“Bilim hakynda” Kanuny, …`)."""
    at = flat.find(title) if title else -1
    return at > 0 and flat[at - 1] in QUOTES


_ACTS: Final = frozenset({"legislation", "legal_case"})


def _title_language(fields: Mapping[str, object]) -> str | None:
    """The language of the title a rule read after the tagger (`case_name`, `official_journal`)."""
    value = fields.get("title")
    title = value if isinstance(value, str) and value else None
    found = detect_language(unmixed(title)) if title else None
    return found if found in available_languages() else None


def _authored(fields: Mapping[str, object]) -> bool:
    """Whether a person, a house or a host is named: a work on a standard, no standard."""
    names = fields.get("author") or ()
    person = any(getattr(n, "family", None) for n in names) if isinstance(names, tuple) else False
    return person or bool(fields.get("publisher") or fields.get("container-title"))


def parse_citation(
    text: str,
    links: tuple[str, ...] = (),
    *,
    tagger: Tagger | None = None,
    types: TypeModel | None = None,
) -> Citation:
    """Parse the text of one cited source into a `Citation` (raw text kept). Characters no
    reader sees (`citekit._text.visible`) are read as absent, as `parse_note` reads them.

    `tagger` and `types` are the shipped models unless given (an evaluation passes its own).
    """
    read = visible(text)
    flat = read.replace("\n", " ").replace("\r", " ")
    phrases = commentary_phrases(read)  # read once: the tagger's text, and the record's note below
    # … up to the cited page's sentence, the prose on its author after it left out
    told, amended = amendment(typed_quotes(before_discussion(before_commentary(read, phrases))))
    fields, exact, cues, language, lost = _read(told, links, tagger)
    title = _text(fields, "title")
    if not _quoted(title, " ".join(read.split())):  # a quoted title is whole as written
        title, genre = title_genre(title)  # `Title : учеб. пособие`: its genre, no title's
        if genre and not fields.get("genre"):
            fields = {**fields, "title": title, "genre": genre}
    title, ebook = ebook_mark(_text(fields, "title"))  # `Title (E-kitap)`: its medium
    if ebook:
        fields = {**fields, "title": title, "medium": ebook}
    title, specialty = without_specialty(_text(fields, "title"))  # `: специальность 23.00.02`
    if specialty:
        fields = {**fields, "title": title}
    elif specialty := code_after_genre(_text(fields, "genre"), flat):  # `дис. … наук : 23.00.02`
        lost = tuple(p for p in lost if p.strip(" .,:;–-") != specialty)
    url = _text(fields, "URL") or doi_address(flat, exact)
    issued = fields.get("issued")
    legal = exact.legal
    if exact.accessed is not None and not fields.get("accessed"):
        fields = {**fields, "accessed": exact.accessed}  # the type rules read it
    # the type rules find values in the note: its white space read as the values' one space
    spaced = " ".join(flat.split())
    number: str | None = legal.number
    if (body := report_by_name(fields.get("author"))) is not None:  # `SETA Raporu, “Title”`
        fields = {**fields, "author": (), "genre": _text(fields, "genre") or body}
    kind: str | None = legal_type(legal)
    if kind == "legislation" and law_in_title(number, fields, spaced):
        # a person's work on the law (`… 6360 Sayılı Kanun. Ankara: …`): its title's number
        fields = subject_title(number, fields, flat)
        kind = number = None
    if (printed := official_journal(spaced, fields)) is not None:  # `…, OJ L 229, 31.7.2014, p. 1`
        fields, kind = printed, "legislation"
        language = language or _title_language(printed)
    kind = kind or infer_type(fields, spaced, cues, language, model=types)
    standard = standard_number(legal)
    kind = cued_type(worded_type(kind, fields, flat), fields, flat)
    if kind in _AIRED_RETYPED | {"article-journal"} and bracketed_podcast(fields, flat):
        kind = "broadcast"  # `Sosyoloji Sohbetleri (Podcast), 15. Bölüm`
    elif kind in _AIRED_RETYPED | {"chapter"} and described_podcast(fields, flat):
        kind = "broadcast"  # `Title [Podcast bölümü]. Series içinde. Spotify.`
    elif kind in _AIRED_RETYPED and podcast_episode(fields):
        kind = "broadcast"  # `"Majlis Podcast: Where Is Uzbekistan Heading?" RFE/RL, …`
    designation = None if standard or _authored(fields) else standard_set_off(flat)
    if designation is not None:  # `Title, IEEE Std 802.15.4-2020, 2020.`: the number's
        fields = designated_title(fields, designation)
    designated = standard or designation is not None
    kind = medium_type(numbered_series_type(kind, fields), fields, flat, designated)
    doi_host = _text(fields, "container-title") or ""
    if kind == "article-newspaper" and fields.get("DOI") and not fields.get("URL"):
        # a DOI names a journal's article, no paper's (`J Nurs Manag. 2022 Sep 14. doi: …`)
        kind = kind if news_outlet(doi_host) else "article-journal"
    kind = foliated_type(kind, fields, flat)  # `vr. 23b`, `fol. 12v`, `Ms. Or. 123`
    kind = early_view_type(preprint_type(kind, fields, flat), fields, flat)  # `arXiv:…`
    kind = body_report(kind, fields)  # `World Bank, Kazakhstan Economic Update (Washington …`
    paged = _text(fields, "title") if kind == "webpage" else None
    if paged and (site := without_site_kind(paged)) != paged:
        fields = {**fields, "title": site}  # `Посольство … : официальный сайт`: the page's kind
    if personal_communication(kind, fields, spaced):
        kind, fields = "personal_communication", as_letter(fields)
    fields = with_interviewee(kind, fields, spaced)  # `Interview with Margaret O’Connell, …`
    fields = with_interviewer(kind, fields, spaced)  # `…, interview by Elnar Bainazarov, …`
    if standard and kind != "standard":  # a book on the standard: its title's designation
        fields = subject_title(legal.number, fields, flat)
    fields = film_title(kind, typed_fields(kind, fields, flat))  # `«Абай жолы» көркем фильмі`
    lost = without_forms(fields, lost)  # `Подлинник. Машинопись.`: the medium, read
    lost = read_kind_word(kind, read_description(fields, flat, lost))  # `[Sözlü bildiri]`
    if kind == "thesis":  # `/ Full Name ; Казан. федер. ун-т. – Казань`: the institution
        fields, lost = thesis_statement(fields, flat, lost)
    named = case_name(kind, flat, fields)  # `AYM, Ahmet Yıldız Başvurusu, B. No: …`
    if named is not fields:
        fields = dict(named)
        language = language or _title_language(named)
    language = case_language(kind, _text(fields, "title"), language)  # `Navalnyy v Russia`
    resolved, said, opening = resolution_name(kind, spaced, fields)  # `S.C. Res. 2231 (…)`
    if resolved is not fields:  # the opening's parts the tagger left are read: none is lost
        fields, number, language = dict(resolved), None, said or language
        issued = fields.get("issued", issued)
        lost = tuple(part for part in lost if part.strip("() ") not in opening)
    decided, opening, said = decision_numbers(kind, spaced, fields)  # `Yargıtay 9. HD, E. …`
    if decided is not fields:  # the numbers the tagger left are read: none is lost
        fields, number, issued = dict(decided), None, decided.get("issued", issued)
        language = language or said
        lost = tuple(part for part in lost if part.strip(" ,.") not in opening)
    title = _text(fields, "title")  # a press release's word is its genre, no title's
    if (lead := report_lead(title)) is not None:  # `Доклад Института … «Title»`
        title, fields = lead[0], {**fields, "genre": _text(fields, "genre") or lead[1]}
    if kind == "speech" and fields.get("publisher") and given_on_a_day(fields):
        venue = fields.get("publisher")  # where it was given, no publisher nor host
        fields = {
            k: v
            for k, v in fields.items()
            if k != "publisher" and not (k == "container-title" and v == venue)
        }
        lost = (*lost, str(venue))  # no field holds it: reported, not dropped
    container, description = host_description(_text(fields, "container-title"), flat)
    if description:
        lost = (*lost, description)  # the host's kind, typed already: no title's words
    titles = (title, container, _text(fields, "collection-title"))
    note, lost = commentary(flat, lost, titles, phrases if flat == read else None)
    note = "; ".join(filter(None, (amended, specialty, _text(fields, "note"), note))) or None
    if kind in _PAPER_KINDS and issue_of_a_paper(fields, title, container, spaced):
        container, title = title, None  # `«Қазақ әдебиеті», 1981, 1 январь.`: the paper's name
        kind = "article-newspaper"
    elif container is None and kind in _PAPER_KINDS and periodical_first(fields, title, spaced):
        container, title = title, None  # `Бюллетень Верховного Суда РФ. 2021. № 6. С. 14–15.`
        if kind in ("book", "document"):  # an issue of a periodical: a paper's, or a journal's
            kind = "article-newspaper" if named_by_kind(container) else "article-journal"
    elif kind in _PAPER_KINDS and (paper := paper_read_as_author(fields, spaced)):
        container, kind = paper, "article-newspaper"  # `Правда (Москва). 1937. 5 мая.`
        fields = {k: v for k, v in fields.items() if k != "author"}
    if kind == "legislation":
        title = act_with_year(title, spaced)  # `Human Rights Act 1998, s. 3`: its short title
    if kind == "legislation" and (not isinstance(issued, PartialDate) or issued.day is None):
        issued = date_in_act_name(title, language, issued)  # `… 2019-njy ýylyň 15-nji …`
    issued = adopted_date(
        kind, told, issued, fields, exact.accessed, language
    )  # `… от 30.11.1994 №`
    title = without_signing(kind, title, language)  # `Конвенция … (Актау, 12 августа 2018 г.)`
    # `Survey (Version 3)`: CSL's version, in `extra`; a periodical's article has none
    versioned = not any(fields.get(k) for k in ("volume", "issue"))
    title = without_version(title) if versioned else title
    if versioned and (version := version_of(flat)) is not None:
        lost = tuple(p for p in lost if p not in version[0])  # read, not lost
    if kind == "legislation" and not _quoted(title, flat):  # `5237 sayılı Kanun`: `Kanun`
        title = unnumbered(title, number or legal.number)
    if kind == "legislation":  # `Prezidentiniň 2023-nji ýylyň … «Name» Karary`: `Name`
        title, act_kind = quoted_act_name(title)
        if act_kind and not fields.get("genre"):
            fields = {**fields, "genre": act_kind}
    if (
        kind == "legislation"
        and container is None
        and legal.section
        and fields.get("issue")
        and not _quoted(title, flat)
    ):
        container, title = title, None  # `СЗ СССР, 1923, № 81. Ст. 782.`: the gazette's name
    if container is None and kind in _ACTS and (hosted := gost_host(fields, flat)) is not None:
        container = _text(hosted, "container-title")  # `… № 414-V // «Әділет» АҚЖ. URL: …`
    fields, container = report_fields(kind, fields, container)  # `IEA. (2022). … IEA. URL`
    if container is None and not fields.get("publisher"):
        container = access_database(flat)  # `Доступ из СПС «КонсультантПлюс»`: where it was read
    identifiers, issn = identifier_variables(flat)  # `OCLC 682894132`, `PMID 33774295`
    return Citation(
        type=listed_type(kind),
        title=title,
        authors=_channels(_names(fields, "author"), flat)
        if kind == "motion_picture"
        else account_names(_names(fields, "author"), flat),
        editors=_names(fields, "editor"),
        translators=_names(fields, "translator"),
        container=container,
        collection_title=_text(fields, "collection-title"),
        publisher=_text(fields, "publisher"),
        publisher_place=_text(fields, "publisher-place"),
        url=url,
        doi=_text(fields, "DOI"),
        accessed=exact.accessed or _date(fields, "accessed"),
        issued=issued if isinstance(issued, PartialDate) else None,
        page=legal.page or _text(fields, "page"),  # a shelf mark's leaf is the cited page
        volume=_text(fields, "volume"),
        issue=_text(fields, "issue") or legal.issue,
        edition=_text(fields, "edition"),
        isbn=_text(fields, "ISBN"),
        number_of_pages=_text(fields, "number-of-pages"),
        genre=_text(fields, "genre"),
        number=number or _text(fields, "number"),  # a law's, else a decision's
        section=legal.section or _text(fields, "section"),
        archive=legal.archive,
        archive_location=legal.archive_location,
        language=language,
        url_slot_empty=url is None and bool(_EMPTY_SLOT.search(typed_quotes(flat))),
        note=note,
        unparsed=lost,
        issn=issn,
        extra=extra_variables(fields) + identifiers + (version_extra(flat) if versioned else ()),
        raw=text,
    )
