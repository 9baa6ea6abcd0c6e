"""``citekit check PATH...``: what is wrong with a document's notes, where, and how to fix it.

Exit 0 when no finding is an error, 1 when one is, 2 when a document cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rich.console import Console

from citekit.checks import RULES, CheckConfig, check
from citekit.documents import read_document
from citekit.errors import UsageError
from citekit.model import Finding, Severity

_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="check documents' notes before publishing",
        description="Read documents and report problems in their notes. Exit 0: no errors; "
        "1: error-level findings; 2: could not run.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="documents to check")
    parser.add_argument(
        "--format",
        dest="output",
        choices=("text", "json"),
        default="text",
        help="output format (default: text)",
    )
    parser.add_argument("--lang", help="edition language (default: detected from the text)")
    parser.add_argument(
        "--ignore", action="append", default=[], metavar="RULE", help="turn a rule off"
    )
    parser.set_defaults(run=run)


def finding_to_json(finding: Finding) -> dict[str, Any]:
    """The JSON shape of a finding (docs/reference/json.md)."""
    loc = finding.location
    return {
        "rule": finding.rule,
        "severity": str(finding.severity),
        "message": finding.message,
        "path": loc.path,
        "note": loc.note,
        "line": loc.line,
        "paragraph": loc.paragraph,
        "hint": finding.hint,
    }


def run(args: argparse.Namespace) -> int:
    """Check the documents and print the findings."""
    unknown = [r for r in args.ignore if r not in RULES]
    if unknown:
        raise UsageError(f"unknown rule {unknown[0]!r} (rules: {', '.join(sorted(RULES))})")
    config = CheckConfig(disabled=frozenset(args.ignore), edition_language=args.lang)
    results = [(p, check(read_document(p), config=config)) for p in args.paths]
    errors = any(f.severity is Severity.ERROR for _p, fs in results for f in fs)
    if args.output == "json":
        json.dump(
            [finding_to_json(f) for _p, fs in results for f in fs],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return 1 if errors else 0
    console = Console(highlight=False)
    total = 0
    for path, findings in results:
        for f in findings:
            total += 1
            where = str(f.location)
            console.print(
                f"{where}: [{_STYLES[f.severity]}]{f.severity}[/] {f.message} [dim]({f.rule})[/]",
                soft_wrap=True,
            )
            if f.hint:
                console.print(f"    hint: {f.hint}", style="dim", soft_wrap=True)
        if not findings:
            console.print(f"{path}: no problems found")
    if total:
        n_err = sum(f.severity is Severity.ERROR for _p, fs in results for f in fs)
        console.print(f"{total} finding(s), {n_err} error(s)")
    return 1 if errors else 0
