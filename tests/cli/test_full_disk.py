"""Output that cannot be written (a full disk) is one clear error and exit 2: it was an
"internal error (OSError …)" for long output, and Python's "Exception ignored" with exit 120
for short output flushed at exit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE

FULL = Path("/dev/full")


@pytest.mark.skipif(not FULL.exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["date", "25.10.2021"],  # a short output, flushed at exit
        ["check", "--no-links", "--format", "json", str(EXAMPLE)],  # a long one
    ],
)
def test_a_full_disk_is_one_clear_error(args: list[str]) -> None:
    with FULL.open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "citekit", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr == "citekit: error: cannot write the output: No space left on device\n"
