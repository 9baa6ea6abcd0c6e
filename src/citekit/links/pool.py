"""A connection pool per host.

httpcore's pool scans every connection it holds for each request it places, so one pool shared
by a few hundred connections over many hosts spends more CPU choosing a connection than sending
the request. One small pool per origin keeps that scan to the host's own few connections; the
least recently used idle pools are closed so that an archive of thousands of sites does not hold
thousands of sockets open.
"""

from __future__ import annotations

import ssl
from collections import OrderedDict

import httpx

__all__ = ["PerHostPool", "ssl_context"]

_MAX_POOLS = 256
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


class PerHostPool(httpx.AsyncBaseTransport):
    """Route each request to the transport of its origin, created on first use."""

    def __init__(self, *, per_host: int, verify: bool | str | ssl.SSLContext, http2: bool) -> None:
        self._per_host = per_host
        self._context = ssl_context(verify)
        self._http2 = http2
        self._pools: OrderedDict[_Key, httpx.AsyncHTTPTransport] = OrderedDict()
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
            pool = self._pools[key] = httpx.AsyncHTTPTransport(
                verify=self._context,
                http2=self._http2,
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
