"""``citekit fix PATH...``: apply the safe fixes ``citekit check`` found.

Normalises access-date labels and date formats to the house style, replaces ibid words with the
edition's, and with ``--archive`` adds archived-snapshot URLs after dead links. ``--diff`` shows
the change without writing (exit 1 when there is one). Files are written atomically; a file with
nothing to fix is not touched. What cannot be fixed safely is reported and left.
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import sys
from pathlib import Path
from typing import Any

from citekit.checks import check
from citekit.checks.config import Settings
from citekit.checks.fixes import plan_edits, write_atomically
from citekit.cli.check import add_common, check_links_of, prepare
from citekit.cli.recover import add_recover_options, recover_documents, recover_settings
from citekit.documents import read_bytes, read_file
from citekit.errors import UsageError
from citekit.links.recover import edits_for
from citekit.model import Document, Edit


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "fix",
        help="apply the safe fixes to documents' notes",
        description="Apply safe fixes: access-date labels and date formats in the house style, "
        "ibid words in the edition's language, archived copies of dead links (--archive), "
        "lost addresses found with confidence (--recover).",
    )
    add_common(parser)
    parser.add_argument(
        "--recover", action="store_true", help="write lost addresses that recover finds"
    )
    add_recover_options(parser)
    parser.add_argument("--diff", action="store_true", help="show the changes, write nothing")
    parser.add_argument("--force", action="store_true", help="rewrite read-only files too")
    parser.set_defaults(run=run)


def _recovered(
    args: argparse.Namespace, config: Settings, document: Document, path: str
) -> list[Edit]:
    """The edits that write the lost addresses found with confidence (and nothing else)."""
    wanted = recover_settings(args, config)
    found = asyncio.run(recover_documents([document], wanted, dead=not args.missing_only))
    for item in found:
        if item.best(wanted) is None:
            why = item.problem or "no candidate is safe to write"
            print(f"{path} note {item.lost.note}: not recovered: {why}", file=sys.stderr)
    return edits_for(document, found, wanted)


def run(args: argparse.Namespace) -> int:
    """Fix each document, or show the diff."""
    settings, config = prepare(args)
    changed = False
    for path in args.paths:
        if path == "-":
            raise UsageError("citekit fix rewrites files; it cannot read standard input")
        data = read_file(path)
        document = read_bytes(data, path=path)
        if args.recover:
            edits = _recovered(args, settings, document, path)
        else:
            links = None
            if args.archive:
                links = check_links_of([document], args, settings, show=sys.stderr.isatty())
            findings = check(document, config=config, links=links)
            edits = [e for f in findings for e in f.fixes]
        plan = plan_edits(data, document, edits)
        for edit, why in plan.skipped:
            print(f"{path} note {edit.note}: not fixed: {why}", file=sys.stderr)
        if not plan.changed:
            if not args.diff:
                print(f"{path}: nothing to fix", file=sys.stderr)
            continue
        changed = True
        if args.diff:
            before = plan.original.decode("utf-8").splitlines(keepends=True)
            after = plan.fixed.decode("utf-8").splitlines(keepends=True)
            sys.stdout.writelines(difflib.unified_diff(before, after, path, path))
            continue
        write_atomically(Path(path), plan.fixed, original=data, force=args.force)
        print(f"{path}: {len(plan.applied)} fix(es) applied", file=sys.stderr)
    return 1 if changed and args.diff else 0
