"""Note parsing speed of two versions of citekit, measured in turns on the same notes.

On a machine shared with other jobs, two benchmark runs minutes apart see different loads;
this runs the two versions alternately (fresh processes, ROUNDS rounds) on the same N distinct
generated notes (seed 7, as `benchmarks/notes.py`), each after a warm-up (lexicons, langdetect's
profiles and the constrained decoder's weights are loaded first), and reports the median rate
of each by wall clock and by CPU time (less sensitive to other jobs on the machine).

Run: uv run python benchmarks/notes_ab.py BEFORE_SRC AFTER_SRC [N] [ROUNDS]
(each *_SRC a checkout's ``src`` folder, e.g. ``git archive main src | tar -x -C /tmp/main``).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

WORKER = """
import json, sys, time
from citekit.citations import parse_note
from citekit.citations.tagger import load_tagger
from citekit.model import Location
batch = json.load(open(sys.argv[1], encoding="utf-8"))
loc = Location(path="bench")
for i, t in enumerate(batch[:300], 1):
    parse_note(i, t, location=loc)
load_tagger()._constrained()
wall, cpu = time.perf_counter(), time.process_time()
for i, t in enumerate(batch, 1):
    parse_note(i, t, location=loc)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
try:  # which parser ran: compiled (mypyc) or its Python sources (trees before it: sources)
    from citekit._native import mode
except ImportError:
    mode = lambda: "pure Python"
print(json.dumps({"wall": len(batch) / wall, "cpu": len(batch) / cpu, "mode": mode()}))
"""


def main() -> None:
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    arms = {"before": sys.argv[1], "after": sys.argv[2]}
    total = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    from citekit.training import generate_samples

    texts = dict.fromkeys(s.text.text for s in generate_samples(total + total // 20, seed=7))
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "batch.json"
        batch.write_text(json.dumps(list(texts)[:total], ensure_ascii=False), encoding="utf-8")
        rates: dict[str, list[dict[str, float]]] = {arm: [] for arm in arms}
        for _round in range(rounds):
            for arm, src in arms.items():
                env = dict(os.environ, PYTHONPATH=src)
                done = subprocess.run(
                    [sys.executable, "-c", WORKER, str(batch)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                rates[arm].append(json.loads(done.stdout))
    print(f"{total:,} distinct generated notes, {rounds} rounds in turn, one core")
    for arm, rows in rates.items():
        wall = statistics.median(r["wall"] for r in rows)
        cpu = statistics.median(r["cpu"] for r in rows)
        print(f"  {arm:6s}  wall {wall:7,.0f} notes/s   cpu {cpu:7,.0f} notes/s")
        print(f"          parser: {rows[-1].get('mode', '?')}")
    before = statistics.median(r["cpu"] for r in rates["before"])
    after = statistics.median(r["cpu"] for r in rates["after"])
    print(f"  after / before (CPU time): {after / before:.2f}x")


if __name__ == "__main__":
    main()
