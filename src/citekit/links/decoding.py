"""Bounded decoding of a response body: never more decoded bytes than the read limit.

httpx inflates a compressed chunk whole, so a few kilobytes sent as ``Content-Encoding: gzip,
gzip`` become gigabytes in memory before the first decoded byte is seen. The checker reads the raw
bytes instead and inflates them here with ``max_length``, counting decoded bytes as it goes. One
layer of gzip or deflate is decoded; more than one layer is itself suspicious (no honest server
compresses twice) and, like an encoding citekit does not ask for, ends as a verdict, not a crash.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator

__all__ = ["SuspiciousEncoding", "read_decoded"]

_IDENTITY = frozenset({"", "identity"})
_ZLIB = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class SuspiciousEncoding(Exception):
    """The answer's ``Content-Encoding`` cannot be decoded safely."""


def encodings(header: str) -> list[str]:
    """The encoding layers a ``Content-Encoding`` header names, identity left out."""
    return [e.strip().lower() for e in header.split(",") if e.strip().lower() not in _IDENTITY]


class _Inflater:
    """Inflate gzip or deflate (zlib-wrapped or raw) with a cap on the output."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._z = zlib.decompressobj(_ZLIB[name])
        self._first = True

    def feed(self, data: bytes, room: int) -> bytes:
        if self._first and self._name == "deflate" and data:
            self._first = False
            if data[0] & 0x0F != 8:  # not a zlib header: raw deflate, as some servers send
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        self._first = False
        try:
            return self._z.decompress(data, max(room, 1))
        except zlib.error as exc:
            raise SuspiciousEncoding(f"broken {self._name} body: {exc}") from exc

    def pending(self, room: int) -> bytes:
        """More output from input already fed (left in the inflater by `max_length`)."""
        tail = self._z.unconsumed_tail
        if not tail:
            return b""
        try:
            return self._z.decompress(tail, max(room, 1))
        except zlib.error as exc:
            raise SuspiciousEncoding(f"broken {self._name} body: {exc}") from exc


async def read_decoded(raw: AsyncIterator[bytes], content_encoding: str, limit: int) -> bytes:
    """At most `limit` decoded bytes of a body given as raw chunks and its encoding header."""
    layers = encodings(content_encoding)
    if len(layers) > 1:
        raise SuspiciousEncoding(f"{len(layers)} content-encoding layers ({content_encoding})")
    if layers and layers[0] not in _ZLIB:
        raise SuspiciousEncoding(f"unsupported content-encoding {layers[0]!r}")
    inflater = _Inflater(layers[0]) if layers else None
    out: list[bytes] = []
    total = raw_total = 0
    async for chunk in raw:
        raw_total += len(chunk)
        if raw_total > 2 * limit + 65536:  # a body of empty blocks would otherwise never end
            break
        if inflater is None:
            piece = chunk[: limit - total]
            out.append(piece)
            total += len(piece)
        else:
            piece = inflater.feed(chunk, limit - total)
            while piece:
                out.append(piece)
                total += len(piece)
                if total >= limit:
                    break
                piece = inflater.pending(limit - total)
        if total >= limit:
            break
    return b"".join(out)[:limit]
