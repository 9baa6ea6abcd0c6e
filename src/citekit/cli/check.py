"""``citekit check PATH...``: what is wrong with a document's notes, where, and how to fix it.

Exit 0 when no finding is an error, 1 when one is, 2 when a document or the config cannot be
read. Settings come from the flags, then ``citekit.toml`` or ``[tool.citekit]`` in
``pyproject.toml`` (found from the current folder upwards), then the defaults.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import attrs
from rich.console import Console

from citekit.checks import RULES, CheckConfig, check
from citekit.checks.config import Settings, find_config, load_config
from citekit.cli._paths import describe_edition, read_all
from citekit.cli.links import add_link_options, check_with_progress, link_settings
from citekit.errors import UsageError
from citekit.links import LinkResult, cited_urls
from citekit.model import Document, Finding, PartialDate, Severity
from citekit.reports import findings_to_json, findings_to_sarif, github_annotations

__all__ = ["add_common", "add_parser", "prepare", "run"]

_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options `check` and `fix` share."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="documents, folders (read recursively) or glob patterns; - for standard input",
    )
    parser.add_argument("--lang", help="edition language (default: detected from the text)")
    parser.add_argument(
        "--ignore", action="append", default=[], metavar="RULE", help="turn a rule off"
    )
    parser.add_argument("--config", type=Path, help="config file (default: found upwards)")
    parser.add_argument(
        "--article-date", type=dt.date.fromisoformat, help="the article's date (YYYY-MM-DD)"
    )
    add_link_options(parser)


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="check documents' notes before publishing",
        description="Read documents and report problems in their notes. Exit 0: no errors; "
        "1: error-level findings; 2: could not run.",
    )
    add_common(parser)
    parser.add_argument(
        "--format",
        dest="output",
        choices=("text", "json", "sarif", "github"),
        default="text",
        help="output format (default: text)",
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
    config = attrs.evolve(
        settings.check,
        disabled=settings.check.disabled | frozenset(args.ignore),
        edition_language=args.lang or settings.check.edition_language,
        article_date=args.article_date or settings.check.article_date,
    )
    return settings, config


def check_links_of(
    documents: list[Document], args: argparse.Namespace, settings: Settings, *, show: bool
) -> list[LinkResult]:
    """Check every URL the documents cite (an empty list when there is none)."""
    urls: dict[str, PartialDate | None] = {}
    for document in documents:
        for url, date in cited_urls(document).items():
            if urls.get(url) is None:
                urls[url] = date
    if not urls:
        return []
    link_config = link_settings(args, settings.link_settings)
    return asyncio.run(check_with_progress(urls, link_config, show=show))


def run(args: argparse.Namespace) -> int:
    """Check the documents and print the findings."""
    settings, config = prepare(args)
    read = read_all(args.paths, settings)
    documents = read.documents
    links: list[LinkResult] | None = None
    if settings.links and not args.no_links:
        show = sys.stderr.isatty() and args.output == "text"
        links = check_links_of(documents, args, settings, show=show)
    results = [(d.path, check(d, config=config, links=links)) for d in documents]
    findings = [f for _p, fs in results for f in fs]
    errors = any(f.severity is Severity.ERROR for f in findings)
    if args.output == "json":
        report = {
            "documents": [_document_json(d, config.edition_language) for d in documents],
            "findings": findings_to_json(findings),
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    elif args.output == "sarif":
        print(json.dumps(findings_to_sarif(findings), ensure_ascii=False, indent=2))
    elif args.output == "github":
        for line in github_annotations(findings):
            print(line)
    else:
        _print_text(results, documents, config.edition_language)
    return max(1 if errors else 0, read.status)


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
    results: list[tuple[str, list[Finding]]], documents: list[Document], override: str | None
) -> None:
    console = Console(highlight=False)
    total = errors = 0
    for (path, findings), document in zip(results, documents, strict=True):
        line = f"{path}: {describe_edition(document, override)}"
        console.print(line, markup=False, style="dim", soft_wrap=True)
        for f in findings:
            total += 1
            errors += f.severity is Severity.ERROR
            fixable = " [dim]\\[fixable][/]" if f.fixes else ""
            console.print(
                f"{f.location}: [{_STYLES[f.severity]}]{f.severity}[/] {f.message} "
                f"[dim]({f.rule})[/]{fixable}",
                soft_wrap=True,
            )
            if f.hint:
                console.print(f"    hint: {f.hint}", style="dim", soft_wrap=True, markup=False)
        if not findings:
            console.print(f"{path}: no problems found", markup=False)
    if total:
        console.print(f"{total} finding(s), {errors} error(s)")
