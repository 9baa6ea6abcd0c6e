"""``citekit notes PATH...``: the notes of documents and the sources they cite."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from citekit.cli._paths import config_settings, read_all
from citekit.cli._terminal import Terminal, shown, text
from citekit.documents import FORMATS
from citekit.model import Citation, Document, Note, NoteKind
from citekit.reports.notes import document_to_json


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "notes",
        help="list a document's notes and parsed citations",
        description="Read documents (text, Markdown, HTML, DOCX, ODT, WordPress exports; '-' "
        "for standard input) and print their notes with the sources they cite.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="documents, folders or glob patterns; - for stdin"
    )
    parser.add_argument("--json", action="store_true", help="print the JSON contract")
    parser.add_argument("--format", choices=FORMATS, help="force the input format")
    parser.set_defaults(run=run)


def _number(note: Note) -> str:
    """The note's number, its custom mark (``*``), or ``(n)`` for an unnumbered list's entry."""
    if note.location.mark is not None:
        return note.location.mark
    return str(note.number) if note.numbered else f"({note.number})"


def _authors(citation: Citation) -> str:
    names = citation.authors or citation.editors
    if not names:
        return ""
    first = names[0].family or str(names[0])
    return first + (f" +{len(names) - 1}" if len(names) > 1 else "")


def _table(doc: Document, console: Console) -> None:
    kept_apart = f", {len(doc.bibliography)} in a reference list" if doc.bibliography else ""
    count = f"{len(doc.notes)} note{'' if len(doc.notes) == 1 else 's'}"
    title = f"{doc.path} ({doc.format}, {count}{kept_apart})"
    if not doc.notes:  # an empty table would fold the title into its three narrow columns
        console.print(
            f"{shown(title)}: no notes found", highlight=False, soft_wrap=True, markup=False
        )
        return
    columns = ("#", "kind", "author", "title", "container", "year", "URL", "accessed", "lang")
    rows: list[tuple[str, ...]] = []
    lists: list[int] = []  # each row's note list: a rule between lists that number again
    for note in doc.notes:
        lists.extend([note.section] * max(1, len(note.citations)))
        if not note.citations:
            ref = f"→ {note.refers_to}" if note.refers_to else ""
            rows.append((_number(note), str(note.kind), "", ref, *[""] * 5))
        for c in note.citations:
            # a citation note shows the item type the check rules go by (book, article-journal)
            kind = c.type if note.kind is NoteKind.CITATION else str(note.kind)
            if note.kind is not NoteKind.CITATION and note.refers_to:
                kind += f" → {note.refers_to}"
            rows.append(
                (
                    _number(note),
                    kind,
                    _authors(c),
                    c.title or "",
                    c.container or "",
                    str(c.issued.year) if c.issued else "",
                    c.url or ("(empty slot)" if c.url_slot_empty else ""),
                    c.accessed.isoformat() if c.accessed else "",
                    c.language or "",
                )
            )
    # a column no note fills is left out, so that the table fits a terminal
    kept = [i for i, name in enumerate(columns) if i in (0, 1, 3) or any(row[i] for row in rows)]
    table = Table(title=text(title), show_lines=False)
    for i in kept:
        table.add_column(columns[i], overflow="fold")
    for at, row in enumerate(rows):
        if at and lists[at] != lists[at - 1]:
            table.add_section()
        table.add_row(*(text(row[i]) for i in kept))
    console.print(table)
    if any(lists):
        console.print("a rule between rows: the next list of notes, numbered again from 1")
    if any(not n.numbered and n.location.mark is None for n in doc.notes):
        console.print("(n): an entry of an unnumbered list, numbered by its place")
    custom = (n.location.mark for n in doc.notes if n.location.mark and not n.numbered)
    if marks := list(dict.fromkeys(custom)):
        console.print(f"{', '.join(marks)}: a note shown by a custom mark, which takes no number")
    if doc.unmatched_markers:
        console.print(f"markers with no note: {list(doc.unmatched_markers)}")
    if doc.uncited_notes:
        console.print(f"notes no marker cites: {list(doc.uncited_notes)}")
    if doc.missing_numbers:
        console.print(f"numbers missing from the notes: {list(doc.missing_numbers)}")
    if doc.repeated_numbers:
        console.print(f"numbers used by more than one note: {list(doc.repeated_numbers)}")


def run(args: argparse.Namespace) -> int:
    """Print the notes."""
    read = read_all(args.paths, config_settings(), format=args.format)
    docs = read.documents
    if args.json:
        data: Any = [document_to_json(d) for d in docs]
        # one file named: its object; several paths, a folder or a pattern: an array, however
        # many documents were found or could be read
        one = len(args.paths) == 1 and (args.paths[0] == "-" or Path(args.paths[0]).is_file())
        if one and len(docs) == 1:
            data = data[0]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return read.status
    console = Terminal()
    for doc in docs:
        _table(doc, console)
    return read.status
