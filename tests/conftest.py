"""Shared fixtures: the test data folder and the founding example."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "ankasam-tokayev-visit-turkmenistan.txt"


def _keep_bytecode_outside_the_tree() -> None:
    """Where the environment asks for no bytecode beside the sources (PYTHONDONTWRITEBYTECODE,
    as on the shared machine), the suite keeps it in `.pytest_cache/bytecode` instead, for
    itself, its xdist workers and the `citekit` processes it starts: otherwise each of them
    compiles the sources and its imports anew (a worker's collection: 17 s of CPU, not 7 s)."""
    if (
        not sys.flags.dont_write_bytecode
        or sys.pycache_prefix
        or os.environ.get("PYTHONPYCACHEPREFIX")
    ):
        return
    prefix = str(ROOT / ".pytest_cache" / "bytecode")
    sys.pycache_prefix = prefix
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = prefix
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


_keep_bytecode_outside_the_tree()


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file; a missing file fails the run rather than skipping."""
    assert path.exists(), f"missing test data {path}"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture
def stdin(monkeypatch: pytest.MonkeyPatch) -> Callable[[bytes], None]:
    """Give the command run in this process these bytes as its standard input."""

    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return feed


# The modules holding the suite's longest tests (seconds of CPU on the shared 2-core machine),
# run first: xdist's workers then share out the many short tests behind them, and no worker is
# left alone with a long one at the end of the run (`--dist worksteal`, pyproject.toml).
_LONGEST_FIRST = (
    "tests/test_quality.py",  # mypy: 35 s without its cache; the docs build: 6 s
    "tests/test_robustness.py",  # linear-work checks, 2,000-note documents: 35 s in all
    "tests/test_distribution.py",  # the wheel built and installed: 10 s
    "tests/test_typing_variants.py",  # the corpus parsed seven ways: 13 s
    "tests/test_examples.py",  # the guides' examples run as written: 10 s
    "tests/training/test_generate.py",  # thousands of generated notes: 11 s
    "tests/cli/test_pre_commit_hooks.py",  # pre-commit runs both hooks: 5 s
    "tests/citations/test_late_pass_skips.py",
    "tests/links/test_resume.py",
    "tests/test_golden.py",
    "tests/citations/test_address_gate.py",
    "tests/links/test_stream.py",
    "tests/cli/test_full_disk.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest tests' modules first, each in its own order; the rest as collected."""
    rank = {path: i for i, path in enumerate(_LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.partition("::")[0], len(rank)))
