"""The link checker: one streamed GET per URL, redirects followed here, hop by hop.

Each request holds a per-host slot and a global one only while it is on the wire; waiting for a
Retry-After releases both. A response body is read only as far as the verdict needs: a small page
whole (so the connection is reused), the start of a large HTML page for soft-404 detection, and
nothing of a PDF or a 2 GB file. HEAD is never sent: too many servers answer it wrongly.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import random
import socket
import ssl
from collections.abc import AsyncGenerator, Callable, Iterable, Mapping
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx
from attrs import frozen

from citekit.links.archive import ArchiveUnavailable, find_snapshot
from citekit.links.decoding import SuspiciousEncoding, read_decoded
from citekit.links.guard import BlockedAddress, PrivateAddressGuard, Resolver
from citekit.links.politeness import RetryPolicy, Slots, retry_delay
from citekit.links.pool import PerHostPool
from citekit.links.results import (
    Hop,
    LinkResult,
    LinkStatus,
    Snapshot,
    redact,
    strip_credentials,
)
from citekit.links.settings import LinkSettings
from citekit.links.soft404 import is_bot_wall, is_home_redirect, not_found_phrase
from citekit.model import PartialDate

__all__ = ["Checker"]

_WEB_SCHEMES = ("http", "https")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_BLOCKED = frozenset({401, 403, 999, 451})
_GONE = frozenset({404, 410})
_ANSWER_LIMIT = 8 * 1024  # error pages and redirects: read them whole when at most this long
_HTML = ("text/html", "application/xhtml")
# URLs started at once: enough that a new URL's first request is always waiting for a free slot
# (first requests go before hops, so every URL starts early), few enough to bound memory when an
# archive of 100,000 URLs is checked.
_WINDOW = 4096


@frozen
class _Answer:
    """What one request told us."""

    status: int
    location: str | None
    retry_after: str | None
    body: bytes
    response: httpx.Response


class _Failure(Exception):
    """A request ended without an answer; carries the verdict and its detail."""

    def __init__(self, status: LinkStatus, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _causes(exc: BaseException) -> Iterable[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _tls_detail(error: ssl.SSLError) -> str:
    message = getattr(error, "verify_message", None) or error.reason or str(error)
    lowered = str(message).lower()
    if "expired" in lowered:
        return "TLS certificate expired"
    if "self-signed" in lowered or "self signed" in lowered:
        return "TLS certificate is self-signed"
    if "hostname mismatch" in lowered or "doesn't match" in lowered:
        return "TLS certificate is for another host name"
    if "unable to get local issuer" in lowered:
        return "TLS certificate is not signed by a trusted authority"
    return f"TLS error: {message}"


def _failure(exc: BaseException) -> _Failure:
    """Turn a transport exception into a verdict with a one-line detail."""
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            if cause.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5)):
                return _Failure(LinkStatus.DEAD, "DNS name not found")
            return _Failure(LinkStatus.ERROR, f"DNS lookup failed: {cause.strerror or cause}")
        if isinstance(cause, ssl.SSLCertVerificationError | ssl.SSLError):
            return _Failure(LinkStatus.ERROR, _tls_detail(cause))
        if isinstance(cause, ConnectionResetError) or (
            isinstance(cause, OSError) and cause.errno == errno.ECONNRESET
        ):
            return _Failure(LinkStatus.ERROR, "connection reset by the server")
        if isinstance(cause, ConnectionRefusedError):
            return _Failure(LinkStatus.ERROR, "connection refused")
    if isinstance(exc, TimeoutError | httpx.TimeoutException):
        return _Failure(LinkStatus.TIMEOUT, "no answer within the time limit")
    if isinstance(exc, httpx.RemoteProtocolError):
        text = str(exc)
        if "disconnected" in text.lower():
            return _Failure(LinkStatus.ERROR, "connection closed without an answer")
        return _Failure(LinkStatus.ERROR, f"broken HTTP answer: {text}")
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        return _Failure(LinkStatus.ERROR, "connection reset by the server")
    if isinstance(exc, httpx.ConnectError):
        return _Failure(LinkStatus.ERROR, f"cannot connect: {exc}")
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return _Failure(LinkStatus.ERROR, f"not a valid URL: {exc}")
    return _Failure(LinkStatus.ERROR, f"{type(exc).__name__}: {exc}")


def _wants_body(response: httpx.Response) -> bool:
    kind = response.headers.get("content-type", "text/html").lower()
    return (response.status_code == 200 and kind.startswith(_HTML)) or response.status_code == 403


class Checker:
    """One run of checks sharing a client, its connection pool and the politeness limits."""

    def __init__(
        self,
        settings: LinkSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        rng: random.Random | None = None,
        resolver: Resolver | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings
        self._warn = warn or logging.getLogger("citekit.links").warning
        self._archive_failed = False  # said once a run, not once per dead link
        self.policy = RetryPolicy(
            max_retries=settings.max_retries,
            budget=settings.retry_budget,
            max_wait=settings.max_retry_after,
        )
        self._rng = rng or random.Random()
        inner = transport or PerHostPool(
            per_host=settings.per_host, verify=settings.verify, http2=settings.http2
        )
        self._transport = PrivateAddressGuard(
            inner, allow_private=settings.allow_private, resolver=resolver
        )
        self.client = httpx.AsyncClient(
            transport=self._transport,
            headers={
                "User-Agent": settings.user_agent,
                "Accept-Encoding": "gzip, deflate",  # what the bounded decoder reads
                "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
                "Accept-Language": "tr,en;q=0.9,ru;q=0.8,kk;q=0.7,tk;q=0.6",
            },
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,
        )
        self.slots = Slots(settings.concurrency, settings.per_host)

    async def aclose(self) -> None:
        """Close the client and its connections."""
        await self.client.aclose()

    async def stream(
        self, urls: Iterable[str], *, accessed: Mapping[str, PartialDate] | None = None
    ) -> AsyncGenerator[tuple[str, LinkResult], None]:
        """Check every URL once; yield (the URL asked, its result) as each is decided.

        A fixed pool of workers takes the URLs in host-interleaved order from one iterator, so
        each completion costs the same whatever the number of URLs (no waiting over a set of
        thousands of tasks), and nothing of a URL is kept once its result is yielded.
        """
        accessed = accessed or {}
        ordered = _interleave_hosts(list(dict.fromkeys(urls)))
        count = len(ordered)
        order = iter(ordered)
        del ordered
        window = max(_WINDOW, 4 * self.settings.concurrency)
        queue: asyncio.Queue[tuple[str, LinkResult] | None] = asyncio.Queue(maxsize=window)

        async def worker() -> None:
            for url in order:  # one iterator shared by the workers: each URL is taken once
                result = await self.check(url, accessed=accessed.get(url))
                await queue.put((url, result))
            await queue.put(None)

        workers = [asyncio.create_task(worker()) for _ in range(min(window, count))]
        try:
            running = len(workers)
            while running:
                item = await queue.get()
                if item is None:
                    running -= 1
                else:
                    yield item
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)

    async def check(self, url: str, *, accessed: PartialDate | None = None) -> LinkResult:
        """Check one URL: follow its redirects, wait out rate limits, read its verdict.

        Whatever the URL or the server does, the answer is a result, never an exception: a
        malformed URL is an ``error`` naming what is wrong. Credentials in the URL are sent to
        its own server only; the result shows them as ``***``.
        """
        try:
            result = await self._check(url)
        except (asyncio.CancelledError, KeyboardInterrupt):
            raise
        except Exception as exc:  # one odd URL must not end the run for all the others
            result = LinkResult(
                url=redact(url),
                status=LinkStatus.ERROR,
                detail=redact(f"could not check: {type(exc).__name__}: {exc}"),
                checked_at=datetime.now(UTC),
            )
        if self.settings.archive and result.status is LinkStatus.DEAD:
            snapshot = await self._snapshot(strip_credentials(url), accessed)
            if snapshot is not None:
                result = LinkResult(
                    url=result.url,
                    status=result.status,
                    http_status=result.http_status,
                    final_url=result.final_url,
                    chain=result.chain,
                    detail=result.detail,
                    checked_at=result.checked_at,
                    archived=snapshot,
                )
        return result

    async def _snapshot(self, url: str, accessed: PartialDate | None) -> Snapshot | None:
        """The archived copy of a dead page; an archive that gives no answer is said once."""
        endpoint = self.settings.archive_url
        try:
            return await find_snapshot(
                self.client, endpoint, url, accessed, timeout=self.settings.timeout
            )
        except ArchiveUnavailable as exc:
            if not self._archive_failed:
                self._archive_failed = True
                self._warn(
                    f"{redact(endpoint)}: the archive gave no answer ({redact(str(exc))}); "
                    "dead links were not looked up in it"
                )
            return None

    async def _check(self, url: str) -> LinkResult:
        def done(
            status: LinkStatus,
            detail: str,
            http_status: int | None = None,
            final: str | None = None,
        ) -> LinkResult:
            return LinkResult(
                url=redact(url),
                status=status,
                http_status=http_status,
                final_url=redact(final) if final is not None else None,
                chain=tuple(Hop(redact(hop.url), hop.status) for hop in chain),
                detail=redact(detail),
                checked_at=datetime.now(UTC),
            )

        chain: list[Hop] = []
        try:
            scheme = urlsplit(url).scheme.lower()
        except ValueError as exc:
            return done(LinkStatus.ERROR, f"not a valid URL: {exc}")
        if scheme not in _WEB_SCHEMES:
            reason = f"{scheme}: link" if scheme else "no scheme"
            return done(LinkStatus.SKIPPED, f"not a web address ({reason})")
        problem = _invalid(url)
        if problem:
            return done(LinkStatus.ERROR, f"not a valid URL: {problem}")
        current, seen = url, {url}
        attempt, waited = 0, 0.0
        while True:
            try:
                answer = await self._fetch(current, first=not chain and not attempt)
            except BlockedAddress as exc:
                return done(
                    LinkStatus.SKIPPED,
                    f"not contacted: {exc} (allow with --allow-private)",
                    final=current,
                )
            except _Failure as failure:
                return done(failure.status, failure.detail, final=current)
            status = answer.status
            if status in _REDIRECTS and answer.location:
                chain.append(Hop(current, status))
                try:
                    target = urljoin(current, answer.location)
                except ValueError as exc:  # "http://[::1": urljoin splits the address itself
                    return done(LinkStatus.ERROR, f"redirect to an invalid URL: {exc}", status)
                if target in seen:
                    return done(LinkStatus.ERROR, f"redirect loop back to {target}", status)
                if len(chain) > self.settings.max_redirects:
                    limit = self.settings.max_redirects
                    return done(LinkStatus.ERROR, f"more than {limit} redirects", status)
                if urlsplit(target).scheme.lower() not in _WEB_SCHEMES:
                    return done(LinkStatus.ERROR, f"redirect to a non-web address {target}", status)
                problem = _invalid(target)
                if problem:
                    return done(LinkStatus.ERROR, f"redirect to an invalid URL: {problem}", status)
                seen.add(target)
                current = target
                continue
            if status == 429 or (status == 503 and answer.retry_after is not None):
                attempt += 1
                delay = retry_delay(
                    self.policy,
                    attempt=attempt,
                    waited=waited,
                    retry_after=answer.retry_after,
                    now=datetime.now(UTC),
                    rng=self._rng,
                )
                if delay is None:
                    return done(
                        LinkStatus.RATE_LIMITED,
                        f"server keeps asking to slow down ({status} after {attempt} tries)",
                        status,
                        current,
                    )
                waited += delay
                await asyncio.sleep(delay)
                continue
            return self._verdict(url, current, answer, chain, done)

    def _verdict(
        self,
        url: str,
        final: str,
        answer: _Answer,
        chain: list[Hop],
        done: Callable[[LinkStatus, str, int | None, str | None], LinkResult],
    ) -> LinkResult:
        status = answer.status
        reason = answer.response.reason_phrase or ""
        if 200 <= status < 300:
            if chain and is_home_redirect(url, final):
                return done(LinkStatus.DEAD, "soft 404: redirected to the home page", status, final)
            phrase = (
                not_found_phrase(answer.body, answer.response.charset_encoding)
                if answer.body
                else None
            )
            if phrase:
                return done(LinkStatus.DEAD, f"soft 404: page says {phrase!r}", status, final)
            if chain:
                return done(LinkStatus.REDIRECT, f"moved to {final}", status, final)
            return done(LinkStatus.OK, "", status, final)
        if status in _GONE:
            return done(LinkStatus.DEAD, f"{status} {reason}".strip(), status, final)
        if status in _BLOCKED:
            wall = is_bot_wall(answer.response, answer.body)
            what = "bot wall" if wall else "access refused"
            detail = f"{what} ({status}); could not decide whether the page exists"
            return done(LinkStatus.BLOCKED, detail, status, final)
        if 300 <= status < 400:
            return done(LinkStatus.ERROR, f"{status} redirect without a Location", status, final)
        return done(LinkStatus.ERROR, f"{status} {reason}".strip(), status, final)

    async def _fetch(self, url: str, *, first: bool) -> _Answer:
        """Send one GET and read as much of the answer as the verdict needs."""
        host = urlsplit(url).netloc.lower()
        try:
            async with self.slots.hold(host, first=first) as give_back:
                loop = asyncio.get_running_loop()
                started = loop.time()
                timer = loop.call_later(self.slots.slow_after, give_back)
                async with asyncio.timeout(self.settings.timeout):  # a total, not per read
                    try:
                        request = self.client.build_request("GET", url)
                        # straight to the guarded transport: the client's send would add
                        # cookie jars, auth and event hooks this checker has no use for
                        response = await self._transport.handle_async_request(request)
                        response.request = request
                    finally:
                        timer.cancel()
                    self.slots.observe(loop.time() - started)
                    try:
                        body = await self._read(response)
                    finally:
                        await response.aclose()
        except (BlockedAddress, _Failure):
            raise
        except (httpx.HTTPError, httpx.InvalidURL, OSError, TimeoutError, ssl.SSLError) as exc:
            raise _failure(exc) from exc
        return _Answer(
            status=response.status_code,
            location=response.headers.get("location"),
            retry_after=response.headers.get("retry-after"),
            body=body,
            response=response,
        )

    async def _read(self, response: httpx.Response) -> bytes:
        """The decoded start of the body the verdict needs, never more than the read limit.

        Raw bytes are read and decoded here with a cap (`read_decoded`), not by httpx, which
        would inflate a compressed chunk whole.
        """
        length = response.headers.get("content-length", "")
        size = int(length) if length.isdigit() else None
        wanted = _wants_body(response)
        if response.is_stream_consumed:  # built in memory (a test transport): nothing to bound
            return response.content[: self.settings.read_limit] if wanted else b""
        if not wanted:
            if size is not None and size <= _ANSWER_LIMIT:
                async for _ in response.aiter_raw():  # drained: the connection is reused
                    pass
            return b""
        try:
            return await read_decoded(
                response.aiter_raw(),
                response.headers.get("content-encoding", ""),
                self.settings.read_limit,
            )
        except SuspiciousEncoding as exc:
            raise _Failure(LinkStatus.ERROR, f"suspicious answer: {exc}") from exc


def _invalid(url: str) -> str | None:
    """Why httpx cannot send to `url` (``Invalid IPv4 address: '256.1.1.1'``), or None."""
    try:
        parsed = httpx.URL(url)
        host = parsed.host  # decodes an IDNA name: a bad A-label fails here
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        return str(exc) or type(exc).__name__
    if not host:
        return "no host name"
    if parsed.port is not None and not 0 < parsed.port < 65536:
        return f"port {parsed.port} out of range"
    return None


def _host_key(url: str) -> str:
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:  # malformed: it gets its verdict without a request
        return ""


def _interleave_hosts(urls: list[str]) -> list[str]:
    """Order URLs round-robin over their hosts, so one big site does not hold every slot."""
    by_host: dict[str, list[str]] = {}
    for url in urls:
        by_host.setdefault(_host_key(url), []).append(url)
    queues = [list(reversed(q)) for q in by_host.values()]
    ordered: list[str] = []
    while queues:
        for queue in queues:
            ordered.append(queue.pop())
        queues = [q for q in queues if q]
    return ordered
