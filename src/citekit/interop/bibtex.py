"""BibTeX and BibLaTeX through bibtexparser v2.

Written for biber (UTF-8, ``date``/``urldate`` in ISO form, ``langid``) and readable by classic
BibTeX too (``year`` and ``month`` are written beside ``date``). Entry types follow the CSL type;
an entry keeps its key, and fields citekit has no place for travel in `Citation.extra`.

Reading splits the file with bibtexparser and does the rest here: ``@string`` macros, month
names and ``#`` concatenation are expanded with a size budget (a value may not grow past 100,000
characters, a file past 16 million), and LaTeX is decoded (pylatexenc) only in values that
contain LaTeX. A block bibtexparser cannot read is one clear error naming its line.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from babel import Locale, UnknownLocaleError
from bibtexparser.entrypoint import parse_string, write_string
from bibtexparser.library import Library
from bibtexparser.middlewares import default_unparse_stack
from bibtexparser.model import (
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    Entry,
    Field,
)

from citekit.interop._common import CiteKeys, Loss, format_name, parse_iso_date, parse_name
from citekit.interop.latex import latex_text
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
    "patent": "patent",
    "dataset": "dataset",
    "standard": "standard",
    "document": "misc",
}
# CSL types that share a BibLaTeX entry type, told apart by its entrysubtype
_SUBTYPES = {
    "article-newspaper": "newspaper",
    "article-magazine": "magazine",
    "post-weblog": "blog",
}
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
    "patent": "patent",
    "dataset": "dataset",
    "standard": "standard",
}
# where each entry type keeps its container
_CONTAINER = {"article": "journaltitle", "incollection": "booktitle", "inproceedings": "booktitle"}
_CONTAINER_READ = ("journaltitle", "journal", "booktitle", "organization", "howpublished")
# BibTeX counts every brace, escaped or not, to find where a value ends: a lone "\\}" ends it
# early, so braces in text are written as LaTeX's brace commands, and a backslash as one too
_SPECIAL = str.maketrans(
    {c: "\\" + c for c in "&%$#_"}
    | {"~": "\\textasciitilde{}", "^": "\\textasciicircum{}", "\\": "\\textbackslash{}"}
    | {"{": "\\textbraceleft{}", "}": "\\textbraceright{}"}
)


_KEY = re.compile(r"[A-Za-z0-9_:.+/-]{1,100}")  # keys BibTeX and biber both accept
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,40}")
MAX_VALUE = 100_000  # characters of one field after expansion
MAX_TOTAL = 16_000_000  # characters of every expanded value in a file
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS = {name[:3]: str(n) for n, name in enumerate(_MONTH_NAMES, 1)} | {
    name: str(n) for n, name in enumerate(_MONTH_NAMES, 1)
}
_READ = frozenset(
    [
        "section",
        "archive",
        "archive_location",
        "title",
        "author",
        "editor",
        "translator",
        "entrysubtype",
        "journaltitle",
        "journal",
        "booktitle",
        "organization",
        "howpublished",
        "publisher",
        "location",
        "address",
        "url",
        "doi",
        "urldate",
        "date",
        "year",
        "month",
        "pages",
        "volume",
        "number",
        "langid",
        "language",
        "edition",
        "isbn",
        "issn",
        "pagetotal",
        "series",
        "type",
        "note",
    ]
)
_VERBATIM = frozenset({"url", "doi", "pages", "isbn", "issn"})
_TEX_DASH = re.compile(r" ?-{2,3} ?")  # a range's "45--67" (TeX's en dash) is CSL's "45-67"


def _escape(value: str) -> str:
    """LaTeX for text, on one line: BibTeX reads a line break as a space, and a line that then
    starts with "@" ("@(", "@book{") is a new entry to bibtexparser and biber."""
    lines = value.splitlines()
    return (" ".join(lines) if len(lines) > 1 else value).translate(_SPECIAL)


def _names(names: Sequence[Name]) -> str:
    return " and ".join(
        "{" + _escape(n.literal) + "}" if n.literal is not None else _escape(format_name(n))
        for n in names
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
    keys = CiteKeys(allowed=_KEY)
    for citation in items:
        key = keys.make(citation)
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
            ("issn", "issn"),
            ("note", "note"),
            # no standard field: written under their CSL names, read back the same way
            ("section", "section"),
            ("archive", "archive"),
            ("archive_location", "archive_location"),
        ):
            value = getattr(citation, attr)
            if value:
                verbatim = name in ("url", "doi", "pages")
                fields.append((name, value if verbatim else _escape(value)))
        if citation.number:  # BibTeX's "number" is the issue
            losses.append(Loss(key, "number", "BibTeX has no field for a law's number"))
        if citation.issued:
            fields.append(("date", citation.issued.isoformat()))
            fields.append(("year", str(citation.issued.year)))
            if citation.issued.month:
                fields.append(("month", str(citation.issued.month)))
            if citation.issued.season is not None:
                losses.append(Loss(key, "issued", "BibTeX has no field for a date's season"))
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
        written = {name for name, _ in fields}
        for name, text in citation.extra:
            value = json.loads(text)
            if name == "citation-key" and value == key:
                continue  # the entry's key says it
            if _FIELD_NAME.fullmatch(name) and isinstance(value, str) and name not in written:
                fields.append((name, _escape(value)))
            else:
                losses.append(Loss(key, name, "BibTeX has no field for this value"))
        library.add(Entry(kind, key, [Field(k, v) for k, v in fields]))
    # the library is ours alone: written in place, without deep copies (or their warning)
    return write_string(
        library, unparse_stack=default_unparse_stack(allow_inplace_modification=True)
    ), keys.losses + losses


class _Budget:
    """Characters left for expanded values in this file."""

    def __init__(self) -> None:
        self.left = MAX_TOTAL

    def spend(self, text: str, where: str) -> str:
        if len(text) > MAX_VALUE:
            raise ValueError(f"{where} is longer than {MAX_VALUE:,} characters")
        self.left -= len(text)
        if self.left < 0:
            raise ValueError(f"{where}: the file expands to more than {MAX_TOTAL:,} characters")
        return text


def _pieces(raw: str, where: str) -> list[str]:
    """A value split at the ``#`` that join its parts (not inside braces or quotes)."""
    pieces, start, depth, quoted = [], 0, 0, False
    for index, char in enumerate(raw):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                raise ValueError(f"{where}: a closing brace without an opening one")
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            pieces.append(raw[start:index].strip())
            start = index + 1
    pieces.append(raw[start:].strip())
    return pieces


def _expand(raw: str, strings: dict[str, str], budget: _Budget, where: str) -> str:
    """A raw field value with macros, months and ``#`` concatenation expanded."""
    if len(raw) > MAX_VALUE:
        raise ValueError(f"{where} is longer than {MAX_VALUE:,} characters")
    out = []
    for piece in _pieces(raw, where):
        if len(piece) >= 2 and piece[0] + piece[-1] in ("{}", '""'):
            out.append(piece[1:-1])
        elif piece.isdigit():
            out.append(piece)
        elif piece.lower() in strings:
            out.append(strings[piece.lower()])
        elif piece.lower() in _MONTHS:
            out.append(_MONTHS[piece.lower()])
        elif piece:
            raise ValueError(f"{where}: {piece[:40]!r} is not a defined @string")
    return budget.spend("".join(out), where)


def _split_names(value: str) -> list[str]:
    """The names of a list, split at each " and " outside braces: "{Barnes and Noble}" is one
    name, as BibTeX reads it."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(value):
        char = value[i]
        if char == "\\":
            i += 2  # an escaped character ("\\{") does not open a group for this split
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
        elif depth == 0 and value.startswith(" and ", i):
            parts.append(value[start:i])
            start = i = i + len(" and ")
            continue
        i += 1
    parts.append(value[start:])
    return parts


def _read_names(value: str | None) -> tuple[Name, ...]:
    """Names from the field as written: "{Anadolu Ajansı}" (braced) is one literal name."""
    if not value:
        return ()
    names = []
    for part in (p.strip() for p in _split_names(value.replace("\n", " "))):
        if part.startswith("{") and part.endswith("}"):
            names.append(Name(literal=latex_text(part[1:-1])))
        elif part:
            names.append(parse_name(latex_text(part)))
    return tuple(names)


@contextmanager
def _quiet() -> Iterator[None]:
    """bibtexparser logs its own messages for broken blocks; citekit reports them itself."""
    logger = logging.getLogger("bibtexparser")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _failure(block: object) -> str:
    line = getattr(block, "start_line", None)
    at = f"line {line + 1}: " if isinstance(line, int) else ""
    if isinstance(block, DuplicateBlockKeyBlock):
        return f"{at}the key {block.key!r} is used twice"
    if isinstance(block, DuplicateFieldKeyBlock):
        return f"{at}an entry gives the same field twice"
    error = getattr(block, "error", None)
    reason = getattr(error, "abort_reason", None) or str(error or "cannot read this block")
    return f"{at}{' '.join(str(reason).split())}"


def loads_bibtex(text: str) -> list[Citation]:
    """Citations from BibTeX or BibLaTeX text; ValueError names the line or entry at fault."""
    with _quiet():
        library = parse_string(text, parse_stack=[])
    failed = list(library.failed_blocks)
    if failed:
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise ValueError(_failure(failed[0]) + more)
    if not library.entries:
        raise ValueError("no BibTeX entries (@article{key, …}) found")
    budget = _Budget()
    strings: dict[str, str] = {}
    for string in library.strings:
        where = f"@string {string.key!r}"
        strings[string.key.lower()] = _expand(str(string.value), strings, budget, where)
    raws: list[dict[str, str]] = []
    for entry in library.entries:
        raw: dict[str, str] = {}
        for field in entry.fields:
            name = field.key.lower()
            where = f"entry {entry.key!r} field {name!r}"
            raw[name] = _expand(str(field.value), strings, budget, where).strip()
        raws.append({k: v for k, v in raw.items() if v})
    by_key = {entry.key.lower(): raw for entry, raw in zip(library.entries, raws, strict=True)}
    return [
        _citation(entry, _inherited(entry, raw, by_key))
        for entry, raw in zip(library.entries, raws, strict=True)
    ]


_OWN = frozenset({"crossref", "xref", "ids", "entryset", "label", "shorthand", "sortkey"})
_IN_PARENT = frozenset({"inbook", "incollection", "inproceedings", "inreference", "suppbook"})


def _inherited(
    entry: Entry, raw: dict[str, str], by_key: dict[str, dict[str, str]]
) -> dict[str, str]:
    """The entry's fields and, under `crossref`, those it lacks from the entry it names (as
    BibTeX and biber fill them): a chapter's container is its book's title."""
    parent = by_key.get(raw.get("crossref", "").lower())
    if parent is None or parent is raw:
        return raw
    out = dict(raw)
    for name, value in parent.items():
        if name not in _OWN:
            out.setdefault(name, value)
    in_parent = entry.entry_type.lower() in _IN_PARENT and "title" in parent
    if in_parent and not any(name in raw for name in _CONTAINER_READ):
        out["booktitle"] = parent.get("booktitle", parent["title"])
    return out


def _citation(entry: Entry, raw: dict[str, str]) -> Citation:
    def text(*names: str) -> str | None:
        for name in names:
            if name in raw:
                return raw[name] if name in _VERBATIM else latex_text(raw[name])
        return None

    issued = parse_iso_date(raw.get("date", ""))
    if issued is None and (year := raw.get("year")):
        month = raw.get("month")
        issued = parse_iso_date(f"{year}-{month}" if month and month.isdigit() else year)
    langid = text("langid", "language")
    kind = _BACK.get(entry.entry_type.lower(), "document")
    subtype = raw.get("entrysubtype")
    kind = next((t for t, sub in _SUBTYPES.items() if sub == subtype), kind)
    extra = tuple(
        (name, json.dumps(latex_text(value), ensure_ascii=False))
        for name, value in sorted(raw.items())
        if name not in _READ
    )
    return Citation(
        type=kind,
        id=entry.key,
        title=text("title"),
        authors=_read_names(raw.get("author")),
        editors=_read_names(raw.get("editor")),
        translators=_read_names(raw.get("translator")),
        edition=text("edition"),
        isbn=text("isbn"),
        issn=text("issn"),
        note=text("note"),
        number_of_pages=text("pagetotal"),
        collection_title=text("series"),
        genre=text("type"),
        container=text(*_CONTAINER_READ),
        publisher=text("publisher"),
        publisher_place=text("location", "address"),
        url=text("url"),
        doi=text("doi"),
        accessed=parse_iso_date(raw.get("urldate", "")),
        issued=issued,
        page=_TEX_DASH.sub("-", page) if (page := text("pages")) else None,
        volume=text("volume"),
        issue=text("number"),
        section=text("section"),
        archive=text("archive"),
        archive_location=text("archive_location"),
        language=_code_of(langid) if langid else None,
        extra=extra,
    )
