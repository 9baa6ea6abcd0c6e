"""Link liveness: a polite, fast, honest checker for cited URLs, with archive rescue.

``check_links(urls)`` (or ``await acheck_links(urls)``) returns one `LinkResult` per URL. A
`LinkSettings` says how: limits, timeouts, the cache file, private addresses, archive rescue.
``astream_links(urls)`` yields the results as they are decided, for archives of 10⁵ URLs: memory
stays flat, each result reaches the cache within a second, and ``resume=True`` continues a run
that was interrupted without asking again for what it had decided.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime

from citekit.errors import CacheError
from citekit.links._loop import run as run_loop
from citekit.links.cache import LinkCache
from citekit.links.results import Hop, LinkResult, LinkStatus, Snapshot
from citekit.links.settings import DEFAULT_ARCHIVE_URL, LinkSettings
from citekit.model import Document, Note, PartialDate

__all__ = [
    "DEFAULT_ARCHIVE_URL",
    "CacheError",
    "Hop",
    "LinkResult",
    "LinkSettings",
    "LinkStatus",
    "Snapshot",
    "acheck_links",
    "astream_links",
    "check_links",
    "cited_urls",
    "collect_urls",
]

Progress = Callable[[LinkResult], Awaitable[None] | None]
Warn = Callable[[str], None]
_log = logging.getLogger("citekit.links")


def cited_urls(document: Document) -> dict[str, PartialDate | None]:
    """The URLs a document's notes cite, in order, each with the access date of its first note."""
    found: dict[str, PartialDate | None] = {}
    for note in document.notes:
        for citation in note.citations:
            if citation.url and citation.url not in found:
                found[citation.url] = citation.accessed
        accessed = _own_access_date(note) if note.urls and not note.citations else None
        for url in note.urls:
            if found.get(url) is None:
                found[url] = accessed
    return found


def _own_access_date(note: Note) -> PartialDate | None:
    """The access date an ibid note gives its own address (`Там же. URL: … (дата обращения:
    03.11.2021)`): the archive's snapshot is looked for near it, as for a citation's."""
    from citekit.citations.structure import find_exact  # the parser only for such notes

    return find_exact(note.text.replace("\n", " ")).accessed


def collect_urls(
    sources: Iterable[Document | Sequence[str]],
) -> dict[str, PartialDate | None]:
    """Every URL to check, in order, from documents (each URL with the access date of the first
    note that gives one) and plain lists of URLs (no date)."""
    found: dict[str, PartialDate | None] = {}
    for source in sources:
        if isinstance(source, Document):
            for url, date in cited_urls(source).items():
                if found.get(url) is None:
                    found[url] = date
        else:
            for url in source:
                found.setdefault(url, None)
    return found


_FLUSH_EVERY = 512  # results per cache write in a streamed run
_FLUSH_SECONDS = 1.0  # and at least this often, so an interrupt loses at most a second


def _run_key(urls: list[str], settings: LinkSettings) -> str:
    digest = hashlib.sha256(f"private={settings.allow_private}\n".encode())
    for url in sorted(urls):
        digest.update(url.encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()


def _open_cache(settings: LinkSettings, warn: Warn) -> LinkCache | None:
    if not settings.cache:
        return None
    try:
        return LinkCache(
            settings.cache,
            max_age=settings.max_age,
            allow_private=settings.allow_private,
            warn=warn,
            busy_seconds=settings.cache_wait,
        )
    except CacheError as exc:
        warn(f"{exc}; checking without the cache")
        return None


async def astream_links(
    urls: str | Iterable[str],
    *,
    settings: LinkSettings | None = None,
    accessed: Mapping[str, PartialDate | None] | None = None,
    resume: bool = False,
    warn: Warn | None = None,
) -> AsyncGenerator[tuple[str, LinkResult], None]:
    """Check URLs; yield (the URL asked, its result) as each is decided: cached ones first.

    Fresh results go to the cache in small batches as they come (at least once a second), so
    an interrupted run keeps what it decided. With `resume`, a run over the same URLs that
    was interrupted is continued: what it decided is reused whatever its age, and only the
    rest is asked. Nothing of a URL is kept once its result is yielded.
    """
    settings = settings or LinkSettings()
    warn = warn or _log.warning
    wanted = list(dict.fromkeys([urls] if isinstance(urls, str) else urls))
    dates = {url: date for url, date in (accessed or {}).items() if date is not None}
    cache = _open_cache(settings, warn)
    key = _run_key(wanted, settings) if cache is not None else ""
    pending: list[LinkResult] = []
    try:
        now = datetime.now(UTC)
        since = cache.begin_run(key, resume=resume, now=now) if cache is not None else None
        cached = cache.fresh(wanted, now=now, since=since) if cache is not None else {}
        for url, result in cached.items():
            yield url, result
        todo = [url for url in wanted if url not in cached]
        del cached, wanted
        from citekit.links.checker import Checker  # httpx: imported only when links are checked

        checker = Checker(settings, warn=warn)
        last = time.monotonic()
        try:
            async with contextlib.aclosing(checker.stream(todo, accessed=dates)) as results:
                async for url, result in results:
                    if cache is not None:
                        pending.append(result)
                        if len(pending) >= _FLUSH_EVERY or time.monotonic() - last > _FLUSH_SECONDS:
                            cache.store(pending)
                            pending, last = [], time.monotonic()
                    yield url, result
        finally:
            await checker.aclose()
        if cache is not None:
            cache.store(pending)
            pending = []
            cache.finish_run(key)
    finally:
        if cache is not None:
            if pending:
                cache.store(pending)  # interrupted: keep what was decided
            cache.close()


async def acheck_links(
    urls: str | Iterable[str],
    *,
    settings: LinkSettings | None = None,
    accessed: Mapping[str, PartialDate | None] | None = None,
    progress: Progress | None = None,
    warn: Warn | None = None,
) -> list[LinkResult]:
    """Check URLs concurrently; one result per distinct URL, in the order first given (one URL
    may be given alone, as a string).

    Fresh results in the settings' cache are returned without a request (``from_cache`` is
    True); new results are stored. `accessed` maps a URL to the date its note says it was
    read, used to pick the archived snapshot. `progress` is called with each result. `warn`
    gets one line per cache problem that did not stop the run (default: the
    ``citekit.links`` logger); a cache that cannot be used never costs the results.
    """
    wanted = list(dict.fromkeys([urls] if isinstance(urls, str) else urls))  # one URL alone
    by_url: dict[str, LinkResult] = {}
    stream = astream_links(wanted, settings=settings, accessed=accessed, warn=warn)
    async with contextlib.aclosing(stream) as results:
        async for url, result in results:
            by_url[url] = result
            if progress is not None:
                outcome = progress(result)
                if outcome is not None:
                    await outcome
    return [by_url[url] for url in wanted]


def check_links(
    urls: str | Iterable[str],
    *,
    settings: LinkSettings | None = None,
    accessed: Mapping[str, PartialDate | None] | None = None,
    progress: Progress | None = None,
    warn: Warn | None = None,
) -> list[LinkResult]:
    """Blocking twin of `acheck_links` (runs its own event loop)."""
    return run_loop(
        acheck_links(urls, settings=settings, accessed=accessed, progress=progress, warn=warn)
    )
