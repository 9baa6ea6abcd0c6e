"""``citekit fix PATH...``: apply the safe fixes ``citekit check`` found.

Normalises access-date labels and date formats to the house style, replaces ibid words with the
edition's, and with ``--archive`` adds archived-snapshot URLs after dead links. ``--diff`` shows
the change without writing (exit 1 when there is one). Files are written atomically; a file with
nothing to fix is not touched; ``-`` reads standard input and writes standard output. When the
body is too short to tell the edition's language, ibid words and labels are left as written.
What cannot be fixed safely is reported and left, and the exit code is then 1.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from citekit.checks import CheckConfig, check
from citekit.checks.config import Settings
from citekit.checks.fixes import plan_edits, write_atomically
from citekit.cli._diff import unified_diff
from citekit.cli._paths import Read, describe_edition, expand_each, write_output
from citekit.cli.check import add_common, check_links_of, included, prepare
from citekit.cli.recover import add_recover_options, recover_documents, recover_settings
from citekit.documents import read_input
from citekit.errors import CitekitError
from citekit.links.recover import LostSource, edits_for
from citekit.model import Document, Edit
from citekit.pipeline import read_bytes


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "fix",
        help="apply the safe fixes to documents' notes",
        description="Apply safe fixes: access-date labels and date formats in the house style, "
        "ibid words in the edition's language, archived copies of dead links (--archive), "
        "lost addresses found with confidence (--recover).",
        epilog="exit status: 0 when every fix was made or there was nothing to fix; 1 when "
        "--diff shows a change, a fix could not be made safely or a lost address found by "
        "--recover could not be written (each said on stderr); 2 when "
        "it could not run (an unreadable file, a bad config or argument).",
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
) -> tuple[list[Edit], bool]:
    """The edits that write the lost addresses found with confidence (and nothing else), and
    whether a lost address was left unwritten (each said on stderr)."""
    wanted = recover_settings(args, config)
    found = asyncio.run(recover_documents([document], wanted, dead=not args.missing_only))
    edits = edits_for(document, found, wanted)
    written = {(e.section, e.note) for e in edits}
    unwritten = False
    for item in found:
        if item.best(wanted) is None:
            why = item.problem or "no candidate is safe to write"
        elif (item.lost.section, item.lost.note) not in written:
            why = _no_place(item.lost)  # a safe address, no one place for it: said, not dropped
        else:
            continue
        where = document.note_location(item.lost.note, item.lost.section)
        print(f"{where}: not recovered: {why}", file=sys.stderr)
        unwritten = True
    return edits, unwritten


def _no_place(lost: LostSource) -> str:
    """Why a safe address was not written into its note (`links.recover.recovery_edit`)."""
    if lost.url is not None:
        return "the dead address does not stand once in the note's text"
    if lost.site:
        return f"the note does not name {lost.site!r} once, before a place for the address"
    return "the note names no site to write the address after"


def run(args: argparse.Namespace) -> int:
    """Fix each document, or show the diff; ``-`` reads standard input and writes the fixed
    text (or the diff) to standard output."""
    settings, config = prepare(args)
    changed = left = False
    read = Read()
    for path in expand_each(included(args.paths, settings), settings, read):
        try:
            made, unmade = _fix(path, args, settings, config)
        except CitekitError as exc:
            print(f"citekit: error: {exc}", file=sys.stderr)
            read.failed += 1
            continue
        changed, left = changed or made, left or unmade
    return max(1 if (changed and args.diff) or left else 0, read.status)


def _fix(
    path: str, args: argparse.Namespace, settings: Settings, config: CheckConfig
) -> tuple[bool, bool]:
    """Fix (or show) one document: whether it changed, and whether a fix was left unmade."""
    name, data = read_input(path)
    document = read_bytes(data, path=name)
    if config.edition_language is None and not document.language_certain:
        print(f"{name}: {describe_edition(document)}", file=sys.stderr)
    lost = False  # a lost address `--recover` could not write
    if args.recover:
        edits, lost = _recovered(args, settings, document, name)
    else:
        links = None
        if args.archive:
            links = check_links_of([document], args, settings, show=sys.stderr.isatty())
        findings = check(document, config=config, links=links)
        edits = [e for f in findings for e in f.fixes]
    plan = plan_edits(data, document, edits)
    for edit, why in plan.skipped:
        where = document.note_location(edit.note, edit.section)  # "note 2 in list 2"
        print(f"{where}: not fixed: {why}: {edit.old!r} → {edit.new!r}", file=sys.stderr)
    if args.diff:
        if plan.changed:
            before, after = plan.original.decode(plan.encoding), plan.fixed.decode(plan.encoding)
            terminal = sys.stdout.isatty()
            sys.stdout.writelines(unified_diff(before, after, name, terminal=terminal))
        return plan.changed, bool(plan.skipped) or lost
    if path == "-":
        write_output("-", plan.fixed)
    elif not plan.changed:
        left = len(plan.skipped)
        said = (
            f"nothing fixed: the {left} fix(es) above were not made" if left else "nothing to fix"
        )
        print(f"{name}: {said}", file=sys.stderr)
    else:
        write_atomically(Path(path), plan.fixed, original=data, force=args.force)
        print(f"{name}: {len(plan.applied)} fix(es) applied", file=sys.stderr)
    return plan.changed, bool(plan.skipped) or lost
