"""A loopback site that acts out every behaviour the link checker must classify.

Served by `ThreadingHTTPServer` on 127.0.0.1 (port 0: the OS picks one), in a daemon thread, as
httpx's own test suite does. Each path is one behaviour; `Site.hits` counts requests per path and
`Site.max_in_flight` the most requests in flight at once per Host header, `Site.sent` the body
bytes a `/huge` answer wrote before the client hung up (set once that answer has ended).
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

NOT_FOUND_PAGES = {
    "en": ("Page not found", "Sorry, the page you are looking for could not be found."),
    "tr": ("Sayfa bulunamadı", "Aradığınız sayfa bulunamadı veya kaldırılmış olabilir."),
    "ru": ("Страница не найдена", "К сожалению, запрашиваемая страница не найдена."),
    "kk": ("Бет табылмады", "Кешіріңіз, сіз іздеген бет табылмады."),
    "tk": ("Sahypa tapylmady", "Gynansak-da, siz gözleýän sahypa tapylmady."),
}
# How often a server's loop looks for `shutdown()`: a site shuts down within this, not 0.5 s.
POLL = 0.05
ARTICLE = (
    "<p>Türkmenistan bilen Gazagystanyň arasyndaky söwda dolanyşygy artýar. "
    "A reader once wrote that the old link said 'page not found', which it did not.</p>" * 60
)


class Site:
    """Counters shared by the handler threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.methods: Counter[str] = Counter()
        self.in_flight: Counter[str] = Counter()
        self.max_in_flight: Counter[str] = Counter()
        self.first_seen: dict[str, float] = {}
        self.archive_queries: list[dict[str, list[str]]] = []
        self.sent: Counter[str] = Counter()
        self.changed = threading.Condition(self.lock)

    def wait_until(self, seen: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
        """Wait until the handlers have counted what the test needs (a guard, not a bound)."""
        with self.changed:
            if not self.changed.wait_for(seen, timeout):
                raise AssertionError(f"the site never saw {what}")

    def wait_sent(self, path: str) -> int:
        """Body bytes the answer to `path` wrote, once it has ended."""
        self.wait_until(lambda: path in self.sent, f"the end of the answer to {path}")
        return self.sent[path]

    def reset(self) -> None:
        with self.lock:
            self.hits.clear()
            self.methods.clear()
            self.max_in_flight.clear()
            self.first_seen.clear()
            self.archive_queries.clear()
            self.sent.clear()


def _page(title: str, text: str) -> bytes:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><h1>{title}</h1><p>{text}</p></body></html>"
    ).encode()


class Routes(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    site: Site
    _flying: str | None = None  # the Host header of the GET being answered

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self.site.methods["HEAD"] += 1
        self.send_response(405)
        self.send_header("Allow", "GET")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        host = self.headers.get("Host", "")
        with self.site.lock:
            self.site.methods["GET"] += 1
            self.site.in_flight[host] += 1
            self.site.max_in_flight[host] = max(
                self.site.max_in_flight[host], self.site.in_flight[host]
            )
        self._flying = host
        try:
            self._route()
        finally:
            self._landed()

    def _landed(self) -> None:
        """The request leaves the in-flight count, once, before the client can see an answer.

        Counting down only after the answer was written would let the client's next request
        arrive while this one still counts, and the site would see more in flight than there are.
        """
        host, self._flying = self._flying, None
        if host is not None:
            with self.site.lock:
                self.site.in_flight[host] -= 1

    def end_headers(self) -> None:
        self._landed()
        super().end_headers()

    def _send(
        self,
        status: int,
        body: bytes = b"",
        ctype: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _route(self) -> None:
        split = urlsplit(self.path)
        path, query = split.path, parse_qs(split.query)
        with self.site.changed:
            self.site.hits[path] += 1
            self.site.changed.notify_all()
        parts = path.strip("/").split("/")
        if path == "/":
            self._send(200, _page("Home", "Welcome"))
        elif parts[0] in ("ok", "article", "final"):
            self._send(200, _page("Article", ARTICLE))
        elif parts[0] == "status":
            code = int(parts[1])
            self._send(code, _page(f"{code}", "status page"))
        elif parts[0] == "redirect":
            left = int(parts[1])
            target = f"/redirect/{left - 1}" if left > 1 else "/final"
            self._send(301 if left % 2 else 302, headers={"Location": target})
        elif parts[0] == "loop":
            self._send(302, headers={"Location": "/loop/b" if parts[1] == "a" else "/loop/a"})
        elif parts[0] == "moved-home":
            self._send(302, headers={"Location": "/"})
        elif parts[0] == "soft404":
            self._send(200, _page(*NOT_FOUND_PAGES[parts[1]]))
        elif parts[0] == "slow":
            time.sleep(float(query.get("s", ["3"])[0]))
            self._send(200, _page("Slow", "late"))
        elif parts[0] == "busy":
            time.sleep(0.1)
            self._send(200, _page("Busy", "fine"))
        elif parts[0] == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        elif parts[0] == "ratelimited":
            key = path
            with self.site.lock:
                first = self.site.first_seen.setdefault(key, time.monotonic())
            wait = float(query.get("retry_after", ["1"])[0])
            if parts[1] == "always" or time.monotonic() - first < wait:
                status = 503 if "503" in parts else 429
                self._send(status, b"slow down", headers={"Retry-After": f"{wait:g}"})
            else:
                self._send(200, _page("Article", "after the wait"))
        elif parts[0] == "bot-wall":
            body = _page("Just a moment...", "Checking your browser before accessing.")
            self._send(403, body, headers={"cf-mitigated": "challenge", "Server": "cloudflare"})
        elif parts[0] == "denied":
            self._send(999, b"")
        elif parts[0] == "drip":
            self._drip()
        elif parts[0] == "huge":
            self._huge(2 * 1024**3, parts[1] if len(parts) > 1 else "bin")
        elif parts[0] == "wayback":
            with self.site.lock:
                self.site.archive_queries.append(query)
            url = query.get("url", [""])[0]
            snapshots: dict[str, object] = {}
            if "/status/404" in url or "/status/410" in url:
                stamp = query.get("timestamp", ["2020"])[0] + "120000"
                snapshots = {
                    "closest": {
                        "available": True,
                        "status": "200",
                        "timestamp": stamp,
                        "url": f"http://web.archive.test/web/{stamp}/{url}",
                    }
                }
            body = json.dumps({"url": url, "archived_snapshots": snapshots}).encode()
            self._send(200, body, "application/json")
        else:
            self._send(404, _page("Not Found", "no such route"))

    def _huge(self, size: int, kind: str) -> None:
        ctype = "text/html; charset=utf-8" if kind == "html" else "application/octet-stream"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = (b"<p>" + b"x" * 1020 + b"</p>") if kind == "html" else b"\0" * 1024
        sent = 0
        try:
            while sent < size:
                self.wfile.write(chunk * 64)
                sent += len(chunk) * 64
        except OSError:
            pass  # the checker hung up, as it should
        self._record_sent(sent)

    def _record_sent(self, sent: int) -> None:
        """Close the connection and record how many body bytes were sent to this path."""
        self.close_connection = True
        with self.site.changed:
            self.site.sent[urlsplit(self.path).path] = sent
            self.site.changed.notify_all()

    def _drip(self) -> None:
        """A 200 whose body comes one byte every 0.1 s, never ending: no read ever waits long,
        so only a total timeout ends it."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        sent = 0
        try:
            while True:
                self.wfile.write(b" ")
                self.wfile.flush()
                sent += 1
                time.sleep(0.1)
        except OSError:
            pass  # the client gave up, as it should
        self._record_sent(sent)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


@contextmanager
def serve(context: ssl.SSLContext | None = None) -> Iterator[tuple[str, Site]]:
    """Run the site on 127.0.0.1; yields its base URL and its counters."""
    site = Site()
    handler = type("BoundRoutes", (Routes,), {"site": site})
    server = _Server(("127.0.0.1", 0), handler)
    scheme = "http"
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, args=(POLL,), daemon=True)
    thread.start()
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}", site
    finally:
        server.shutdown()
        server.server_close()
