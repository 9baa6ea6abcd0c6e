"""``citekit convert IN OUT`` and ``citekit refs PATH... --to FORMAT``: references in and out.

Formats: CSL-JSON (``.json``), BibTeX/BibLaTeX (``.bib``), RIS (``.ris``); IN may also be any
document citekit reads (its notes' citations). What the target format cannot hold is reported on
standard error, one line per value, never dropped silently.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from citekit.checks.fixes import write_atomically
from citekit.cli._paths import (
    Read,
    config_settings,
    expand_each,
    reading_progress,
    refuse_reading_into,
)
from citekit.cli.format import _sniff, unnamed
from citekit.documents import read_input
from citekit.errors import CitekitError, DocumentError, UsageError
from citekit.interop import (
    FORMATS,
    Exported,
    dedupe,
    document_sources,
    dump_items,
    format_of,
    load_items,
    loads_items,
    reference_text,
)
from citekit.model import Citation
from citekit.pipeline import read_bytes


def add_parser(sub: Any) -> None:
    """Register `convert` and `refs`."""
    convert: argparse.ArgumentParser = sub.add_parser(
        "convert",
        help="convert references between CSL-JSON, BibTeX and RIS",
        description="Read references (CSL-JSON, BibTeX, RIS, or a document's notes) and write "
        "them in another format; the format is taken from the file names unless given.",
    )
    convert.add_argument("source", metavar="IN", help="input file")
    convert.add_argument("target", metavar="OUT", help="output file, or - for standard output")
    convert.add_argument("--from", dest="source_format", choices=FORMATS, help="input format")
    convert.add_argument("--to", dest="target_format", choices=FORMATS, help="output format")
    convert.add_argument("--force", action="store_true", help="overwrite a read-only OUT")
    convert.set_defaults(run=run_convert)
    refs: argparse.ArgumentParser = sub.add_parser(
        "refs",
        help="the sources documents cite, deduplicated, for Zotero",
        description="Extract the sources the documents' notes cite, once each (same URL, or "
        "same title and container), in CSL-JSON, BibTeX or RIS.",
    )
    refs.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="documents, folders (read recursively) or glob patterns; - for standard input",
    )
    refs.add_argument(
        "--to",
        dest="target_format",
        choices=FORMATS,
        help="output format (default: from -o's extension, else csl-json)",
    )
    refs.add_argument("-o", "--output", help="write here instead of standard output")
    refs.add_argument("--force", action="store_true", help="overwrite a read-only output")
    refs.set_defaults(run=run_refs)


def _emit(exported: Exported, target: str, *, force: bool = False) -> None:
    for loss in exported.losses:
        print(f"citekit: {loss.item}: {loss.field} not kept: {loss.reason}", file=sys.stderr)
    if target == "-":
        sys.stdout.write(exported.text)
    else:
        write_atomically(Path(target), exported.text.encode("utf-8"), force=force)
        print(f"citekit: wrote {target}", file=sys.stderr)


def run_convert(args: argparse.Namespace) -> int:
    """Convert one file."""
    target_format = args.target_format or (format_of(args.target) if args.target != "-" else None)
    if target_format is None:
        raise UsageError(f"cannot tell the format of {args.target!r}; give --to")
    refuse_reading_into(args.target, [args.source])
    items = _load(args.source, args.source_format)
    _emit(dump_items(items, target_format), args.target, force=args.force)
    return 0


def _load(source: str, source_format: str | None) -> list[Citation]:
    """The items of IN: a reference file (on standard input told by ``--from`` or by its first
    characters), or the citations of a document's notes, which must give at least one."""
    if source == "-" or (source_format is None and unnamed(source)):  # `<(…)`, no extension
        name, data = read_input(source)
        fmt = source_format or _sniff(data)
        if fmt is None:
            items = document_sources(read_bytes(data, path=name))
        else:
            try:
                return loads_items(reference_text(data, name), fmt)
            except (ValueError, KeyError, TypeError) as exc:  # JSON's errors too
                raise DocumentError(name, f"not valid {fmt}: {exc}") from exc
    else:
        name, fmt = source, source_format or format_of(source)
        items = load_items(source, source_format)
    if not items and fmt is None:
        raise DocumentError(
            name,
            "read as a document, and its notes cite nothing: nothing to convert "
            "(a CSL-JSON, BibTeX or RIS file needs its extension or --from)",
        )
    return items


def run_refs(args: argparse.Namespace) -> int:
    """Write the documents' sources once each. Folders are read recursively and patterns
    expanded; a document that cannot be read is reported and the others go on (exit 2)."""
    read = Read()
    items: list[Citation] = []
    found = expand_each(args.paths, config_settings(), read)
    refuse_reading_into(args.output, found)
    show = len(found) > 1 and sys.stderr.isatty()  # a folder of many documents takes a while
    with reading_progress(len(found) if show else 0) as (advance, say, _notes):
        for path in found:
            advance(path)
            try:
                items.extend(load_items(path))
            except CitekitError as exc:
                say(f"citekit: error: {exc}")
                read.failed += 1
    if not items and read.failed:
        return read.status
    if not items:  # an empty list, written without a word, looked like a list of sources
        read_ok = len(found) - read.failed
        print(
            f"citekit: warning: the {read_ok} document(s) read cite no source in their notes "
            "(no notes, or only ibid. and op. cit. notes): the list written is empty",
            file=sys.stderr,
        )
    # `-o sources.bib` writes BibTeX, as `convert` does: it was CSL-JSON in a .bib file
    target = args.target_format or (format_of(args.output) if args.output else None) or "csl-json"
    _emit(dump_items(dedupe(items), target), args.output or "-", force=args.force)
    return read.status
