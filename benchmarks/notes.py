"""Note parsing: citekit against refextract on the same notes, for speed and for what each finds.

Speed: N distinct synthetic notes (default 100,000) from the training-data generator
(`citekit.training`, seed 7, a seed the shipped model was not trained on), parsed on one core;
medians of 3 runs, peak memory while 10,000 parsed notes are kept, and the note tagger's model
load time (paid once per process). refextract (INSPIRE's reference extractor, the nearest peer
a Python user would reach for) parses the same notes fed as a numbered reference list; it is
much slower, so it gets a smaller batch (its rate is what counts).

What they find: field-level F1 on the 158 gold notes, by the corpus scoring rules (the same
normalisation as score_notes.py), on the fields refextract reports too: title, author, url,
issued (refextract gives a year only, so issued is compared by year for both), pages.

Run: uv run python benchmarks/notes.py [N]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from typing import Any

from refextract import extract_references_from_string

from _common import DATA, load_jsonl
from citekit._native import mode
from citekit.citations import parse_note
from citekit.model import Location
from citekit.training import generate_samples

sys.path.insert(0, str(DATA.parent.parent))
from tests.scoring import norm, predict

RECORDS = load_jsonl(DATA / "corpus" / "notes-dev.jsonl")
FIELDS = ("title", "author", "url", "year", "pages")


def citekit_rate(batch: list[str]) -> list[float]:
    loc = Location(path="bench")
    rates = []
    for _ in range(3):
        start = time.perf_counter()
        for i, text in enumerate(batch, 1):
            parse_note(i, text, location=loc)
        rates.append(len(batch) / (time.perf_counter() - start))
    return rates


def refextract_rate(batch: list[str]) -> list[float]:
    rates = []
    for _ in range(3):
        start = time.perf_counter()
        for start_at in range(0, len(batch), 100):  # a document's reference list at a time
            chunk = batch[start_at : start_at + 100]
            text = "\n".join(f"[{n}] {t.replace(chr(10), ' ')}" for n, t in enumerate(chunk, 1))
            extract_references_from_string(text)
        rates.append(len(batch) / (time.perf_counter() - start))
    return rates


def refextract_fields(note: str) -> dict[str, Any]:
    refs = extract_references_from_string("[1] " + note.replace("\n", " "))
    if not refs:
        return {}
    ref = refs[0]
    return {
        "title": (ref.get("title") or [None])[0],
        "author": list(ref.get("author", [])),
        "url": (ref.get("url") or [None])[0],
        "year": (ref.get("year") or [None])[0],
        "pages": (ref.get("page") or [None])[0],
    }


def citekit_fields(record: dict[str, Any]) -> dict[str, Any]:
    pred = predict(record)
    issued = pred.get("issued")
    return {**pred, "year": issued[:4] if issued else None}


def gold_fields(record: dict[str, Any]) -> dict[str, Any]:
    gold = dict(record["gold"])
    if "issued" in gold:
        gold["year"] = gold["issued"][:4] if gold["issued"] else None
    return gold


def f1(rows: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, float]:
    result = {}
    for field in FIELDS:
        tp = fp = fn = 0
        for gold, pred in rows:
            if field not in gold:
                continue
            if field == "author":
                gs = Counter(norm(a) for a in gold[field] or [])
                ps = Counter(norm(a) for a in pred.get(field) or [])
                hit = sum((gs & ps).values())
                tp, fp, fn = tp + hit, fp + sum(ps.values()) - hit, fn + sum(gs.values()) - hit
                continue
            g, p = norm(gold[field]) or None, norm(pred.get(field)) or None
            tp += int(g is not None and p == g)
            fp += int(p is not None and p != g)
            fn += int(g is not None and p != g)
        result[field] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return result


_LOAD = """
import json, time
t0 = time.perf_counter()
from citekit.citations.tagger import load_tagger
t1 = time.perf_counter()
tagger = load_tagger()
t2 = time.perf_counter()
tagger._constrained()  # the constrained decoder's weights (numpy), built on first need
t3 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1, t3 - t2]))
"""


def model_load_seconds() -> tuple[float, float, float]:
    """Seconds a fresh process pays once: importing the parser, opening the shipped model,
    and building the constrained decoder's weights (median of 5 fresh processes)."""
    runs = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True
        ).stdout
        runs.append(json.loads(out))
    imports, opening, weights = (statistics.median(r[k] for r in runs) for k in range(3))
    return imports, opening, weights


def main() -> None:
    if len(sys.argv) > 2 or (len(sys.argv) == 2 and not sys.argv[1].isdigit()):
        print(__doc__)
        sys.exit(0 if sys.argv[1:] in (["-h"], ["--help"]) else 2)
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    batch = list(dict.fromkeys(s.text.text for s in generate_samples(total + total // 20, seed=7)))
    batch = batch[:total]
    load = model_load_seconds()
    ours = citekit_rate(batch)
    peer = refextract_rate(batch[:500])  # ~27 notes/s: 500 notes are enough for a rate
    loc = Location(path="bench")
    tracemalloc.start()
    notes = [parse_note(i, t, location=loc) for i, t in enumerate(batch[:10_000], 1)]
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{len(batch):,} distinct synthetic notes, one core, median of 3 runs")
    print(f"  parser: {mode()} (`citekit --version` says the same)")
    imports, opening, weights = load
    print(
        f"  paid once per process: imports {imports * 1000:.0f} ms, model file"
        f" {opening * 1000:.1f} ms, constrained decoder's weights {weights * 1000:.0f} ms"
    )
    for name, rates in (("citekit", ours), ("refextract", peer)):
        runs = ", ".join(f"{r:,.0f}" for r in rates)
        print(f"  {name + ':':11s} {statistics.median(rates):9,.0f} notes/s  ({runs})")
    ratio = statistics.median(ours) / statistics.median(peer)
    print(f"  ratio: citekit is {ratio:.0f}x faster")
    print(f"  citekit peak memory keeping 10,000 parsed notes: {peak / 2**20:.1f} MiB")
    assert len(notes) == min(10_000, len(batch))
    golds = [gold_fields(r) for r in RECORDS]
    ck = f1(list(zip(golds, (citekit_fields(r) for r in RECORDS), strict=True)))
    rx = f1(list(zip(golds, (refextract_fields(r["note"]) for r in RECORDS), strict=True)))
    print("\nfield F1 on the 158 dev notes (fields both report; issued compared by year)")
    print(f"  {'field':8s} {'citekit':>8s} {'refextract':>11s}")
    for field in FIELDS:
        print(f"  {field:8s} {ck[field]:8.3f} {rx[field]:11.3f}")
    print("  refextract reports no container, access date, language, note kind or ibid target.")


if __name__ == "__main__":
    main()
