"""Fetching for `citekit recover`: the link checker's client, limits, guard and cache file.

Every request goes through the checker's `httpx.AsyncClient` (so the private-address guard sees
every hop, redirects included) while holding the checker's per-host and global slots. A page
is fetched once per run (concurrent askers share one request) and, when the settings name a
cache file, kept in its own table of that SQLite file for `max_age`, so a second run over the
same notes sends nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import ssl
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin, urlsplit

import httpx
from attrs import frozen

from citekit.errors import CacheError
from citekit.links.cache import refuse_foreign
from citekit.links.checker import Checker
from citekit.links.decoding import SuspiciousEncoding, read_decoded
from citekit.links.guard import BlockedAddress
from citekit.links.politeness import retry_delay
from citekit.links.settings import LinkSettings

__all__ = ["Fetcher", "Page"]

BODY_LIMIT = 20 * 1024 * 1024  # enough for a 50 MB sitemap gzipped; more is not read
_SCHEMA = """
CREATE TABLE IF NOT EXISTS recover_pages (
    url TEXT PRIMARY KEY,
    fetched_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    final_url TEXT NOT NULL,
    body BLOB NOT NULL
)
"""


@frozen
class Page:
    """One fetched answer: its status, the URL it ended at, its body (up to the limit)."""

    url: str
    status: int
    final_url: str
    body: bytes

    @property
    def ok(self) -> bool:
        """Whether the page answered 2xx."""
        return 200 <= self.status < 300


class _PageCache:
    def __init__(self, settings: LinkSettings) -> None:
        assert settings.cache is not None
        self.path = settings.cache
        self.max_age = timedelta(seconds=settings.max_age)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(str(self.path), f"cannot open the link cache: {exc}") from exc
        try:
            refuse_foreign(self._db, self.path)  # a Zotero library given to --cache
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(_SCHEMA)
        except (sqlite3.Error, CacheError) as exc:
            self._db.close()
            if isinstance(exc, CacheError):
                raise
            raise CacheError(str(self.path), f"cannot open the link cache: {exc}") from exc

    def get(self, url: str) -> Page | None:
        cutoff = (datetime.now(UTC) - self.max_age).isoformat()
        try:
            row = self._db.execute(
                "SELECT status, final_url, body FROM recover_pages"
                " WHERE url = ? AND fetched_at >= ?",
                (url, cutoff),
            ).fetchone()
        except sqlite3.Error as exc:
            raise CacheError(str(self.path), f"cannot read the link cache: {exc}") from exc
        return Page(url, int(row[0]), str(row[1]), bytes(row[2])) if row else None

    def put(self, page: Page) -> None:
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO recover_pages VALUES (?, ?, ?, ?, ?)",
                (page.url, datetime.now(UTC).isoformat(), page.status, page.final_url, page.body),
            )
        except sqlite3.Error as exc:
            raise CacheError(str(self.path), f"cannot write the link cache: {exc}") from exc

    def close(self) -> None:
        self._db.close()


class Fetcher:
    """GETs pages politely; a failed fetch is None (recovery goes on without that listing)."""

    def __init__(
        self, settings: LinkSettings, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.settings = settings
        self._checker = Checker(settings, transport=transport)
        self._pending: dict[str, asyncio.Future[Page | None]] = {}
        self._cache = _PageCache(settings) if settings.cache else None
        self.requests = 0

    async def aclose(self) -> None:
        """Close the client and the cache."""
        await self._checker.aclose()
        if self._cache is not None:
            self._cache.close()

    async def get(self, url: str) -> Page | None:
        """The page at `url` (redirects followed), or None when it could not be fetched."""
        future = self._pending.get(url)
        if future is None:
            future = self._pending[url] = asyncio.ensure_future(self._get(url))
        return await asyncio.shield(future)

    async def _get(self, url: str) -> Page | None:
        if self._cache is not None:
            cached = self._cache.get(url)
            if cached is not None:
                return cached
        page = await self._fetch(url)
        if page is not None and self._cache is not None:
            self._cache.put(page)
        return page

    async def _fetch(self, url: str) -> Page | None:
        current, attempt, waited = url, 0, 0.0
        for _hop in range(self.settings.max_redirects + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                return None
            try:
                status, location, retry_after, body = await self._once(current, first=_hop == 0)
            except (
                BlockedAddress,
                SuspiciousEncoding,
                httpx.HTTPError,
                OSError,
                TimeoutError,
                ssl.SSLError,
            ):
                return None
            if status in (301, 302, 303, 307, 308) and location:
                current = urljoin(current, location)
                continue
            if status == 429 or (status == 503 and retry_after is not None):
                attempt += 1
                delay = retry_delay(
                    self._checker.policy,
                    attempt=attempt,
                    waited=waited,
                    retry_after=retry_after,
                    now=datetime.now(UTC),
                    rng=self._checker._rng,
                )
                if delay is None:
                    return Page(url, status, current, b"")
                waited += delay
                await asyncio.sleep(delay)
                continue
            return Page(url, status, current, body)
        return None

    async def _once(self, url: str, *, first: bool) -> tuple[int, str | None, str | None, bytes]:
        host = urlsplit(url).netloc.lower()
        client = self._checker.client
        async with self._checker.slots.hold(host, first=first):
            self.requests += 1
            async with asyncio.timeout(self.settings.timeout):
                request = client.build_request("GET", url, headers={"Accept": "*/*"})
                response = await client.send(request, stream=True)
                try:
                    body = b""
                    if response.status_code < 300:  # inflated with a cap, as the checker does
                        encoding = response.headers.get("content-encoding", "")
                        body = await read_decoded(response.aiter_raw(), encoding, BODY_LIMIT)
                finally:
                    with contextlib.suppress(httpx.HTTPError):
                        await response.aclose()
        headers = response.headers
        return response.status_code, headers.get("location"), headers.get("retry-after"), body
