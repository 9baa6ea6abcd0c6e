"""`citekit links` streams its results and, interrupted, resumes without asking again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from citekit.cli import main
from tests.conftest import ROOT

HALF = 12


class _Counted:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.release = threading.Event()  # set: the slow half answers at once


@pytest.fixture
def counted() -> Iterator[tuple[str, _Counted]]:
    state = _Counted()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            with state.lock:
                state.hits[self.path] += 1
            if self.path.startswith("/slow/"):
                state.release.wait(timeout=300)  # released by the test (or at teardown)
            body = b"<html><title>ok</title><p>fine</p></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", state
    state.release.set()
    server.shutdown()
    server.server_close()


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _args(urls: Path, cache: Path, *extra: str) -> list[str]:
    return ["links", "--json", "--allow-private", "--cache",
            str(cache), "--max-age", "0", "--timeout", "300", "--per-host", "30",
            "--concurrency", "30", *extra, str(urls)]  # fmt: skip


def test_interrupted_run_resumes_without_asking_again(
    counted: tuple[str, _Counted], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, state = counted
    urls = tmp_path / "urls.txt"
    fast = [f"{base}/fast/{i}" for i in range(HALF)]
    slow = [f"{base}/slow/{i}" for i in range(HALF)]
    urls.write_text("\n".join(u for pair in zip(fast, slow, strict=True) for u in pair) + "\n")
    cache = tmp_path / "links.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    first = subprocess.Popen(
        [sys.executable, "-m", "citekit", *_args(urls, cache)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=env,
        # Ctrl-C reaches the run even when this suite runs in the background (`cmd &` ignores
        # SIGINT, and the child would inherit that: Python then installs no handler for it)
        preexec_fn=_default_sigint,
    )
    assert first.stdout is not None
    decided = []
    for line in first.stdout:  # streamed: the fast half arrives while the slow half hangs
        decided.append(json.loads(line)["url"])
        if len(decided) == HALF:
            break
    first.send_signal(signal.SIGINT)  # Ctrl-C at 50%
    first.communicate(timeout=30)
    assert set(fast) == set(decided)
    sent_before = state.hits.copy()
    state.release.set()
    assert main(_args(urls, cache, "--resume")) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert set(fast + slow) == {line["url"] for line in lines}
    assert all(state.hits[f"/fast/{i}"] == sent_before[f"/fast/{i}"] == 1 for i in range(HALF))
    assert all(line["from_cache"] for line in lines if "/fast/" in line["url"])
    # without --resume, --max-age 0 asks everything again
    assert main(_args(urls, cache)) == 0
    assert all(state.hits[f"/fast/{i}"] == 2 for i in range(HALF))
