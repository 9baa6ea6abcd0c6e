"""``citekit format ITEMS --style S``: a bibliography or notes in any CSL style.

ITEMS is CSL-JSON, BibTeX or RIS, or any document citekit reads (its notes' citations; in notes
mode, one formatted note per note, ibid tracked).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from citekit.interop import format_of, load_items
from citekit.model import Citation, NoteKind
from citekit.pipeline import read_document
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
    parser.add_argument("items", metavar="ITEMS", help="CSL-JSON, BibTeX, RIS or a document")
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
    for note in document.notes:
        if note.kind is NoteKind.CITATION and note.citations:
            notes.append(list(note.citations))
            locators.append(note.citations[0].page)
        elif note.refers_to is not None and by_number[note.refers_to].citations:
            notes.append([by_number[note.refers_to].citations[0]])
            locators.append(note.page)
    return notes, locators


def run(args: argparse.Namespace) -> int:
    """Print one formatted entry per line."""
    if args.mode == "notes" and format_of(args.items) is None:
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
    elif args.mode == "notes":
        items = load_items(args.items)
        lines = format_notes(
            [[item] for item in items],
            style=args.style,
            locale=args.locale,
            output=args.output,
            romanize=args.romanize,
            item_terms=args.item_terms,
        )
    else:
        lines = format_bibliography(
            load_items(args.items),
            style=args.style,
            locale=args.locale,
            output=args.output,
            romanize=args.romanize,
            item_terms=args.item_terms,
        )
    sys.stdout.writelines(line + "\n" for line in lines)
    return 0
