"""A transport that resolves each host once and connects to that very address, if it is public.

A pre-publish hook runs on an editor's machine or a CI runner inside a network; a note whose URL
(or a redirect, or a DNS answer) points at 10.0.0.1 or 169.254.169.254 must not make citekit probe
it. Checking a name and then letting the connection resolve it again is not enough: a DNS server
can answer a public address to the check and 127.0.0.1 to the connection (DNS rebinding). So the
guard resolves the name itself, checks the addresses, and sends the request to the checked
address, keeping the host name for the ``Host`` header and for TLS (SNI and certificate checks).
Every request, redirect hops included, passes here.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Sequence

import httpx

__all__ = ["BlockedAddress", "PrivateAddressGuard", "Resolver", "is_private_address"]

Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
"""Resolve a host name and port to IP address strings (injectable for tests)."""

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")


class BlockedAddress(Exception):
    """A URL's host is, or resolves to, an address citekit does not contact."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to the private address {address}")
        self.host = host
        self.address = address


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 form carries: mapped, compatible, translated, NAT64 or 6to4."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    packed = int(ip)
    if ip in _NAT64 or ip in _NAT64_LOCAL:
        return ipaddress.IPv4Address(packed & 0xFFFFFFFF)
    high = packed >> 32
    # ::a.b.c.d, the deprecated IPv4-compatible form; ::ffff:0:a.b.c.d, the SIIT-translated one
    if (high == 0 and packed > 1) or high == 0xFFFF0000:
        return ipaddress.IPv4Address(packed & 0xFFFFFFFF)
    return None


def is_private_address(address: str) -> bool:
    """Whether an IP address is private, loopback, link-local or otherwise not public.

    An IPv6 address that embeds an IPv4 one (``::ffff:127.0.0.1``, ``::127.0.0.1``,
    ``64:ff9b::7f00:1``, ``2002:7f00:1::``) is judged by the IPv4 address it carries.
    """
    ip = ipaddress.ip_address(address.strip("[]").split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            return not embedded.is_global or embedded.is_multicast or not ip.is_global
    return not ip.is_global or ip.is_multicast


async def system_resolver(host: str, port: int) -> Sequence[str]:
    """The operating system's answer for `host`, as address strings in its order."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(sockaddr[0]) for *_, sockaddr in infos]


def _literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


class PrivateAddressGuard(httpx.AsyncBaseTransport):
    """Resolve each host once, refuse non-public addresses, and connect to the checked one."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        allow_private: bool = False,
        resolver: Resolver | None = None,
    ) -> None:
        self._inner = inner
        self._allow_private = allow_private
        self._resolve = resolver or system_resolver
        self._answers: dict[tuple[str, int], tuple[str, ...]] = {}
        self._locks: dict[tuple[str, int], asyncio.Lock] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Pin the request to a checked address, then send it through the inner transport."""
        host = request.url.host
        port = request.url.port or (443 if request.url.scheme == "https" else 80)
        literal = _literal(host)
        if literal is not None:
            if not self._allow_private and is_private_address(literal):
                raise BlockedAddress(host, literal)
            return await self._inner.handle_async_request(request)
        addresses = await self._addresses(host, port)
        if not self._allow_private:
            for address in addresses:
                if is_private_address(address):
                    raise BlockedAddress(host, address)
        try:
            address_url = request.url.copy_with(host=addresses[0])
        except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
            raise httpx.InvalidURL(f"cannot connect to {addresses[0]}: {exc}") from exc
        pinned = httpx.Request(
            request.method,
            address_url,
            headers=request.headers,  # keeps Host: the name, not the address
            stream=request.stream,
            extensions={**request.extensions, "sni_hostname": host},
        )
        return await self._inner.handle_async_request(pinned)

    async def _addresses(self, host: str, port: int) -> tuple[str, ...]:
        """One resolution per host and port for the whole run (later hops reuse it)."""
        key = (host, port)
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key not in self._answers:
                try:
                    answer = tuple(await self._resolve(host, port))
                except socket.gaierror as exc:
                    raise httpx.ConnectError(f"DNS lookup of {host} failed: {exc}") from exc
                except (UnicodeError, ValueError) as exc:  # a label too long, a bad A-label
                    raise httpx.InvalidURL(f"invalid host name: {exc}") from exc
                if not answer:
                    raise httpx.ConnectError(f"DNS lookup of {host} gave no address")
                self._answers[key] = answer
        return self._answers[key]

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()
