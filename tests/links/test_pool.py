"""The per-host pool's streams: a keep-alive connection the server closed is not reused."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from citekit.links import LinkSettings, LinkStatus, check_links


def _serve(
    answers_per_connection: int, *, wait: bool
) -> tuple[socket.socket, list[int], threading.Event]:
    """A server that answers this many requests on each connection, saying nothing about
    closing, then closes it: at once, or (`wait`) when the next request arrives, unanswered."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    connections: list[int] = []
    stop = threading.Event()
    body = b"<html><title>ok</title><p>fine</p></html>"
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            connections.append(1)
            with conn:
                for _ in range(answers_per_connection):
                    conn.recv(65536)
                    conn.sendall(head.encode() + body)
                if wait:
                    conn.recv(65536)  # the next request: closed unanswered

    threading.Thread(target=serve, daemon=True).start()
    return listener, connections, stop


@pytest.fixture
def closing_server() -> Iterator[tuple[str, list[int]]]:
    """Answers one request per connection, says nothing about closing, then closes."""
    listener, connections, stop = _serve(1, wait=False)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", connections
    stop.set()
    listener.close()


def test_connection_closed_by_the_server_is_not_reused(
    closing_server: tuple[str, list[int]],
) -> None:
    base, connections = closing_server
    urls = [f"{base}/page/{i}" for i in range(5)]
    settings = LinkSettings(allow_private=True, per_host=1, concurrency=1, cache=None)
    results = check_links(urls, settings=settings)
    assert [r.status for r in results] == [LinkStatus.OK] * 5
    assert len(connections) == 5  # each request found its pooled connection closed: a new one


@pytest.mark.parametrize("answers", [1, 0])
def test_a_kept_alive_connection_closed_unanswered_is_retried_once_fresh(answers: int) -> None:
    listener, connections, stop = _serve(answers, wait=True)
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    settings = LinkSettings(
        allow_private=True, per_host=1, concurrency=1, cache=None, max_retries=0
    )
    try:
        results = check_links([f"{base}/a", f"{base}/b"], settings=settings)
    finally:
        stop.set()
        listener.close()
    if answers:  # /b went over /a's connection, which the server closed: sent again, fresh
        assert [r.status for r in results] == [LinkStatus.OK, LinkStatus.OK]
        assert len(connections) == 2
    else:  # a fresh connection closed unanswered is the server's answer: not sent again
        assert all(r.status is LinkStatus.ERROR for r in results)
        assert len(connections) == 2
