"""A hostile loopback site: compression bombs made on the fly, a Host echo, a header recorder.

Bombs are generated when the server starts (never stored): `zeros_gzip(n)` compresses n zero
bytes in 1 MiB steps, so a 256 MiB bomb costs a fraction of a second and a few hundred KB.
"""

from __future__ import annotations

import contextlib
import json
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.servers import POLL

MIB = 1024 * 1024


def zeros_gzip(size: int) -> bytes:
    """`size` zero bytes, gzip-compressed, made in 1 MiB steps."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * MIB
    out = [packer.compress(block) for _ in range(size // MIB)]
    out.append(packer.compress(b"\0" * (size % MIB)))
    out.append(packer.flush())
    return b"".join(out)


def gzip_bytes(data: bytes) -> bytes:
    """`data` compressed as one gzip member."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


class Hostile:
    """What the site serves and what it saw."""

    def __init__(self, bomb_size: int) -> None:
        self.single = zeros_gzip(bomb_size)
        self.double = gzip_bytes(self.single)
        self.lock = threading.Lock()
        self.hosts: list[str] = []
        self.authorization: list[str] = []
        self.paths: list[str] = []
        self.snapshot_url = "http://archive.test/web/20211025000000/page"
        self.append_to: Path | None = None  # a file another "editor" appends to meanwhile


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hostile: Hostile

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, body: bytes, headers: dict[str, str], status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        with contextlib.suppress(OSError):  # the client may hang up early, as it should
            self.wfile.write(body)

    def do_GET(self) -> None:
        with self.hostile.lock:
            self.hostile.hosts.append(self.headers.get("Host", ""))
            self.hostile.authorization.append(self.headers.get("Authorization", ""))
            self.hostile.paths.append(self.path)
        if self.path.startswith("/gzip2"):
            self._send(self.hostile.double, {"Content-Encoding": "gzip, gzip"})
        elif self.path.startswith("/gzip1"):
            self._send(self.hostile.single, {"Content-Encoding": "gzip"})
        elif self.path.startswith("/hop"):
            self._send(b"", {"Location": "/page"}, status=302)
        elif self.path.startswith("/bad-location"):  # urljoin cannot split it
            self._send(b"", {"Location": "http://[::1"}, status=302)
        elif self.path.startswith("/wayback"):
            if self.hostile.append_to is not None:
                with self.hostile.append_to.open("a", encoding="utf-8") as out:
                    out.write("A line the editor added while citekit was working.\n")
            closest = {"available": True, "timestamp": "20211025000000"}
            closest["url"] = self.hostile.snapshot_url
            body = json.dumps({"archived_snapshots": {"closest": closest}}).encode()
            self._send(body, {"Content-Type": "application/json"})
        elif self.path.startswith("/gone"):
            self._send(b"<title>gone</title>", {}, status=404)
        else:
            self._send(b"<!doctype html><title>Article</title><p>fine</p>", {})


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up on a bomb is expected, not worth a traceback


@contextmanager
def serve_hostile(bomb_size: int = 64 * MIB) -> Iterator[tuple[int, Hostile]]:
    """Run the hostile site on 127.0.0.1; yields its port and its record."""
    hostile = Hostile(bomb_size)
    handler = type("BoundHostile", (_Handler,), {"hostile": hostile})
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(POLL,), daemon=True)
    thread.start()
    try:
        yield server.server_address[1], hostile
    finally:
        server.shutdown()
        server.server_close()
