"""A connection pool per host.

httpcore's pool scans every connection it holds for each request it places, so one pool shared
by a few hundred connections over many hosts spends more CPU choosing a connection than sending
the request. One small pool per origin keeps that scan to the host's own few connections; the
least recently used idle pools are closed so that an archive of thousands of sites does not hold
thousands of sockets open.

httpcore asks a connection's stream for its socket several times per request (is it still
readable? is it TLS?), and anyio answers each question by building a dictionary of every
attribute it knows; the streams here remember the answers that cannot change, which saves a
good share of the CPU each request costs.
"""

from __future__ import annotations

import select
import socket
import ssl
from collections import OrderedDict
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

__all__ = ["PerHostPool", "ssl_context"]

_MAX_POOLS = 256
# whether the request this task last wrote went over a connection that had already served a
# response: a server may close such a keep-alive connection just as the request leaves
_REUSED: ContextVar[bool] = ContextVar("citekit_pool_reused", default=False)
_STALE = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)
_IDEMPOTENT = frozenset({"GET", "HEAD"})
_Key = tuple[bytes, bytes, int | None, str | None]


def ssl_context(verify: bool | str | ssl.SSLContext) -> ssl.SSLContext:
    """One TLS context for every pool (building one per host would cost milliseconds each)."""
    if isinstance(verify, ssl.SSLContext):
        return verify
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    context = httpx.create_ssl_context()
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _is_readable(sock: socket.socket | None) -> bool:
    """Whether a socket has data or EOF waiting: an idle keep-alive connection that is not."""
    if sock is None or sock.fileno() < 0:
        return True
    try:
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll() on this platform
        return bool(select.select([sock], [], [], 0)[0])


class _Stream(httpcore.AsyncNetworkStream):
    """An anyio stream that remembers its socket, addresses and TLS object."""

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._info: dict[str, Any] = {}
        self._answered = False  # a response has been read from it: a kept-alive connection

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = await self._inner.read(max_bytes, timeout)
        self._answered = True
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        _REUSED.set(self._answered)
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _Stream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return _is_readable(self.get_extra_info("socket"))
        if info not in self._info:
            self._info[info] = self._inner.get_extra_info(info)
        return self._info[info]


class _Backend(httpcore.AsyncNetworkBackend):
    """httpcore's anyio backend, handing out `_Stream`s."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _Stream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        return _Stream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _Transport(httpx.AsyncHTTPTransport):
    """httpx's transport over an httpcore pool that uses `_Backend`."""

    def __init__(
        self, *, context: ssl.SSLContext, http2: bool, limits: httpx.Limits, backend: _Backend
    ) -> None:
        # httpx's own __init__ would build a pool with the default backend; this is that pool
        # (no proxy: the checker connects directly) with ours.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=http2,
            network_backend=backend,
        )


class PerHostPool(httpx.AsyncBaseTransport):
    """Route each request to the transport of its origin, created on first use."""

    def __init__(self, *, per_host: int, verify: bool | str | ssl.SSLContext, http2: bool) -> None:
        self._per_host = per_host
        self._context = ssl_context(verify)
        self._http2 = http2
        self._pools: OrderedDict[_Key, httpx.AsyncHTTPTransport] = OrderedDict()
        self._backend = _Backend()
        self._active: dict[_Key, int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send through the origin's own pool."""
        url = request.url
        # the guard connects to an address and names the host for TLS: one pool per name, so a
        # connection made for one site is never reused for another on the same address
        key = (url.raw_scheme, url.raw_host, url.port, request.extensions.get("sni_hostname"))
        pool = self._pools.get(key)
        if pool is None:
            await self._make_room()
            pool = self._pools[key] = _Transport(
                context=self._context,
                http2=self._http2,
                backend=self._backend,
                limits=httpx.Limits(
                    max_connections=self._per_host,
                    max_keepalive_connections=self._per_host,
                    keepalive_expiry=30.0,
                ),
            )
        else:
            self._pools.move_to_end(key)
        self._active[key] = self._active.get(key, 0) + 1
        try:
            _REUSED.set(False)
            try:
                return await pool.handle_async_request(request)
            except _STALE:
                # the server closed a kept-alive connection as the request was sent (it never
                # answered it): a GET or HEAD is sent once more, on a connection of its own
                if request.method not in _IDEMPOTENT or not _REUSED.get():
                    raise
            _REUSED.set(False)
            return await pool.handle_async_request(request)
        finally:
            self._active[key] -= 1

    async def _make_room(self) -> None:
        if len(self._pools) < _MAX_POOLS:
            return
        for key in list(self._pools):
            if not self._active.get(key):
                await self._pools.pop(key).aclose()
                self._active.pop(key, None)
                return

    async def aclose(self) -> None:
        """Close every pool."""
        for pool in self._pools.values():
            await pool.aclose()
        self._pools.clear()
