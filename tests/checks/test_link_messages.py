"""A dead link's finding says what happened in plain words: a page that answers 404 "is dead",
an address that cannot be reached at all "fails" (never "is error"). Real servers on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from citekit.cli import main


class _Routes(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status = 200 if self.path == "/post/1" else 404
        body = b"<html><body>Gaz eksporty barada uzyn makala.</body></html>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Routes)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_dead_and_failing_links_are_said_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], site: str
) -> None:
    closed = f"http://127.0.0.1:{_closed_port()}/x"
    path = tmp_path / "makale.md"
    path.write_text(
        "Türkmenistanyň gaz eksporty barada makala we Gazagystan bilen söwda gatnaşyklary "
        "hakynda gürrüň edilýär.[^1][^2][^3]\n\n"
        f'[^1]: "Gaz eksporty", *Altyn asyr*, {site}/post/1 (Barlanan senesi: 25.10.2021).\n'
        f'[^2]: "Söwda", *Altyn asyr*, {site}/post/2 (Barlanan senesi: 25.10.2021).\n'
        f'[^3]: "Ýol", *Altyn asyr*, {closed} (Barlanan senesi: 25.10.2021).\n',
        encoding="utf-8",
    )
    assert main(["check", "--allow-private", "--no-cache", "-q", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"note 2: {site}/post/2 is dead: 404" in out
    assert f"note 3: {closed} fails: " in out
    assert "is error" not in out
    assert "note 1:" not in out
