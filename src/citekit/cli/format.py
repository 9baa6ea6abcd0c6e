"""``citekit format ITEMS --style S``: a bibliography or notes in any CSL style.

ITEMS is CSL-JSON (kept whole: ids and every variable), BibTeX or RIS, or any document citekit
reads (its sources once each; in notes mode, one line per note, ibid tracked, a note with no
source kept as written); ``-`` reads standard input. Whatever the style leaves out is named on
stderr, so that no note or source goes missing unseen.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import attrs

from citekit.documents import EXTENSIONS, read_file, read_input
from citekit.errors import DocumentError
from citekit.interop import (
    dedupe,
    document_sources,
    format_of,
    loads_items,
    reference_text,
    source_index,
)
from citekit.interop.csljson import lone_surrogate
from citekit.model import Citation, Document, NoteKind
from citekit.pipeline import read_bytes, read_document
from citekit.romanize import SCHEMES
from citekit.styles import BUILTIN_STYLES, format_bibliography, format_notes, load_style
from citekit.styles.locale import fallback_locale, known_locale


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "format",
        help="format a bibliography or notes with a CSL style",
        description="Format references with a built-in CSL style or a .csl file. Built in: "
        + ", ".join(BUILTIN_STYLES),
    )
    parser.add_argument(
        "items", metavar="ITEMS", help="CSL-JSON, BibTeX, RIS or a document (- for stdin)"
    )
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=("csl-json", "bibtex", "ris"),
        help="ITEMS' format (default: from its extension, or on stdin from its first lines)",
    )
    parser.add_argument("--style", default="chicago-notes-bibliography", help="style name or .csl")
    parser.add_argument(
        "--locale",
        help="CSL locale (en-US, tr-TR, ru-RU, kk-KZ, tk-TM, …); a language with none (uz-UZ, "
        "az, ky-KG) falls back to en-US, and says so",
    )
    parser.add_argument(
        "--strict-locale",
        action="store_true",
        help="refuse a --locale citekit has no CSL locale for, rather than fall back to en-US",
    )
    parser.add_argument("--mode", choices=("bibliography", "notes"), default="bibliography")
    parser.add_argument("--to", dest="output", choices=("text", "html", "markdown"), default="text")
    parser.add_argument(
        "--romanize",
        choices=SCHEMES,
        help="Russian and Kazakh titles in Latin letters, the original in brackets",
    )
    parser.add_argument(
        "--item-terms",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="each source's terms in its own language (default: GOST styles only)",
    )
    parser.set_defaults(run=run)


def _fullest(items: list[Citation], sources: list[Citation], where: list[int]) -> list[Citation]:
    """Each source written as its fullest note writes it (the most fields), filled in from the
    others: a short form before the full note (`Kaya, Türk Tarihi`, then `Ahmet Kaya, Türk
    Tarihi, İstanbul …`) gives no name or field of its own to the source."""
    best: dict[int, Citation] = {}
    for item, k in zip(items, where, strict=True):
        if k not in best or _filled(item) > _filled(best[k]):
            best[k] = item
    out = []
    for k, source in enumerate(sources):
        first = best.get(k, source)
        # `dedupe` of the two fills the fullest note's gaps from the others (they are one source)
        out.append(dedupe([first, source])[0] if first is not source else source)
    return out


def _filled(item: Citation) -> int:
    """How many of a citation's fields are given, its names one each."""
    given = [getattr(item, f.name) for f in attrs.fields(Citation) if f.eq]
    return sum(len(v) if isinstance(v, tuple) else 1 for v in given if v)


def _document_notes(
    document: Document,
) -> list[tuple[list[Citation], str | list[str | None] | None] | str]:
    """Each note of the document: the sources to format with their pinpoints (one per source
    of a citation note), or (a comment, an ibid whose source is unknown) its own text, so that
    line N stays note N."""
    notes = document.notes
    antecedents = document.antecedents  # by place: chapters may number their notes again
    entries: list[tuple[list[Citation], str | list[str | None] | None] | str] = []
    page: dict[int, str | None] = {}  # the pinpoint each formatted note ends up with
    volume: dict[int, str | None] = {}  # … and the volume an ibid named (`Ibid., 38:166.`)
    # each source once: a later short form (`Kaya, Türk Tarihi, s. 50`) is formatted as the
    # source an earlier note cited in full, so the style writes its subsequent form
    items = document_sources(document)
    sources, where = source_index(items, unique=True)
    sources = _fullest(items, sources, where)
    places = iter(where)
    source: dict[int, Citation] = {}  # each citation note's first source
    for at, note in enumerate(notes):
        if note.kind is NoteKind.CITATION and note.citations:
            page[at] = note.citations[0].page  # what a bare ibid after it repeats
            cited = [sources[next(places)] for _ in note.citations]
            source[at] = cited[0]
            entries.append((cited, [c.page for c in note.citations]))
            continue
        # an ibid may repeat an ibid: follow the chain to the note that names the source
        seen = {at}
        target = antecedents[at]
        while target is not None and notes[target].kind is not NoteKind.CITATION:
            if antecedents[target] is None or antecedents[target] in seen:
                break
            seen.add(target)
            target = antecedents[target]
        if target is not None and notes[target].citations:
            # a bare "Ibid." / "Там же." means the same place as the note it repeats
            bare = note.page is None and note.kind is NoteKind.IBID
            before = antecedents[at]
            page[at] = page.get(before) if bare and before is not None else note.page
            # a volume named is kept by the ibids after it that name none (`Ibid.`, `Ibid., 170`)
            inherited = volume.get(before) if before is not None else None
            volume[at] = note.volume or inherited
            repeated = source.get(target, notes[target].citations[0])
            if volume[at] is not None and volume[at] != repeated.volume:
                repeated = attrs.evolve(repeated, volume=volume[at])  # `Там же. Т. 2. С. 305.`
            entries.append(([repeated], page[at]))
        else:
            entries.append(note.text)
    return entries


def _notes_lines(document: Document, args: argparse.Namespace) -> list[str]:
    """One line per note of the document; a note with no source to format is kept as written
    (and said so on stderr)."""
    entries = _document_notes(document)
    # a WordPress export's posts are articles of their own: each first cites a source in full
    posts = document.format == "wordpress"
    runs = [note.section if posts else 0 for note in document.notes]
    formatted: dict[int, str] = {}
    for run in dict.fromkeys(runs):
        at = [i for i, e in enumerate(entries) if runs[i] == run and not isinstance(e, str)]
        cited = [e for i in at if not isinstance(e := entries[i], str)]
        if cited:
            lines = format_notes(
                [c for c, _page in cited],
                style=args.style,
                locale=args.locale,
                output=args.output,
                locators=[page for _c, page in cited],
                romanize=args.romanize,
                item_terms=args.item_terms,
            )
            formatted.update(zip(at, lines, strict=True))
    kept = [n.number for n, e in zip(document.notes, entries, strict=True) if isinstance(e, str)]
    if kept:
        numbers = ", ".join(map(str, kept))
        print(
            f"citekit: {document.path}: note(s) {numbers} kept as written: no source to format",
            file=sys.stderr,
        )
    return [e if isinstance(e, str) else formatted[i] for i, e in enumerate(entries)]


def _read(source: str) -> tuple[bytes, str]:
    """The bytes of ITEMS (``-``: standard input) and the name to give in messages."""
    if source == "-":
        return read_input("-")[1], "<stdin>"
    return read_file(source), source


def unnamed(source: str) -> bool:
    """Whether ITEMS' name says no format (standard input, ``/dev/fd/63`` from ``<(…)``, a
    file without an extension): its first lines tell whether it is a reference file."""
    if source == "-":
        return True
    suffix = Path(source).suffix.lower()
    return format_of(source) is None and suffix not in EXTENSIONS


def _sniff(data: bytes) -> str | None:
    """The reference format of standard input, from its first lines (None: a document).

    Blank lines and BibTeX's ``%`` comments may come first (JabRef opens a file with
    ``% Encoding: UTF-8``), and header lines before RIS's first ``TY  -`` (``Provider: …``)."""
    head = data[:4096].removeprefix(b"\xef\xbb\xbf")
    if head.lstrip(b" \t\r\n").startswith((b"[", b"{")):
        return "csl-json"
    lines = [line.strip() for line in head.splitlines()]
    first = next((line for line in lines if line and not line.startswith(b"%")), b"")
    if first.startswith(b"@"):
        return "bibtex"
    for line in lines:
        if line.startswith(b"TY  -"):
            return "ris"
        if line and not _HEADER.fullmatch(line):
            break
    return None


_HEADER = re.compile(rb"[A-Za-z][A-Za-z-]{0,40}:[^\n]*")  # "Provider: Zotero", before RIS

_JSON_KINDS = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    list: "an array",
    type(None): "null",
}


def _csl_json(data: bytes, path: str) -> list[dict[str, Any]]:
    """CSL-JSON items as they are: every variable and the ids travel through whole."""
    text = reference_text(data, path)
    try:
        parsed = json.loads(text)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise DocumentError(path, f"not valid CSL-JSON: {exc}") from None
    items = [parsed] if isinstance(parsed, dict) else parsed
    if not isinstance(items, list):
        raise DocumentError(path, "CSL-JSON must be an array of items (or one item)")
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            kind = _JSON_KINDS.get(type(item), type(item).__name__)
            raise DocumentError(path, f"CSL-JSON item {n} is {kind}, not an object")
        if (variable := lone_surrogate(item)) is not None:
            raise DocumentError(
                path, f"CSL-JSON item {n}: {variable!r} holds a lone surrogate (\\ud800-\\udfff)"
            )
    return items


def _items(
    source: str, *, notes: bool = False, fmt: str | None = None
) -> list[Citation] | list[dict[str, Any]] | Document:
    """The references in ITEMS (in `fmt`, else told from the name or the first lines):
    CSL-JSON whole, BibTeX and RIS read, a document's sources once each (in notes mode, the
    document itself)."""
    data, path = _read(source)
    fmt = fmt or (_sniff(data) if unnamed(source) else format_of(source))
    if fmt == "csl-json":
        return _csl_json(data, path)
    if fmt is not None:
        try:
            return loads_items(reference_text(data, path), fmt)
        except (ValueError, KeyError, TypeError) as exc:
            raise DocumentError(path, f"not valid {fmt}: {exc}") from None
    document = read_bytes(data, path=path)
    if notes:
        return document
    sources = dedupe(document_sources(document))  # a source cited in several notes is one
    if not sources:
        raise DocumentError(path, _no_sources(len(document.notes)))
    return sources


def _no_sources(notes: int) -> str:
    """Why a document gives no reference list, in the words of the one who wrote it (it was
    told "a reference file needs its extension or --from", as if the article were not one)."""
    if not notes:  # an article without notes, or a reference file not known as one
        return "no notes and no references (a reference file needs its extension or --from)"
    return (
        f"none of its {notes:,} note(s) cites a source to list (only back-references such as "
        "ibid. or op. cit., or notes that are not citations)"
    )


def _say_in_text(args: argparse.Namespace) -> None:
    """Notes mode with an in-text style gives its in-text citations ("[Yılmaz, 2019, с. 45]"),
    not footnotes: say so, and name the note styles."""
    engine = load_style(args.style, locale=args.locale, item_terms=args.item_terms)
    if engine.root.get("class") != "in-text":
        return
    notes = ", ".join(
        name
        for name in BUILTIN_STYLES
        if load_style(name).root.get("class") == "note" and "17th" not in name
    )
    print(
        f"citekit: {args.style} is an in-text style: --mode notes gives its in-text citations, "
        f"not footnotes; the built-in note styles are {notes}",
        file=sys.stderr,
    )


def _fall_back(args: argparse.Namespace) -> None:
    """A --locale citekit ships no CSL locale for, of a language CLDR knows (Uzbek, Azerbaijani,
    Kyrgyz), is en-US, CSL's fallback for every term, said in one line on stderr (as citeproc-js
    does); --strict-locale, or a code that names no language, leaves it to be refused."""
    if not args.locale or args.strict_locale or known_locale(args.locale) is not None:
        return
    fallback = fallback_locale(args.locale)
    if fallback is None:
        return
    used, name = fallback
    print(
        f"citekit: no CSL locale for {args.locale} ({name}): using {used} "
        "(--strict-locale refuses instead)",
        file=sys.stderr,
    )
    args.locale = used


def run(args: argparse.Namespace) -> int:
    """Print one formatted entry per line."""
    where = "<stdin>" if args.items == "-" else args.items
    _fall_back(args)
    if args.mode == "notes":
        _say_in_text(args)
    given = args.source_format
    named = not unnamed(args.items) and format_of(args.items) is None  # a document's name
    if args.mode == "notes" and not given and named:
        lines = _notes_lines(read_document(args.items), args)
    else:
        items = _items(args.items, notes=args.mode == "notes", fmt=given)
        if isinstance(items, Document):  # a document on standard input, note by note
            lines = _notes_lines(items, args)
        else:
            if not items:
                told = given or format_of(args.items)
                hint = "" if told else " (a reference file needs its extension or --from)"
                raise DocumentError(where, f"no references{hint}")
            items = _describable(items, where)
            try:
                lines = _format(items, args)
            except ValueError as exc:  # an item the engine cannot write: which, and why
                raise DocumentError(where, str(exc)) from None
            if args.mode == "bibliography" and len(lines) < len(items):
                _say_unwritten(items, args)
    sys.stdout.writelines(line + "\n" for line in lines)
    return 0


# what names a work: a title or container, or an address or DOI that leads to it
_TITLES = (
    "title",
    "title-short",
    "container-title",
    "container-title-short",
    "collection-title",
    "URL",
    "DOI",
)


def _described(item: Citation | dict[str, Any]) -> bool:
    """Whether an item names its work: a title, a container, any name (an author, an
    editor, a translator, any CSL name variable), or an address or DOI that leads to it."""
    if isinstance(item, Citation):
        return bool(
            (item.title or "").strip()
            or (item.container or "").strip()
            or (item.collection_title or "").strip()
            or (item.url or "").strip()
            or (item.doi or "").strip()
            or item.authors
            or item.editors
            or item.translators
        )
    # a value of the wrong kind (a title that is an object, `"author": ["Smith"]`) is the
    # engine's to name, as an error
    if any(
        (v := item.get(k)) not in (None, "") and not (isinstance(v, str) and not v.strip())
        for k in _TITLES
    ):
        return True
    return any(isinstance(value, list) and value for value in item.values())  # names


def _describable(
    items: list[Citation] | list[dict[str, Any]], where: str
) -> list[Citation] | list[dict[str, Any]]:
    """The items that name their work (a title, an author, a container, an address or DOI):
    an item with none of them is said on stderr (which item) and left out, since a style
    writes it as "(N.d.)." or nothing; no item left is an error."""
    kept: list[Any] = []
    every: list[Citation | dict[str, Any]] = list(items)
    for n, item in enumerate(every, 1):
        if _described(item):
            kept.append(item)
            continue
        key = item.id if isinstance(item, Citation) else item.get("id")
        name = f"item {n}" + (f" ({key})" if isinstance(key, str | int) and key != "" else "")
        print(
            f"citekit: {where}: {name} not formatted: it has no title, no author, no "
            "container (journal, book or site) and no address or DOI",
            file=sys.stderr,
        )
    if not kept:
        raise DocumentError(
            where,
            f"none of its {len(items):,} item(s) names a title, an author, a container, "
            "an address or a DOI: nothing to format",
        )
    return kept


def _say_unwritten(items: list[Citation] | list[dict[str, Any]], args: argparse.Namespace) -> None:
    """Tell on stderr which sources the style writes no entry for (Chicago leaves out
    encyclopedia entries, for one), so that none goes missing unseen."""
    options = {"style": args.style, "locale": args.locale, "item_terms": args.item_terms}
    left = [item for item in items if not format_bibliography([item], **options)]
    if not left:
        return
    names = []
    for item in left[:5]:
        title = item.title if isinstance(item, Citation) else item.get("title")
        kind = item.type if isinstance(item, Citation) else item.get("type")
        names.append(f"“{title}” ({kind})" if title else f"an untitled {kind}")
    more = f" and {len(left) - 5} more" if len(left) > 5 else ""
    print(
        f"citekit: {args.style} writes no reference-list entry for {len(left)} source(s): "
        + ", ".join(names)
        + more,
        file=sys.stderr,
    )


def _format(items: list[Citation] | list[dict[str, Any]], args: argparse.Namespace) -> list[str]:
    """The items as notes (one each) or as a bibliography."""
    options: dict[str, Any] = {
        "style": args.style,
        "locale": args.locale,
        "output": args.output,
        "romanize": args.romanize,
        "item_terms": args.item_terms,
    }
    if args.mode == "notes":
        return format_notes([[item] for item in items], **options)
    return format_bibliography(items, **options)
