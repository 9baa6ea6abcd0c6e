"""Link liveness: a polite, fast, honest checker for cited URLs, with archive rescue.

``check_links(urls)`` (or ``await acheck_links(urls)``) returns one `LinkResult` per URL. A
`LinkSettings` says how: limits, timeouts, the cache file, private addresses, archive rescue.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import UTC, datetime

from citekit.errors import CacheError
from citekit.links.cache import LinkCache
from citekit.links.checker import Checker
from citekit.links.results import Hop, LinkResult, LinkStatus, Snapshot
from citekit.links.settings import DEFAULT_ARCHIVE_URL, LinkSettings
from citekit.model import Document, PartialDate

__all__ = [
    "DEFAULT_ARCHIVE_URL",
    "CacheError",
    "Hop",
    "LinkResult",
    "LinkSettings",
    "LinkStatus",
    "Snapshot",
    "acheck_links",
    "check_links",
    "cited_urls",
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
        for url in note.urls:
            found.setdefault(url, None)
    return found


async def acheck_links(
    urls: Iterable[str],
    *,
    settings: LinkSettings | None = None,
    accessed: Mapping[str, PartialDate | None] | None = None,
    progress: Progress | None = None,
    warn: Warn | None = None,
) -> list[LinkResult]:
    """Check URLs concurrently; one result per distinct URL, in the order first given.

    Fresh results in the settings' cache are returned without a request (``from_cache`` is
    True); new results are stored. `accessed` maps a URL to the date its note says it was
    read, used to pick the archived snapshot. `progress` is called with each result. `warn`
    gets one line per cache problem that did not stop the run (default: the
    ``citekit.links`` logger); a cache that cannot be used never costs the results.
    """
    settings = settings or LinkSettings()
    warn = warn or _log.warning
    wanted = list(dict.fromkeys(urls))
    dates = {url: date for url, date in (accessed or {}).items() if date is not None}
    cache: LinkCache | None = None
    if settings.cache:
        try:
            cache = LinkCache(
                settings.cache,
                max_age=settings.max_age,
                allow_private=settings.allow_private,
                warn=warn,
                busy_seconds=settings.cache_wait,
            )
        except CacheError as exc:
            warn(f"{exc}; checking without the cache")
    try:
        cached = cache.fresh(wanted, now=datetime.now(UTC)) if cache else {}
        if progress is not None:
            for result in cached.values():
                outcome = progress(result)
                if outcome is not None:
                    await outcome
        todo = [url for url in wanted if url not in cached]
        checker = Checker(settings)
        try:
            fresh = await checker.check_all(todo, accessed=dates, on_result=progress)
        finally:
            await checker.aclose()
        if cache is not None:
            cache.store(fresh)
    finally:
        if cache is not None:
            cache.close()
    by_url = {**cached, **dict(zip(todo, fresh, strict=True))}
    return [by_url[url] for url in wanted]


def check_links(
    urls: Iterable[str],
    *,
    settings: LinkSettings | None = None,
    accessed: Mapping[str, PartialDate | None] | None = None,
    progress: Progress | None = None,
    warn: Warn | None = None,
) -> list[LinkResult]:
    """Blocking twin of `acheck_links` (runs its own event loop)."""
    return asyncio.run(
        acheck_links(urls, settings=settings, accessed=accessed, progress=progress, warn=warn)
    )
