"""``citekit links PATH...``: are the URLs the notes cite still alive?

PATH is a document (any format `citekit notes` reads) or a ``.txt`` list of URLs, one per line.
Exit 0 when no link is broken (dead, failing or timing out), 1 when one is, 2 when it cannot run.
Results are printed as they are decided (cached ones first), so an archive of 10⁵ URLs streams
with flat memory; ``--resume`` continues an interrupted run from the cache.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from citekit.checks.config import find_config, load_config
from citekit.cli._terminal import Terminal, markup, shown
from citekit.documents import read_file
from citekit.documents.files import find_documents
from citekit.errors import CitekitError, DocumentError, UsageError
from citekit.links import (
    LinkResult,
    LinkSettings,
    LinkStatus,
    acheck_links,
    astream_links,
    cited_urls,
)
from citekit.links._loop import run as run_loop
from citekit.model import PartialDate
from citekit.pipeline import read_document

_URL_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd]?)$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_STYLES = {
    LinkStatus.OK: "green",
    LinkStatus.REDIRECT: "cyan",
    LinkStatus.DEAD: "bold red",
    LinkStatus.ERROR: "red",
    LinkStatus.TIMEOUT: "red",
    LinkStatus.BLOCKED: "yellow",
    LinkStatus.RATE_LIMITED: "yellow",
    LinkStatus.SKIPPED: "dim",
}


def default_cache() -> Path:
    """Where the command line keeps link results unless told otherwise."""
    return platformdirs.user_cache_path("citekit") / "links.sqlite"


def add_link_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by `links`, `check` and `fix`; unset ones fall back to the config file."""
    group = parser.add_argument_group("link checking")
    group.add_argument("--concurrency", type=int, help="requests in flight (64)")
    group.add_argument("--per-host", type=int, help="requests in flight per host (6)")
    group.add_argument("--timeout", type=float, help="seconds per request (10)")
    group.add_argument("--user-agent", help="User-Agent header to send")
    group.add_argument(
        "--allow-private",
        action="store_true",
        default=None,
        help="contact private, loopback and link-local addresses too",
    )
    group.add_argument("--cache", type=Path, help=f"results cache file (default {default_cache()})")
    group.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    group.add_argument(
        "--max-age", help="re-check cached results older than this (default 1d; 30m, 12h, 7d)"
    )
    group.add_argument(
        "--archive",
        action="store_true",
        default=None,
        help="look up archived snapshots of dead links",
    )
    group.add_argument("--archive-url", help="Wayback-style availability endpoint")


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "links",
        help="check that cited URLs are alive",
        description="Check every URL cited in the documents' notes (or listed one per line in "
        "a .txt file). Exit 0: no broken link; 1: a link is dead, failing or timing out; "
        "2: could not run.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="documents, folders, globs or URL lists"
    )
    parser.add_argument("--json", action="store_true", help="print JSON Lines, one per URL")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run over the same URLs: what it decided is not asked again",
    )
    add_link_options(parser)
    parser.set_defaults(run=run)


def _seconds(text: str) -> float:
    match = _DURATION.match(text.strip().lower())
    if not match:
        raise UsageError(f"--max-age {text!r}: give a number of seconds or 30m, 12h, 7d")
    return float(match.group(1)) * _UNITS[match.group(2)]


def link_settings(args: argparse.Namespace, base: Mapping[str, Any] | None = None) -> LinkSettings:
    """The `LinkSettings` the options describe, over `base` (the config file's), over defaults."""
    values: dict[str, Any] = {"cache": default_cache(), **(base or {})}
    flags = {
        "concurrency": args.concurrency,
        "per_host": args.per_host,
        "timeout": args.timeout,
        "user_agent": args.user_agent,
        "allow_private": args.allow_private,
        "cache": args.cache,
        "max_age": _seconds(args.max_age) if args.max_age is not None else None,
        "archive": args.archive,
        "archive_url": args.archive_url,
    }
    values.update({k: v for k, v in flags.items() if v is not None})
    if args.no_cache:
        values["cache"] = None
    try:
        return LinkSettings(**values)
    except (TypeError, ValueError) as exc:
        raise UsageError(str(exc)) from exc


def _url_list(path: str) -> tuple[list[str], list[DocumentError]] | None:
    """The URLs of a .txt URL list (its first line, comments aside, is a URL) and a problem
    per line that is not one; None when the file is a document."""
    if not path.lower().endswith(".txt"):
        return None
    try:
        data = read_file(path)
        # as Windows editors save it: a BOM, or UTF-16 ("0 link(s): none" and exit 0 before)
        utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
        text = data.decode("utf-16") if utf16 else data.decode("utf-8-sig")
    except (CitekitError, UnicodeDecodeError):
        return None  # the document reader gives the precise error
    lines = [
        (n, ln.strip())
        for n, ln in enumerate(text.splitlines(), 1)
        if ln.strip() and not ln.strip().startswith("#")
    ]
    if not lines or not _URL_LINE.match(lines[0][1]):
        return None
    urls = [ln for _, ln in lines if _URL_LINE.match(ln)]
    problems = [
        DocumentError(f"{path}:{n}", f"not a URL, not checked: {ln[:80]!r} (one URL per line)")
        for n, ln in lines
        if not _URL_LINE.match(ln)
    ]
    return urls, problems


def collect(
    paths: list[str], exclude: tuple[str, ...] = (), errors: list[str] | None = None
) -> dict[str, PartialDate | None]:
    """Every URL to check, with the access date its note gives, from documents or URL lists
    (files, folders read recursively, glob patterns). With `errors`, a path or document that
    cannot be read is recorded there and the others are still read."""
    urls: dict[str, PartialDate | None] = {}
    for named in paths:
        try:
            found = find_documents([named], exclude=exclude)
        except CitekitError as exc:
            if errors is None:
                raise
            errors.append(str(exc))
            continue
        for path in found:
            listed = _url_list(path)
            if listed is not None:
                found_urls, problems = listed
                if problems and errors is None:
                    raise problems[0]
                (errors if errors is not None else []).extend(map(str, problems))
                for url in found_urls:
                    urls.setdefault(url, None)
                continue
            try:
                document = read_document(path)
            except CitekitError as exc:
                if errors is None:
                    raise
                errors.append(str(exc))
                continue
            for url, date in cited_urls(document).items():
                if urls.get(url) is None:
                    urls[url] = date
    return urls


async def check_with_progress(
    urls: dict[str, PartialDate | None], settings: LinkSettings, *, show: bool
) -> list[LinkResult]:
    """Check links with a progress bar on stderr when `show` (a terminal, not JSON)."""
    if not show:
        return await acheck_links(urls, settings=settings, accessed=urls, warn=warn)
    columns = (
        TextColumn("checking links"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Terminal(stderr=True), transient=True) as bar:
        task = bar.add_task("links", total=len(urls))

        def advance(_result: LinkResult) -> None:
            bar.advance(task)

        return await acheck_links(
            urls, settings=settings, accessed=urls, progress=advance, warn=warn
        )


def warn(line: str) -> None:
    """Print a warning that did not stop the run on stderr."""
    sys.stderr.write(f"citekit: warning: {shown(line)}\n")


def _text_line(r: LinkResult) -> str:
    code = f" {r.http_status}" if r.http_status else ""
    detail = f" {markup(r.detail)}" if r.detail else ""
    cached = " [dim](cached)[/]" if r.from_cache else ""
    line = f"[{_STYLES[r.status]}]{r.status:<12}[/]{code} {markup(r.url)}{detail}{cached}"
    if r.archived:
        line += f"\n    [dim]archived: {markup(r.archived.url)}[/]"
    return line


async def _stream(
    urls: dict[str, PartialDate | None],
    settings: LinkSettings,
    *,
    as_json: bool,
    resume: bool,
    show: bool,
) -> int:
    """Check and print each result as it is decided; return the exit code."""
    counts: dict[str, int] = {}
    console = Terminal(highlight=False, soft_wrap=True)
    out = sys.stdout
    bar: Progress | None = None
    if show:
        columns = (TextColumn("checking links"), BarColumn(), MofNCompleteColumn())
        bar = Progress(*columns, TimeElapsedColumn(), console=Terminal(stderr=True), transient=True)
        bar.start()
        task = bar.add_task("links", total=len(urls))
    stream = astream_links(urls, settings=settings, accessed=urls, resume=resume)
    try:
        async with contextlib.aclosing(stream) as results:
            async for _url, result in results:
                counts[result.status] = counts.get(result.status, 0) + 1
                if as_json:
                    out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
                    out.flush()  # a reader (or a killed run) sees every decided line
                else:
                    console.print(_text_line(result), markup=True)
                if bar is not None:
                    bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()
    broken = any(LinkStatus(status).is_broken for status in counts)
    if not as_json:
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        console.print(f"{sum(counts.values())} link(s): {summary or 'none'}")
    return 1 if broken else 0


def run(args: argparse.Namespace) -> int:
    """Check the links and print one line (or JSON object) per URL, as each is decided."""
    config = find_config(Path.cwd())
    loaded = load_config(config) if config else None
    settings = link_settings(args, loaded.link_settings if loaded else {})
    if args.resume and settings.cache is None:
        raise UsageError("--resume continues from the cache; it cannot be used with --no-cache")
    errors: list[str] = []
    urls = collect(args.paths, loaded.exclude if loaded else (), errors)
    for error in errors:  # reported, and the run goes on with the other documents
        print(f"citekit: error: {error}", file=sys.stderr)
    show = sys.stderr.isatty() and not args.json
    code = run_loop(_stream(urls, settings, as_json=args.json, resume=args.resume, show=show))
    return 2 if errors else code
