"""Linear-work checks for adversarial input, in place of wall-clock limits (STYLE.md §7).

A test builds an input of size n and of size 2n, runs the code on each (interleaved, best of
two) and asserts that the work doubles, not quadruples: the ratio of the two times, never an
absolute bound, is what is checked. Time is the process's CPU time, which other processes on a
busy machine do not inflate; inputs are sized so each run takes tens of milliseconds. A ratio
over the limit is measured again (up to `ATTEMPTS` times): a loaded machine's noise passes on a
second try, while quadratic work (a ratio near 4) fails every one.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# 2.0 is linear, 4.0 quadratic; the margin absorbs noise and n log n.
MAX_RATIO = 3.0
ATTEMPTS = 3
_PAIRS = 2  # timed pairs per attempt: a noisy pair is measured again by the next attempt


def growth(make: Callable[[int], T], run: Callable[[T], object], n: int, factor: int = 2) -> float:
    """How much longer `run` takes on an input of size factor × n than on one of size n."""
    small, large = make(n), make(factor * n)
    run(small)  # warm caches (compiled patterns, language data)
    best_small = best_large = float("inf")
    collecting = gc.isenabled()
    gc.disable()  # as timeit does: a collection's cost depends on the whole heap, not the input
    try:
        for _ in range(_PAIRS):
            start = time.process_time()
            run(small)
            best_small = min(best_small, time.process_time() - start)
            start = time.process_time()
            run(large)
            best_large = min(best_large, time.process_time() - start)
    finally:
        if collecting:
            gc.enable()
    return best_large / max(best_small, 1e-9)


def assert_linear(make: Callable[[int], T], run: Callable[[T], object], n: int) -> None:
    """Fail when doubling the input more than `MAX_RATIO`-folds the work, in every attempt."""
    ratios = []
    for _ in range(ATTEMPTS):
        ratios.append(growth(make, run, n))
        if ratios[-1] < MAX_RATIO:
            return
    shown = ", ".join(f"{ratio:.1f}" for ratio in ratios)
    raise AssertionError(f"doubling the input multiplied the time by {shown}")
