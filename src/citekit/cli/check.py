"""``citekit check PATH...``: what is wrong with a document's notes, where, and how to fix it.

Exit 0 when no finding reaches ``--fail-on`` (default: error), 1 when one does, 2 when a
document or the config cannot be read. Settings come from the flags, then ``citekit.toml`` or
``[tool.citekit]`` in ``pyproject.toml`` (found from the current folder upwards), then the
defaults; the config's ``exclude`` globs skip paths.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any

import attrs
from rich.console import Console

from citekit.checks import RULES, CheckConfig, check
from citekit.checks.config import Settings, find_config, load_config
from citekit.checks.fixes import write_atomically
from citekit.cli._options import language_code
from citekit.cli._paths import describe_edition, read_all, refuse_reading_into
from citekit.cli._terminal import Terminal, markup, shown
from citekit.cli.links import add_link_options, check_with_progress, link_settings
from citekit.errors import DocumentError, UsageError
from citekit.languages import available_languages
from citekit.links import LinkResult, collect_urls
from citekit.model import Document, Finding, Severity
from citekit.reports import findings_to_json, findings_to_sarif, github_annotations

__all__ = ["add_common", "add_parser", "included", "known_language", "prepare", "run"]

_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_RANK = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options `check` and `fix` share."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="documents, folders (read recursively) or glob patterns; - for standard input",
    )
    parser.add_argument(
        "--lang", type=language_code, help="edition language (default: detected from the text)"
    )
    parser.add_argument(
        "--ignore", action="append", default=[], metavar="RULE", help="turn a rule off"
    )
    parser.add_argument("--config", type=Path, help="config file (default: found upwards)")
    parser.add_argument("--article-date", type=_day, help="the article's date (YYYY-MM-DD)")
    add_link_options(parser)


def _day(text: str) -> dt.date:
    """An ISO day; argparse named the parsing function ("invalid fromisoformat value")."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        why = f" ({exc})" if "range" in str(exc) or "must be" in str(exc) else ""
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD{why}") from None


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="check documents' notes before publishing",
        description="Read documents and report problems in their notes. Exit 0: nothing at "
        "the --fail-on level; 1: findings at that level; 2: could not run.",
    )
    add_common(parser)
    parser.add_argument(
        "--format",
        dest="output",
        choices=("text", "json", "sarif", "github"),
        help="output format (default: from -o's extension, .json or .sarif, else text)",
    )
    parser.add_argument(
        "--fail-on",
        choices=tuple(s.value for s in Severity),
        default=Severity.ERROR.value,
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="text output: findings only, no hints or totals"
    )
    parser.add_argument(
        "-o", "--output-file", metavar="FILE", help="write the report to FILE (any --format)"
    )
    parser.add_argument("--no-links", action="store_true", help="do not check links")
    parser.set_defaults(run=run)


def prepare(args: argparse.Namespace) -> tuple[Settings, CheckConfig]:
    """The config file's settings and the check config the flags make of them."""
    path = args.config or find_config(Path.cwd())
    settings = load_config(path) if path else Settings()
    unknown = [r for r in args.ignore if r not in RULES]
    if unknown:
        raise UsageError(f"unknown rule {unknown[0]!r} (rules: {', '.join(sorted(RULES))})")
    if args.lang is not None:
        known_language(args.lang, settings, "--lang")
    config = attrs.evolve(
        settings.check,
        disabled=settings.check.disabled | frozenset(args.ignore),
        edition_language=args.lang or settings.check.edition_language,
        article_date=args.article_date or settings.check.article_date,
    )
    return settings, config


def known_language(code: str, settings: Settings, option: str) -> str:
    """The code, when citekit or the config's language files know it; else a usage error."""
    known = (*available_languages(), *(lang.code for lang in settings.check.languages))
    if code not in known:
        raise UsageError(f"{option}: unknown language {code!r} (known: {', '.join(known)})")
    return code


def included(paths: list[str], settings: Settings, *, quiet: bool = False) -> list[str]:
    """The paths the config's `exclude` globs leave (standard input, ``-``, is never excluded)."""
    kept = [p for p in paths if p == "-" or not settings.is_excluded(p)]
    for path in paths:
        if path not in kept and not quiet:
            print(f"{path}: excluded by {settings.source}", file=sys.stderr)
    return kept


def check_links_of(
    documents: list[Document], args: argparse.Namespace, settings: Settings, *, show: bool
) -> list[LinkResult]:
    """Check every URL the documents cite (an empty list when there is none)."""
    urls = collect_urls(documents)
    if not urls:
        return []
    link_config = link_settings(args, settings.link_settings)
    return asyncio.run(check_with_progress(urls, link_config, show=show))


def run(args: argparse.Namespace) -> int:
    """Check the documents and print the findings."""
    settings, config = prepare(args)
    if args.output is None:  # `-o report.sarif` alone wrote the text report into it
        suffix = Path(args.output_file or "").suffix.lower()
        args.output = {".json": "json", ".sarif": "sarif"}.get(suffix, "text")
    read = read_all(included(args.paths, settings, quiet=args.quiet), settings)
    documents = read.documents
    refuse_reading_into(args.output_file, [d.path for d in documents])
    links: list[LinkResult] | None = None
    if settings.links and not args.no_links:
        show = sys.stderr.isatty() and args.output == "text" and not args.quiet
        links = check_links_of(documents, args, settings, show=show)
    results = [(d.path, check(d, config=config, links=links)) for d in documents]
    findings = [f for _p, fs in results for f in fs]
    threshold = _RANK[Severity(args.fail_on)]
    failed = any(_RANK[f.severity] >= threshold for f in findings)
    to_file = bool(args.output_file) and args.output_file != "-"  # -o - is standard output
    out = io.StringIO() if to_file else sys.stdout
    if args.output == "json":
        report: dict[str, Any] = {
            "documents": [_document_json(d, config.edition_language) for d in documents],
            "findings": findings_to_json(findings),
        }
        if read.unread:  # a report file must say the run was not complete, not only stderr
            report["unread"] = [{"path": p, "message": why} for p, why in read.unread]
        print(json.dumps(report, ensure_ascii=False, indent=2), file=out)
    elif args.output == "sarif":
        sarif = findings_to_sarif(findings, unread=read.unread)
        print(json.dumps(sarif, ensure_ascii=False, indent=2), file=out)
    elif args.output == "github":
        for line in github_annotations(findings, unread=read.unread):
            print(line, file=out)
    else:
        _print_text(
            results,
            documents,
            config.edition_language,
            Terminal(file=out, highlight=False),
            quiet=args.quiet,
        )
    if to_file and isinstance(out, io.StringIO):  # stdout may be a StringIO too
        target, data = Path(args.output_file), out.getvalue().encode("utf-8")
        write_atomically(target, data) if target.exists() else _write_new(target, data)
    return max(1 if failed else 0, read.status)


def _write_new(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise DocumentError(str(path), f"cannot write: {exc.strerror or exc}") from exc


def _document_json(document: Document, override: str | None) -> dict[str, Any]:
    return {
        "path": document.path,
        "format": document.format,
        "notes": len(document.notes),
        "edition_language": override or document.language,
        "edition_language_source": "set" if override else "body",
        "edition_language_certain": bool(override) or document.language_certain,
    }


def _print_text(
    results: list[tuple[str, list[Finding]]],
    documents: list[Document],
    override: str | None,
    console: Console,
    *,
    quiet: bool,
) -> None:
    total = errors = 0
    for (path, findings), document in zip(results, documents, strict=True):
        if not quiet:
            line = shown(f"{path}: {describe_edition(document, override)}")
            console.print(line, markup=False, style="dim", soft_wrap=True)
        for f in findings:
            total += 1
            errors += f.severity is Severity.ERROR
            fixable = " [dim]\\[fixable][/]" if f.fixes else ""
            console.print(
                f"{markup(str(f.location))}: [{_STYLES[f.severity]}]{f.severity}[/] "
                f"{markup(f.message)} "
                f"[dim]({f.rule})[/]{fixable}",
                soft_wrap=True,
            )
            if f.hint and not quiet:
                hint = shown(f"    hint: {f.hint}")
                console.print(hint, style="dim", soft_wrap=True, markup=False)
        if not findings and not quiet:
            console.print(f"{shown(path)}: no problems found", markup=False, soft_wrap=True)
    if total and not quiet:
        console.print(f"{total} finding(s), {errors} error(s)")
