"""``citekit recover PATH...``: find the addresses editors lost, from title, site and date.

For every cited source with an empty URL slot, no address, or a dead one, search its site
(sitemaps, feeds, WordPress search, a CDX index with ``--cdx``) and print the candidates with a
confidence and its reasons. ``citekit fix --recover`` writes the safe best ones. Exit 0 when
every lost source has a candidate safe to write, 1 when one has none, 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console

from citekit.checks.config import Settings, find_config, load_config
from citekit.cli._terminal import Terminal, markup
from citekit.cli.links import add_link_options, check_with_progress, link_settings
from citekit.errors import UsageError
from citekit.links import LinkStatus, cited_urls
from citekit.links.recover import (
    LostSource,
    RecoverSettings,
    Recovery,
    arecover,
    lost_sources,
)
from citekit.model import Document
from citekit.pipeline import read_document

__all__ = ["DEFAULT_CDX_URL", "add_parser", "add_recover_options", "recover_documents", "run"]

DEFAULT_CDX_URL = "https://web.archive.org/cdx/search/cdx"


def add_recover_options(parser: argparse.ArgumentParser) -> None:
    """Options `recover` and `fix --recover` share."""
    group = parser.add_argument_group("recovering lost addresses")
    group.add_argument(
        "--cdx",
        nargs="?",
        const=DEFAULT_CDX_URL,
        metavar="URL",
        help=f"also search a CDX index (Wayback CDX API; default {DEFAULT_CDX_URL})",
    )
    group.add_argument(
        "--threshold",
        type=float,
        default=0.95,
        help="confidence a candidate needs to be written (0 to 1, default 0.95)",
    )
    group.add_argument(
        "--missing-only",
        action="store_true",
        help="look only for missing addresses; do not check cited URLs for dead ones",
    )


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "recover",
        help="find lost or dead addresses of cited pages",
        description="Search each cited site for pages whose address is missing from a note "
        "or dead, and rank the candidates. Exit 0: every lost address has a safe candidate; "
        "1: one has none; 2: could not run.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="documents")
    parser.add_argument("--json", action="store_true", help="print JSON Lines, one per source")
    parser.add_argument("--config", type=Path, help="config file (default: found upwards)")
    add_recover_options(parser)
    add_link_options(parser)
    parser.set_defaults(run=run)


def recover_settings(args: argparse.Namespace, config: Settings) -> RecoverSettings:
    """The `RecoverSettings` the options and the config file describe."""
    try:
        return RecoverSettings(
            links=link_settings(args, config.link_settings),
            sites=config.sites,
            cdx_url=args.cdx,
            threshold=args.threshold,
        )
    except (TypeError, ValueError) as exc:
        raise UsageError(str(exc)) from exc


async def _dead_urls(
    documents: list[Document], settings: RecoverSettings, *, show: bool
) -> set[str]:
    urls = {url: date for doc in documents for url, date in cited_urls(doc).items()}
    if not urls:
        return set()
    results = await check_with_progress(urls, settings.links, show=show)
    return {r.url for r in results if r.status is LinkStatus.DEAD}


async def recover_documents(
    documents: list[Document], settings: RecoverSettings, *, dead: bool, show: bool = False
) -> list[Recovery]:
    """Recoveries for every lost source of the documents (dead URLs too when `dead`)."""
    dead_urls = await _dead_urls(documents, settings, show=show) if dead else set()
    lost: list[LostSource] = [
        item for doc in documents for item in lost_sources(doc, dead=dead_urls)
    ]
    return await arecover(lost, settings=settings)


def _print(console: Console, recovery: Recovery, settings: RecoverSettings) -> None:
    lost = recovery.lost
    where = f"{lost.location.path} note {lost.note}"
    read = f", read {lost.accessed.isoformat()}" if lost.accessed else ""
    what = f"dead: {lost.url}" if lost.url else "no address"
    console.print(
        f"[bold]{markup(where)}[/]: “{markup(lost.title)}” ({markup(lost.site or '?')}{read}; "
        f"{what})"
    )
    if recovery.problem:
        console.print(f"    [yellow]{markup(recovery.problem)}[/]")
    best = recovery.best(settings)
    for rank, candidate in enumerate(recovery.candidates, 1):
        mark = " [green](safe to write)[/]" if candidate is best else ""
        console.print(f"  {rank}. {candidate.confidence:.2f} {markup(candidate.url)}{mark}")
        console.print(f"       [dim]{markup('; '.join(candidate.reasons))}[/]")


def run(args: argparse.Namespace) -> int:
    """Recover and print the candidates of every lost source."""
    path = args.config or find_config(Path.cwd())
    config = load_config(path) if path else Settings()
    settings = recover_settings(args, config)
    documents = [read_document(p) for p in args.paths]
    show = sys.stderr.isatty() and not args.json
    recoveries = asyncio.run(
        recover_documents(documents, settings, dead=not args.missing_only, show=show)
    )
    unresolved = sum(1 for r in recoveries if r.best(settings) is None)
    if args.json:
        for recovery in recoveries:
            line = json.dumps(recovery.to_json(settings), ensure_ascii=False)
            sys.stdout.write(line + "\n")
        return 1 if unresolved else 0
    console = Terminal(highlight=False, soft_wrap=True)
    for recovery in recoveries:
        _print(console, recovery, settings)
    found = len(recoveries) - unresolved
    console.print(f"{len(recoveries)} lost address(es): {found} with a safe candidate")
    return 1 if unresolved else 0
