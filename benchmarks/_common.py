"""Helpers for the benchmark scripts: repeated timing with medians."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent.parent / "tests" / "data"


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def median_rate(
    func: Callable[[Sequence[Any]], object], items: Sequence[Any], runs: int = 5
) -> float:
    """Items per second, median over `runs` timed passes (after one warm-up pass)."""
    func(items)
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        func(items)
        rates.append(len(items) / (time.perf_counter() - start))
    return statistics.median(rates)
