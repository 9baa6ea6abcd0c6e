"""Parse the corpus notes repeated to 100,000 notes: notes/second and peak memory.

Run: uv run python benchmarks/notes.py [N]
"""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc

from _common import DATA, load_jsonl
from citekit.citations import parse_note
from citekit.model import Location

NOTES = [r["note"] for r in load_jsonl(DATA / "corpus" / "notes-dev.jsonl")]


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    batch = (NOTES * (total // len(NOTES) + 1))[:total]
    loc = Location(path="bench")
    rates = []
    for _ in range(3):
        start = time.perf_counter()
        for i, text in enumerate(batch, 1):
            parse_note(i, text, location=loc)
        rates.append(total / (time.perf_counter() - start))
    tracemalloc.start()
    notes = [parse_note(i, t, location=loc) for i, t in enumerate(batch[:10_000], 1)]
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{total:,} notes ({len(NOTES)} corpus notes repeated), one core")
    print(
        f"  citekit: {statistics.median(rates):,.0f} notes/s (median of 3 runs: "
        f"{', '.join(f'{r:,.0f}' for r in rates)})"
    )
    print(
        f"  peak memory while keeping 10,000 parsed notes: {peak / 2**20:.1f} MiB "
        f"({len(notes)} notes)"
    )


if __name__ == "__main__":
    main()
