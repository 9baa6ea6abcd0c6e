"""``citekit edition PATH --lang L``: the notes' apparatus for another language's edition.

Access-date labels, ibid words and (with ``--date-format``) access dates are written the way the
target edition writes them, an access date in another language's words in the edition's words;
``--romanize ala-lc`` adds romanized Russian and Kazakh titles with the original in brackets.
Titles and names are never translated. Writes PATH's sibling ``NAME.L.EXT`` (or ``-o``; ``-``
reads standard input and writes standard output), or PATH itself with ``--in-place``,
atomically. ``--lang`` names the edition to write, so its words are written whatever the
article's own language (an article whose body is too short to tell it is no exception);
``--source-lang`` is accepted and checked, and changes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from citekit.checks.config import check_date_pattern
from citekit.checks.fixes import plan_edits, write_atomically
from citekit.cli._options import language_code
from citekit.cli._paths import config_settings, refuse_reading_into, write_output
from citekit.cli.check import known_language
from citekit.documents import read_input
from citekit.editions import edition_edits
from citekit.errors import DocumentError, UsageError
from citekit.languages import available_languages, format_day, language
from citekit.model import Document, NoteKind
from citekit.pipeline import read_bytes
from citekit.romanize import SCHEMES


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "edition",
        help="re-render notes for another language edition",
        description="Rewrite access-date labels, ibid words and date formats for the target "
        "edition's language; titles and names are kept as written.",
    )
    parser.add_argument("path", metavar="PATH", help="the article (- for standard input)")
    parser.add_argument(
        "--lang", required=True, type=language_code, help="target edition: en, tr, ru, kk, tk, …"
    )
    parser.add_argument(
        "--source-lang",
        type=language_code,
        help="the article's own edition language (checked; the edition's words are written "
        "whatever it is)",
    )
    parser.add_argument("--date-format", help="CLDR pattern for access dates, e.g. 'd MMMM y'")
    parser.add_argument("--romanize", choices=SCHEMES, help="romanize Cyrillic titles")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "-o", "--output", help="where to write (default NAME.LANG.EXT; - for standard output)"
    )
    where.add_argument("--in-place", action="store_true", help="rewrite PATH itself")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace an existing NAME.LANG.EXT, and overwrite read-only files too",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the edition."""
    if args.lang not in available_languages():
        known = ", ".join(available_languages())
        raise UsageError(f"no language data for {args.lang!r} (languages: {known})")
    if args.path == "-" and args.in_place:
        raise UsageError("--in-place needs a file, not standard input")
    try:  # `-o art.md` would replace the article without --in-place's guard
        refuse_reading_into(args.output, [args.path])
    except UsageError as exc:
        raise UsageError(f"{exc}; --in-place rewrites it") from None
    name, data = read_input(args.path)
    document = read_bytes(data, path=name)
    settings = config_settings()
    if args.source_lang is not None:
        known_language(args.source_lang, settings, "--source-lang")
    target = language(args.lang)
    if args.date_format is not None:  # as the config's date-format: "%d.%m.%Y" was an internal
        check_date_pattern(args.date_format, "--date-format")  # error, "G" wrote the era
    if args.date_format and format_day(dt.date(2021, 10, 25), args.date_format, target) is None:
        raise UsageError(f"cannot write {target.english_name} dates as {args.date_format!r}")
    label = settings.check.labels.get(args.lang)
    edits = edition_edits(
        document,
        target,
        label=label,
        date_format=args.date_format,
        romanize_scheme=args.romanize,
    )
    plan = plan_edits(data, document, edits)
    _orphan_ibids(document)
    for edit, why in plan.skipped:
        where = document.note_location(edit.note, edit.section)  # "note 2 in list 2"
        print(f"{where}: not changed: {why}: {edit.old!r} → {edit.new!r}", file=sys.stderr)
    if plan.skipped and not plan.applied:
        # Writing an unchanged copy under the edition's name would pass it off as the edition.
        word_processor = document.format in ("docx", "odt")  # Word's and Writer's files
        what = (
            f"{document.format.upper()} files are not rewritten"
            if word_processor
            else "no change applied"
        )
        raise DocumentError(
            name,
            f"{what}: the {len(plan.skipped)} change(s) listed above were not made, "
            "so no edition was written",
        )
    if args.in_place and not plan.changed:
        print(f"{name}: already the {target.english_name} edition", file=sys.stderr)
        return 0
    done = f"{len(plan.applied)} change(s) for the {target.english_name} edition"
    if args.path == "-" or args.output == "-":
        write_output(args.output or "-", plan.fixed, force=args.force)
        print(f"{name}: {done}", file=sys.stderr)
        return 0
    source = Path(args.path)
    out = source if args.in_place else Path(args.output or _sibling(source, args.lang))
    if not (args.in_place or args.output or args.force) and out.exists():
        if out.read_bytes() == plan.fixed:
            print(f"{out}: already written, unchanged", file=sys.stderr)
            return 0
        # NAME.LANG.EXT may be the edition a translator wrote: never replaced unasked
        raise DocumentError(
            str(out), "exists and differs from this edition; give -o FILE, or --force to replace it"
        )
    original = data if args.in_place else None  # refused if PATH changed since it was read
    write_atomically(out, plan.fixed, original=original, force=args.force)
    print(f"{out}: {done}", file=sys.stderr)
    return 0


def _sibling(path: Path, lang: str) -> Path:
    return path.with_name(f"{path.stem}.{lang}{path.suffix}")


def _orphan_ibids(document: Document) -> None:
    """Name on stderr each ibid with no earlier note of its list (a WordPress post is an
    article of its own) to repeat: its word is rewritten, but what it cites is the user's to say."""
    for note in document.notes:
        if note.kind is NoteKind.IBID and note.refers_to is None:
            print(
                f"{note.location}: ibid with no earlier note to repeat: cite the source in full",
                file=sys.stderr,
            )
