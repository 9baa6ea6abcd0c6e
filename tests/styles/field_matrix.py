"""Every field a record carries, once, in each entry: the matrix behind `test_fields_once.py`
and `benchmarks/style_fields.py`.

For each item type the parser infers, a record with every field records of that type carry is
built in Russian, Turkish and English, rendered in GOST R 7.0.5-2008, Chicago (notes and
bibliography, 18th ed.) and İSNAD (2nd ed., footnotes), and each field's value is looked for
in the entry: missing (a loss) or printed twice (a double). A field a standard leaves out of
an entry is listed in `DELIBERATE` with the standard's rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from citekit.model import Citation, Name, PartialDate
from citekit.styles import format_bibliography, format_notes

STYLES = ("gost-r-7-0-5-2008", "chicago-notes-bibliography", "isnad-dipnotlu")
LANGS = ("ru", "tr", "en")
FORMS = ("bibliography", "note")

# The values of one language's record: (field, text, probe looked for in the entry).
_VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "ru": {
        "author": ("Иванов|Олег Андреевич", "Иванов"),
        "editor": ("Петров|Глеб Ильич", "Петров"),
        "translator": ("Сидоров|Лев Маркович", "Сидоров"),
        "title": ("Энергетическая безопасность регионов", "Энергетическая"),
        "container": ("Вестник экономики", "Вестник"),
        "collection": ("Мировая политика", "Мировая"),
        "publisher": ("Наука", "Наука"),
        "place": ("Казань", "Казань"),
        "genre": ("аналитический доклад", "аналитический"),
        "archive": ("ГАРФ", "ГАРФ"),
        "archive_location": ("Ф. 5446. Оп. 1. Д. 32", "5446"),
    },
    "tr": {
        "author": ("Yılmaz|Ahmet", "Yılmaz"),
        "editor": ("Kaya|Mehmet", "Kaya"),
        "translator": ("Demir|Ali", "Demir"),
        "title": ("Bölgesel enerji güvenliği", "enerji"),
        "container": ("İktisat Dergisi", "İktisat"),
        "collection": ("Dış Politika Dizisi", "Dizisi"),
        "publisher": ("Kitabevi", "Kitabevi"),
        "place": ("Ankara", "Ankara"),
        "genre": ("Analiz Raporu", "Analiz"),
        "archive": ("BOA", "BOA"),
        "archive_location": ("DH.MKT 5446/32", "5446"),
    },
    "en": {
        "author": ("Smith|Olivia", "Smith"),
        "editor": ("Brown|Henry", "Brown"),
        "translator": ("Green|Laura", "Green"),
        "title": ("Regional Energy Security", "Energy"),
        "container": ("Journal of Economics", "Journal"),
        "collection": ("Policy Studies", "Policy"),
        "publisher": ("Penguin", "Penguin"),
        "place": ("Boston", "Boston"),
        "genre": ("Working Paper", "Working"),
        "archive": ("National Archives", "National"),
        "archive_location": ("FO 371/5446", "5446"),
    },
}
_COMMON: dict[str, tuple[str, str]] = {
    "issued": ("2015-06-10", r"2015"),
    "accessed": ("2021-03-04", r"2021"),
    "volume": ("17", r"(?<!\d)17(?!\d)"),
    "issue": ("59", r"(?<!\d)59(?!\d)"),
    "number": ("131", r"(?<!\d)131(?!\d)"),
    "edition": ("6", r"(?<![\d.])6(?!\d)"),
    "pages": ("123-145", r"(?<!\d)123(?!\d)"),
    "extent": ("412", r"(?<!\d)412(?!\d)"),
    "isbn": ("978-5-02-037418-9", re.escape("978-5-02-037418-9")),
    "doi": ("10.1234/cit.kx", re.escape("10.1234/cit.kx")),
    "url": ("https://example.org/doc/kx", re.escape("example.org/doc/kx")),
}

_BOOKISH = ("author", "editor", "translator", "title", "publisher", "place", "issued")
_ONLINE = ("url", "accessed")
# The fields records of each type carry (what the parser fills for such a note).
TYPES: dict[str, tuple[str, ...]] = {
    "book": (*_BOOKISH, "collection", "volume", "edition", "extent", "isbn", "doi", *_ONLINE),
    "chapter": (
        *_BOOKISH,
        "container",
        "collection",
        "volume",
        "edition",
        "pages",
        "isbn",
        *_ONLINE,
    ),
    "article-journal": (
        "author",
        "translator",
        "title",
        "container",
        "issued",
        "volume",
        "issue",
        "pages",
        "doi",
        *_ONLINE,
    ),
    "article-newspaper": (
        "author",
        "title",
        "container",
        "place",
        "issued",
        "issue",
        "pages",
        *_ONLINE,
    ),
    "article-magazine": (
        "author",
        "title",
        "container",
        "issued",
        "volume",
        "issue",
        "pages",
        *_ONLINE,
    ),
    "paper-conference": (
        "author",
        "editor",
        "title",
        "container",
        "publisher",
        "place",
        "issued",
        "pages",
        "isbn",
        "doi",
        *_ONLINE,
    ),
    "thesis": ("author", "title", "genre", "publisher", "place", "issued", "extent", *_ONLINE),
    "report": (
        "author",
        "title",
        "genre",
        "issue",
        "collection",
        "publisher",
        "place",
        "issued",
        "extent",
        "doi",
        *_ONLINE,
    ),
    "legislation": ("title", "number", "container", "issued", "pages", *_ONLINE),
    "legal_case": ("title", "number", "publisher", "container", "issued", *_ONLINE),
    "entry-encyclopedia": (
        "author",
        "editor",
        "title",
        "container",
        "publisher",
        "place",
        "issued",
        "volume",
        "pages",
        *_ONLINE,
    ),
    "webpage": ("author", "title", "container", "issued", *_ONLINE),
    "post": ("author", "title", "container", "issued", *_ONLINE),
    "motion_picture": ("author", "title", "publisher", "issued", *_ONLINE),
    "broadcast": ("title", "container", "publisher", "issued", *_ONLINE),
    "interview": ("author", "title", "container", "issued", *_ONLINE),
    "manuscript": ("author", "title", "genre", "archive", "archive_location", "issued"),
    "dataset": ("author", "title", "publisher", "issued", "doi", *_ONLINE),
    "standard": ("title", "number", "publisher", "place", "issued", "extent", *_ONLINE),
    "patent": ("author", "title", "number", "issued", *_ONLINE),
}

_NAME_FIELDS = {"author": "authors", "editor": "editors", "translator": "translators"}
_PLAIN = {
    "title": "title",
    "container": "container",
    "collection": "collection_title",
    "publisher": "publisher",
    "place": "publisher_place",
    "genre": "genre",
    "archive": "archive",
    "archive_location": "archive_location",
    "volume": "volume",
    "issue": "issue",
    "number": "number",
    "edition": "edition",
    "pages": "page",
    "extent": "number_of_pages",
    "isbn": "isbn",
    "doi": "doi",
    "url": "url",
}


def record(kind: str, lang: str) -> Citation:
    """The full record of type `kind` in language `lang`."""
    values: dict[str, object] = {"type": kind, "language": lang}
    for field in TYPES[kind]:
        text = _VALUES[lang][field][0] if field in _VALUES[lang] else _COMMON[field][0]
        if field in _NAME_FIELDS:
            family, given = text.split("|")
            values[_NAME_FIELDS[field]] = (Name(family=family, given=given),)
        elif field in ("issued", "accessed"):
            values[field] = PartialDate.from_iso(text)
        else:
            values[_PLAIN[field]] = text
    return Citation(**values)  # type: ignore[arg-type]


def probe(field: str, lang: str) -> re.Pattern[str]:
    if field in _VALUES[lang]:
        return re.compile(rf"(?<!\w){re.escape(_VALUES[lang][field][1])}", re.IGNORECASE)
    return re.compile(_COMMON[field][1])


def entry(kind: str, lang: str, style: str, form: str) -> str:
    item = record(kind, lang)
    if form == "bibliography":
        entries = format_bibliography([item], style=style)
    else:
        entries = format_notes([[item]], style=style)
    return entries[0] if entries else ""


@dataclass(frozen=True)
class Finding:
    style: str
    form: str
    kind: str
    lang: str
    field: str
    count: int  # 0: lost; 2 or more: printed twice
    entry: str


# Fields a standard leaves out of an entry: (style, form or "*", type or "*", field) -> rule.
_CHI = "chicago-notes-bibliography"
_GOST = "gost-r-7-0-5-2008"
_ISNAD = "isnad-dipnotlu"
DELIBERATE: dict[tuple[str, str, str, str], str] = {
    (_GOST, "note", "*", "*"): "GOST R 7.0.5 §7.3 (in-text reference): [author, year] alone",
    (_CHI, "*", "*", "isbn"): "Chicago 14.4: ISBNs are not included in citations",
    (_CHI, "*", "*", "place"): "Chicago 18th 14.30: the place of publication may be omitted "
    "(the bundled style omits it throughout)",
    (_CHI, "*", "*", "extent"): "Chicago 14: the number of pages is not cited",
    (_ISNAD, "*", "*", "isbn"): "İSNAD 2nd ed.: no ISBN in notes or bibliography",
    (_GOST, "bibliography", "*", "isbn"): "GOST R 7.0.5 §4.3: the standard number is an "
    "optional element (left out of references)",
    (_GOST, "bibliography", "article-newspaper", "place"): "GOST R 7.0.5 §6: a newspaper "
    "is named without its place",
}
_DOI_TYPES = ("book", "article-journal", "paper-conference", "report", "dataset")
_PARTS = ("chapter", "paper-conference", "entry-encyclopedia")
DELIBERATE.update(
    {
        (_CHI, "*", "*", "accessed"): "Chicago 18th 14.12: an access date only for a source "
        "with no date of publication",
        (_CHI, "bibliography", "post", "*"): "Chicago 18th 14.106: social media posts are "
        "cited in notes, not the bibliography",
        (_CHI, "*", "article-magazine", "volume"): "Chicago 18th 14.88: a magazine is cited "
        "by date, not volume and issue",
        (_CHI, "*", "article-magazine", "issue"): "Chicago 18th 14.88 (as volume)",
        (_CHI, "*", "article-magazine", "pages"): "Chicago 18th 14.88: page numbers may be "
        "omitted (a note's page is its locator)",
        (_CHI, "*", "article-newspaper", "issue"): "Chicago 18th 14.89: a newspaper by date",
        (_CHI, "*", "article-newspaper", "pages"): "Chicago 18th 14.89: page numbers are "
        "usually omitted",
        (_CHI, "*", "legal_case", "number"): "Chicago 18th 14.174 (Bluebook): a case by its "
        "reporter, volume and page; no docket number",
        (_CHI, "*", "legal_case", "publisher"): "Chicago 18th 14.174: the court is CSL "
        "`authority`, which records do not carry",
        (_ISNAD, "note", "*", "url"): "İSNAD 2: web address, DOI and access date in the "
        "bibliography, not the note",
        (_ISNAD, "note", "*", "doi"): "İSNAD 2 (as url)",
        (_ISNAD, "note", "*", "accessed"): "İSNAD 2 (as url)",
        (_ISNAD, "bibliography", "*", "accessed"): "İSNAD 2: an access date for web pages "
        "and laws read online; a dated publication by its date",
        (_ISNAD, "*", "*", "extent"): "İSNAD 2: the number of pages is not written",
        (_ISNAD, "*", "book", "collection"): "İSNAD 2 (bundled style): a book's series is "
        "not written",
        (_ISNAD, "*", "book", "volume"): "İSNAD 2: a volume with the cited page (`17/123`), "
        "a note's locator; the bibliography lists the work",
        (_ISNAD, "note", "chapter", "volume"): "İSNAD 2 (as a book's volume)",
        (_ISNAD, "note", "entry-encyclopedia", "volume"): "İSNAD 2 (as a book's volume)",
        (_ISNAD, "note", "entry-encyclopedia", "pages"): "İSNAD 2: an entry's page is the "
        "note's locator",
        (_ISNAD, "*", "article-newspaper", "place"): "İSNAD 2: a newspaper by name and date",
        (_ISNAD, "*", "legal_case", "publisher"): "İSNAD 2: a ruling by its court's name in "
        "the title; CSL `authority`, which records do not carry",
    }
)
for _kind in _DOI_TYPES:
    DELIBERATE[_CHI, "*", _kind, "url"] = "Chicago 18th 14.8: a DOI rather than a URL"
    DELIBERATE[_ISNAD, "bibliography", _kind, "url"] = "İSNAD 2: a DOI rather than a URL"
for _kind in _PARTS:
    DELIBERATE[_CHI, "*", _kind, "pages"] = "Chicago 18th 14.9: no page range for a part of "
    DELIBERATE[_CHI, "*", _kind, "pages"] += "a book (a note's page is its locator)"
_PRINT = "GOST R 7.0.5 §9: URL and access date describe a remote electronic resource; a source "
_PRINT += "with a print form is described in its print form (test_gost)"
for _kind in (
    "book",
    "chapter",
    "article-journal",
    "article-newspaper",
    "article-magazine",
    "paper-conference",
    "thesis",
    "report",
    "legislation",
    "legal_case",
    "entry-encyclopedia",
    "motion_picture",
    "broadcast",
    "interview",
    "standard",
    "patent",
):
    DELIBERATE[_GOST, "bibliography", _kind, "url"] = _PRINT
    DELIBERATE[_GOST, "bibliography", _kind, "accessed"] = _PRINT


def deliberate(style: str, form: str, kind: str, field: str) -> str | None:
    """The standard's rule that leaves `field` out of such an entry, if one does."""
    for key in (
        (style, form, kind, field),
        (style, "*", kind, field),
        (style, form, "*", field),
        (style, "*", "*", field),
        (style, form, "*", "*"),
        (style, form, kind, "*"),
    ):
        if key in DELIBERATE:
            return DELIBERATE[key]
    return None


def check(kind: str, lang: str, style: str, form: str) -> list[Finding]:
    """The losses and doubles of one entry (deliberate omissions left out)."""
    text = entry(kind, lang, style, form)
    found = []
    for field in TYPES[kind]:
        count = len(probe(field, lang).findall(text))
        if count == 1 or (count == 0 and deliberate(style, form, kind, field)):
            continue
        found.append(Finding(style, form, kind, lang, field, count, text))
    return found


def matrix() -> list[Finding]:
    return [
        f
        for style in STYLES
        for form in FORMS
        for kind in TYPES
        for lang in LANGS
        for f in check(kind, lang, style, form)
    ]


__all__ = [
    "DELIBERATE",
    "FORMS",
    "LANGS",
    "STYLES",
    "TYPES",
    "Finding",
    "check",
    "matrix",
    "record",
    "replace",
]
