"""A transport that refuses private, loopback and link-local addresses.

A pre-publish hook runs on an editor's machine or a CI runner inside a network; a note whose URL
(or a redirect, or a DNS answer) points at 10.0.0.1 or 169.254.169.254 must not make citekit probe
it. Every request, hops included, passes here before it is sent.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket

import httpx

__all__ = ["BlockedAddress", "PrivateAddressGuard", "is_private_address"]


class BlockedAddress(Exception):
    """A URL's host is, or resolves to, an address citekit does not contact."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to the private address {address}")
        self.host = host
        self.address = address


def is_private_address(address: str) -> bool:
    """Whether an IP address is private, loopback, link-local or otherwise not public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


class PrivateAddressGuard(httpx.AsyncBaseTransport):
    """Refuse hosts that are or resolve to non-public addresses, then hand over to `inner`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, *, allow_private: bool = False) -> None:
        self._inner = inner
        self._allow_private = allow_private
        self._verdicts: dict[str, str | None] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Check the host, then send the request through the inner transport."""
        if not self._allow_private:
            await self._refuse_private(request.url.host, request.url.port)
        return await self._inner.handle_async_request(request)

    async def _refuse_private(self, host: str, port: int | None) -> None:
        if host not in self._verdicts:
            self._verdicts[host] = await self._first_private(host, port)
        address = self._verdicts[host]
        if address is not None:
            raise BlockedAddress(host, address)

    @staticmethod
    async def _first_private(host: str, port: int | None) -> str | None:
        try:
            return host if is_private_address(host) else None
        except ValueError:
            pass  # a name, not an address literal
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port or 443, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpx.ConnectError(f"DNS lookup of {host} failed: {exc}") from exc
        for *_, sockaddr in infos:
            address = str(sockaddr[0])
            if is_private_address(address):
                return address
        return None

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()
