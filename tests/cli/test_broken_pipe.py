"""A reader that leaves early (`citekit notes … | head`) ends citekit quietly with 141, the
code a shell gives a program SIGPIPE ended: it was 1, which `check` uses for findings."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from citekit.cli import BROKEN_PIPE
from tests.conftest import EXAMPLE


@pytest.mark.skipif(sys.platform == "win32", reason="a closed pipe is EINVAL on Windows")
@pytest.mark.parametrize(
    "args",
    [
        ["notes", str(EXAMPLE)],
        ["notes", "--json", str(EXAMPLE)],
        ["check", "--no-links", str(EXAMPLE)],  # would be 1 (findings) if it could write
        ["date", "25.10.2021"],  # a short output, flushed at exit
    ],
)
def test_a_reader_that_left_is_a_quiet_141(args: list[str]) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader has gone before the first line
    try:
        done = subprocess.run(
            [sys.executable, "-m", "citekit", *args],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(write)
    assert done.returncode == BROKEN_PIPE == 141
    assert done.stderr == ""
