"""``citekit format ITEMS --style S``: a bibliography or notes in any CSL style.

ITEMS is CSL-JSON (kept whole: ids and every variable), BibTeX or RIS, or any document citekit
reads (its sources once each; in notes mode, one formatted note per note, ibid tracked); ``-``
reads standard input.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from citekit.documents import read_file
from citekit.errors import DocumentError
from citekit.interop import dedupe, document_sources, format_of, loads_items
from citekit.model import Citation, NoteKind
from citekit.pipeline import read_bytes, read_document
from citekit.romanize import SCHEMES
from citekit.styles import BUILTIN_STYLES, format_bibliography, format_notes


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
    parser.add_argument("--style", default="chicago-notes-bibliography", help="style name or .csl")
    parser.add_argument("--locale", help="CSL locale (en-US, tr-TR, ru-RU, kk-KZ, tk-TM, …)")
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


def _document_notes(path: str) -> tuple[list[list[Citation]], list[str | None]]:
    document = read_document(path)
    by_number = {note.number: note for note in document.notes}
    notes: list[list[Citation]] = []
    locators: list[str | None] = []
    page: dict[int, str | None] = {}  # the pinpoint each formatted note ends up with
    for note in document.notes:
        if note.kind is NoteKind.CITATION and note.citations:
            notes.append(list(note.citations))
            page[note.number] = note.citations[0].page
            locators.append(page[note.number])
            continue
        # an ibid may repeat an ibid: follow the chain to the note that names the source
        seen = {note.number}
        target = by_number.get(note.refers_to) if note.refers_to is not None else None
        while target is not None and target.kind is not NoteKind.CITATION:
            if target.refers_to is None or target.refers_to in seen:
                break
            seen.add(target.number)
            target = by_number.get(target.refers_to)
        if target is not None and target.citations:
            notes.append([target.citations[0]])
            # a bare "Ibid." / "Там же." means the same place as the note it repeats
            bare = note.page is None and note.kind is NoteKind.IBID
            page[note.number] = page.get(note.refers_to or 0) if bare else note.page
            locators.append(page[note.number])
    return notes, locators


def _read(source: str) -> tuple[bytes, str]:
    """The bytes of ITEMS (``-``: standard input) and the name to give in messages."""
    if source == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    return read_file(source), source


def _sniff(data: bytes) -> str | None:
    """The reference format of standard input, from its first characters (None: a document)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"[", b"{")):
        return "csl-json"
    if head.startswith(b"@"):
        return "bibtex"
    if head.startswith(b"TY  -"):
        return "ris"
    return None


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
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise DocumentError(path, f"not valid CSL-JSON: {exc}") from None
    items = [parsed] if isinstance(parsed, dict) else parsed
    if not isinstance(items, list):
        raise DocumentError(path, "CSL-JSON must be an array of items (or one item)")
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            kind = _JSON_KINDS.get(type(item), type(item).__name__)
            raise DocumentError(path, f"CSL-JSON item {n} is {kind}, not an object")
    return items


def _items(source: str) -> list[Citation] | list[dict[str, Any]]:
    """The references in ITEMS: CSL-JSON whole, BibTeX and RIS read, a document's sources
    once each."""
    data, path = _read(source)
    fmt = format_of(source) if source != "-" else _sniff(data)
    if fmt == "csl-json":
        return _csl_json(data, path)
    if fmt is not None:
        try:
            return loads_items(data.decode("utf-8-sig"), fmt)
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise DocumentError(path, f"not valid {fmt}: {exc}") from None
    document = read_bytes(data, path=path)
    return dedupe(document_sources(document))  # a source cited in several notes is one entry


def run(args: argparse.Namespace) -> int:
    """Print one formatted entry per line."""
    if args.mode == "notes" and args.items != "-" and format_of(args.items) is None:
        notes, locators = _document_notes(args.items)
        lines = format_notes(
            notes,
            style=args.style,
            locale=args.locale,
            output=args.output,
            locators=locators,
            romanize=args.romanize,
            item_terms=args.item_terms,
        )
    else:
        where = "<stdin>" if args.items == "-" else args.items
        items = _items(args.items)
        if not items:
            raise DocumentError(where, "no references")
        try:
            lines = _format(items, args)
        except ValueError as exc:  # an item the engine cannot write: which, and why
            raise DocumentError(where, str(exc)) from None
    sys.stdout.writelines(line + "\n" for line in lines)
    return 0


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
