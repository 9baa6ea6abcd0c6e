"""Start-up time of the `citekit` command: `--version` and the founding check, wall clock.

Each command runs as a fresh process (the way a pre-commit hook or a CI step runs it), once to
warm the file cache, then `RUNS` times; the median and the best run are reported. Budgets
(issue 15): `citekit --version` <= 0.2 s, `citekit check` on the founding example <= 0.6 s.

Run: uv run python benchmarks/startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "ankasam-tokayev-visit-turkmenistan.txt"
RUNS = 11
COMMANDS = {
    "citekit --version": (["--version"], 0.2),
    "citekit check --no-links (founding example)": (["check", "--no-links", str(EXAMPLE)], 0.6),
    "citekit lang": (["lang", "Türkmenistanyň Gazagystana eksporty"], None),
    "citekit date": (["date", "25 октября 2021 г."], None),
}


# As a user's machine runs it: Python caches compiled modules. This sandbox sets
# PYTHONDONTWRITEBYTECODE, which makes every start recompile ~370 modules (+0.3 s).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "citekit", *args], capture_output=True, check=False, env=_ENV
    )
    return time.perf_counter() - start


def main() -> None:
    print(f"{'command':<46} {'median s':>9} {'best s':>7}  budget")
    for label, (args, budget) in COMMANDS.items():
        wall(args)
        times = [wall(args) for _ in range(RUNS)]
        median = statistics.median(times)
        verdict = ""
        if budget is not None:
            verdict = f"{budget:.1f} s " + ("ok" if median <= budget else "OVER")
        print(f"{label:<46} {median:>9.3f} {min(times):>7.3f}  {verdict}")


if __name__ == "__main__":
    main()
