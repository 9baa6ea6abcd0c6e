"""``citekit edition PATH --lang L``: the notes' apparatus for another language's edition.

Access-date labels, ibid words and (with ``--date-format``) access dates are written the way the
target edition writes them; ``--romanize ala-lc`` adds romanized Russian and Kazakh titles with
the original in brackets. Titles and names are never translated. Writes PATH's sibling
``NAME.L.EXT`` (or ``-o``), or PATH itself with ``--in-place``, atomically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from citekit.checks.config import Settings, find_config, load_config
from citekit.checks.fixes import plan_edits, write_atomically
from citekit.documents import read_bytes, read_file
from citekit.editions import edition_edits
from citekit.errors import UsageError
from citekit.languages import available_languages, language
from citekit.romanize import SCHEMES


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "edition",
        help="re-render notes for another language edition",
        description="Rewrite access-date labels, ibid words and date formats for the target "
        "edition's language; titles and names are kept as written.",
    )
    parser.add_argument("path", metavar="PATH", help="the article")
    parser.add_argument("--lang", required=True, help="target edition: en, tr, ru, kk, tk, …")
    parser.add_argument("--date-format", help="CLDR pattern for access dates, e.g. 'd MMMM y'")
    parser.add_argument("--romanize", choices=SCHEMES, help="romanize Cyrillic titles")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", help="where to write (default NAME.LANG.EXT)")
    where.add_argument("--in-place", action="store_true", help="rewrite PATH itself")
    parser.add_argument("--force", action="store_true", help="overwrite read-only files too")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the edition."""
    if args.lang not in available_languages():
        known = ", ".join(available_languages())
        raise UsageError(f"no language data for {args.lang!r} (languages: {known})")
    source = Path(args.path)
    data = read_file(source)
    document = read_bytes(data, path=args.path)
    config_path = find_config(Path.cwd())
    settings = load_config(config_path) if config_path else Settings()
    target = language(args.lang)
    edits = edition_edits(
        document,
        target,
        label=settings.check.labels.get(args.lang),
        date_format=args.date_format,
        romanize_scheme=args.romanize,
    )
    plan = plan_edits(data, document, edits)
    for edit, why in plan.skipped:
        print(f"{args.path} note {edit.note}: not changed: {why}", file=sys.stderr)
    out = source if args.in_place else Path(args.output or _sibling(source, args.lang))
    if args.in_place and not plan.changed:
        print(f"{args.path}: already the {target.name} edition", file=sys.stderr)
        return 0
    original = data if args.in_place else None  # refused if PATH changed since it was read
    write_atomically(out, plan.fixed, original=original, force=args.force)
    print(f"{out}: {len(plan.applied)} change(s) for the {target.name} edition", file=sys.stderr)
    return 0


def _sibling(path: Path, lang: str) -> Path:
    return path.with_name(f"{path.stem}.{lang}{path.suffix}")
