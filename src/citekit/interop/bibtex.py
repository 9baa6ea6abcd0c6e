"""BibTeX and BibLaTeX through bibtexparser v2.

Written for biber (UTF-8, ``date``/``urldate`` in ISO form, ``langid``) and readable by classic
BibTeX too (``year`` and ``month`` are written beside ``date``). Entry types follow the CSL type.
"""

from __future__ import annotations

from collections.abc import Sequence

from babel import Locale, UnknownLocaleError
from bibtexparser.entrypoint import parse_string, write_string
from bibtexparser.library import Library
from bibtexparser.middlewares import LatexDecodingMiddleware
from bibtexparser.model import Entry, Field
from pylatexenc.latex2text import LatexNodes2Text

from citekit.interop._common import Loss, cite_key, format_name, parse_iso_date, parse_name
from citekit.languages import available_languages
from citekit.model import Citation, Name

__all__ = ["dumps_bibtex", "loads_bibtex"]

_TYPES = {
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "book": "book",
    "chapter": "incollection",
    "paper-conference": "inproceedings",
    "report": "report",
    "thesis": "thesis",
    "webpage": "online",
    "post-weblog": "online",
    "post": "online",
    "entry-encyclopedia": "inreference",
    "motion_picture": "movie",
    "legislation": "legislation",
    "manuscript": "unpublished",
    "document": "misc",
}
# CSL types that share a BibLaTeX entry type, told apart by its entrysubtype
_SUBTYPES = {"article-newspaper": "newspaper", "article-magazine": "magazine"}
_BACK = {
    "article": "article-journal",
    "book": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "inproceedings": "paper-conference",
    "report": "report",
    "techreport": "report",
    "thesis": "thesis",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "online": "webpage",
    "www": "webpage",
    "misc": "document",
    "inreference": "entry-encyclopedia",
    "movie": "motion_picture",
    "video": "motion_picture",
    "legislation": "legislation",
    "unpublished": "manuscript",
}
# where each entry type keeps its container
_CONTAINER = {"article": "journaltitle", "incollection": "booktitle", "inproceedings": "booktitle"}
_CONTAINER_READ = ("journaltitle", "journal", "booktitle", "organization", "howpublished")
_SPECIAL = str.maketrans(
    {c: "\\" + c for c in "&%$#_{}"} | {"~": "\\textasciitilde{}", "^": "\\textasciicircum{}"}
)
_LATEX = LatexNodes2Text()


def _escape(value: str) -> str:
    return value.translate(_SPECIAL)


def _names(names: Sequence[Name]) -> str:
    return " and ".join(
        "{" + n.literal + "}" if n.literal is not None else _escape(format_name(n)) for n in names
    )


def _babel_name(code: str) -> str | None:
    try:
        return Locale.parse(code).english_name.lower().split(" (")[0]  # type: ignore[union-attr]
    except (UnknownLocaleError, ValueError, AttributeError):
        return None


def _code_of(langid: str) -> str | None:
    wanted = langid.strip().lower()
    for code in available_languages():
        if _babel_name(code) == wanted or code == wanted:
            return code
    return None


def dumps_bibtex(items: Sequence[Citation]) -> tuple[str, list[Loss]]:
    """BibLaTeX text for the citations, and what it could not hold."""
    library = Library()
    losses: list[Loss] = []
    taken: set[str] = set()
    for citation in items:
        key = cite_key(citation, taken)
        kind = _TYPES.get(citation.type, "misc")
        fields: list[tuple[str, str]] = []
        if citation.title:
            fields.append(("title", _escape(citation.title)))
        if citation.authors:
            fields.append(("author", _names(citation.authors)))
        if citation.editors:
            fields.append(("editor", _names(citation.editors)))
        if citation.translators:
            fields.append(("translator", _names(citation.translators)))
        if citation.type in _SUBTYPES:
            fields.append(("entrysubtype", _SUBTYPES[citation.type]))
        if citation.container:
            fields.append((_CONTAINER.get(kind, "organization"), _escape(citation.container)))
        for attr, name in (
            ("publisher", "publisher"),
            ("publisher_place", "location"),
            ("volume", "volume"),
            ("issue", "number"),
            ("page", "pages"),
            ("doi", "doi"),
            ("url", "url"),
            ("edition", "edition"),
            ("isbn", "isbn"),
            ("number_of_pages", "pagetotal"),
            ("collection_title", "series"),
            ("genre", "type"),
        ):
            value = getattr(citation, attr)
            if value:
                verbatim = name in ("url", "doi", "pages")
                fields.append((name, value if verbatim else _escape(value)))
        if citation.issued:
            fields.append(("date", citation.issued.isoformat()))
            fields.append(("year", str(citation.issued.year)))
            if citation.issued.month:
                fields.append(("month", str(citation.issued.month)))
        if citation.accessed:
            fields.append(("urldate", citation.accessed.isoformat()))
        if citation.language:
            babel_name = _babel_name(citation.language)
            if babel_name:
                fields.append(("langid", babel_name))
            else:
                losses.append(
                    Loss(key, "language", f"no BibLaTeX langid for {citation.language!r}")
                )
        if citation.type not in _TYPES:
            losses.append(Loss(key, "type", f"CSL type {citation.type!r} is written as @misc"))
        library.add(Entry(kind, key, [Field(k, v) for k, v in fields]))
    return write_string(library), losses


def _field(entry: Entry, *names: str) -> str | None:
    for name in names:
        field = entry.fields_dict.get(name)
        if field is not None and str(field.value).strip():
            return str(field.value).strip()
    return None


def _read_names(value: str | None) -> tuple[Name, ...]:
    """Names from the field as written: "{Anadolu Ajansı}" (braced) is one literal name."""
    if not value:
        return ()
    names = []
    for part in (p.strip() for p in value.replace("\n", " ").split(" and ")):
        if part.startswith("{") and part.endswith("}"):
            names.append(Name(literal=_LATEX.latex_to_text(part[1:-1])))
        elif part:
            names.append(parse_name(_LATEX.latex_to_text(part)))
    return tuple(names)


def loads_bibtex(text: str) -> list[Citation]:
    """Citations from BibTeX or BibLaTeX text (LaTeX accents decoded)."""
    library = parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    # addresses are not LaTeX: "&", "%" and "~" in a URL must stay as written
    verbatim = parse_string(text).entries
    items = []
    for entry, raw in zip(library.entries, verbatim, strict=True):
        issued = parse_iso_date(_field(entry, "date") or "")
        if issued is None and (year := _field(entry, "year")):
            month = _field(entry, "month")
            issued = parse_iso_date(f"{year}-{month}" if month and month.isdigit() else year)
        langid = _field(entry, "langid", "language")
        kind = _BACK.get(entry.entry_type.lower(), "document")
        subtype = _field(entry, "entrysubtype")
        kind = next((t for t, sub in _SUBTYPES.items() if sub == subtype), kind)
        items.append(
            Citation(
                type=kind,
                title=_field(entry, "title"),
                authors=_read_names(_field(raw, "author")),
                editors=_read_names(_field(raw, "editor")),
                translators=_read_names(_field(raw, "translator")),
                edition=_field(entry, "edition"),
                isbn=_field(raw, "isbn"),
                number_of_pages=_field(entry, "pagetotal"),
                collection_title=_field(entry, "series"),
                genre=_field(entry, "type"),
                container=_field(entry, *_CONTAINER_READ),
                publisher=_field(entry, "publisher"),
                publisher_place=_field(entry, "location", "address"),
                url=_field(raw, "url"),
                doi=_field(raw, "doi"),
                accessed=parse_iso_date(_field(entry, "urldate") or ""),
                issued=issued,
                page=_field(raw, "pages"),
                volume=_field(entry, "volume"),
                issue=_field(entry, "number"),
                language=_code_of(langid) if langid else None,
            )
        )
    return items
