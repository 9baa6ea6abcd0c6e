"""Formatting speed: citekit's CSL engine against pandoc, citeproc-js and citeproc-py.

1,000 and 10,000 bibliography entries (the corpus notes' citations, repeated with distinct ids)
in Chicago notes-bibliography and APA; medians of 3 runs, in one run of this script.
citeproc-js (Node, the reference processor) runs when `node` is installed and
`scripts/citeproc-golden` has its npm package (`cd scripts/citeproc-golden && npm ci`); its
time is measured inside Node, without start-up. pandoc 3.x (its citeproc library, Haskell) runs
when `pandoc` is on PATH or named by $PANDOC; it is never a citekit dependency (for the
benchmark only: `uv venv /tmp/pd && VIRTUAL_ENV=/tmp/pd uv pip install pypandoc-binary`, then
PANDOC=/tmp/pd/lib/python3.*/site-packages/pypandoc/files/pandoc). pandoc's time is the whole
process (`nocite: @*` over the items as CSL JSON, plain text out), its start-up included and
printed apart. The load average before and after is printed: the machine is shared, so the
CPU seconds of citekit and pandoc are printed too (a loaded machine stretches wall-clock time,
pandoc's threads most). A run over two minutes is not repeated; pandoc is skipped at a size
its last time, grown quadratically, puts past an hour, citeproc-js past 10,000 entries.

Run: uv run python benchmarks/styles.py [1000 10000 ...]
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from citeproc import Citation as CpCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

import citekit.styles
from _common import DATA, load_jsonl
from citekit.citations import parse_note
from citekit.csl import to_csl
from citekit.model import Location
from citekit.styles import format_bibliography

STYLES = ("chicago-notes-bibliography", "apa")
BASE = [
    to_csl(c)
    for i, r in enumerate(load_jsonl(DATA / "corpus" / "notes-dev.jsonl"))
    for c in parse_note(i + 1, r["note"], location=Location(path="bench")).citations
    if c.title
]


def items(n: int) -> list[dict[str, Any]]:
    out = []
    for k in range(n):
        item = dict(BASE[k % len(BASE)])
        item["id"] = f"item{k}"
        out.append(item)
    return out


def ours(style: str, data: list[dict[str, Any]]) -> int:
    return len(format_bibliography(data, style=style))


def citeproc_py(style: str, data: list[dict[str, Any]]) -> int:
    path = citekit.styles._DATA / f"{style}.csl"
    csl = CitationStylesStyle(str(path), validate=False)
    bib = CitationStylesBibliography(csl, CiteProcJSON(data), formatter.plain)
    bib.register(CpCitation([CitationItem(item["id"]) for item in data]))
    return len(bib.bibliography())


CITEPROC_JS = Path(__file__).resolve().parent.parent / "scripts" / "citeproc-golden"


def citeproc_js(style: str, data: list[dict[str, Any]]) -> tuple[float, str]:
    """citeproc-js's median time (measured in Node), or why it did not run."""
    if shutil.which("node") is None:
        return float("nan"), "no node"
    if not (CITEPROC_JS / "node_modules" / "citeproc").is_dir():
        return float("nan"), "npm ci in scripts/citeproc-golden"
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(data, handle)
    try:
        done = subprocess.run(
            ["node", str(CITEPROC_JS / "bench.mjs"), style, handle.name],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    finally:
        Path(handle.name).unlink()
    if done.returncode != 0:
        return float("nan"), done.stderr.strip().splitlines()[-1][:60]
    return float(json.loads(done.stdout)["seconds"]), ""


def _pandoc() -> str | None:
    return os.environ.get("PANDOC") or shutil.which("pandoc")


def pandoc(style: str, data: list[dict[str, Any]]) -> int:
    """pandoc's citeproc over the items: the whole process, as a user runs it."""
    binary = _pandoc()
    if binary is None:
        raise RuntimeError("no pandoc (set $PANDOC)")
    csl = citekit.styles._DATA / f"{style}.csl"
    with tempfile.TemporaryDirectory() as tmp:
        bib, doc = Path(tmp) / "items.json", Path(tmp) / "doc.md"
        bib.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        doc.write_text("---\nnocite: |\n  @*\n---\n", encoding="utf-8")
        done = subprocess.run(
            [
                binary,
                str(doc),
                "-t",
                "plain",
                "--wrap=none",
                "--citeproc",
                "--csl",
                str(csl),
                "--bibliography",
                str(bib),
                "-M",
                "lang=en-US",
            ],
            capture_output=True,
            text=True,
            timeout=900,
            check=True,
        )
    return len([line for line in done.stdout.split("\n\n") if line.strip()])


def pandoc_startup() -> float:
    """pandoc's start-up alone (an empty document), the median of 3."""
    binary = _pandoc()
    if binary is None:
        return float("nan")
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([binary, "-t", "plain"], input="", capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


_LONG = 120.0  # seconds: a run this long is not repeated (pandoc's APA at 10,000)


def median_seconds(
    func: Callable[[str, list[dict[str, Any]]], int], style: str, data: list[dict[str, Any]]
) -> tuple[float, float, str]:
    """The median wall-clock and CPU seconds of 3 runs (CPU: this process and the processes
    it waited for, as pandoc); a run longer than `_LONG` is not repeated."""
    times, cpus = [], []
    for _ in range(3):
        start, cpu = time.perf_counter(), _cpu()
        try:
            func(style, data)
        except Exception as exc:  # a peer that cannot format the style is reported, not fatal
            return float("nan"), float("nan"), f"{type(exc).__name__}: {str(exc)[:60]}"
        times.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
        if times[-1] > _LONG:
            return times[0], cpus[0], f"{func.__name__} run once ({times[0]:.0f} s)"
    return statistics.median(times), statistics.median(cpus), ""


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def main() -> None:
    import sys

    sizes = [int(arg) for arg in sys.argv[1:]] or [1_000, 10_000]
    version = subprocess.run([_pandoc() or "false", "--version"], capture_output=True, text=True)
    print("pandoc:", (version.stdout.splitlines() or ["not found"])[0])
    print(f"pandoc start-up: {pandoc_startup():.2f} s (included in its times)")
    print(f"load average before: {os.getloadavg()}")
    print(
        f"{'style':28s} {'items':>6s} {'citekit s':>10s} {'pandoc s':>9s} {'citeproc-js s':>14s} "
        f"{'citeproc-py s':>14s}  {'pd/ck':>6s} {'js/ck':>6s}  {'ck cpu':>7s} {'pd cpu':>7s}  note"
    )
    for style in STYLES:
        pandoc_at: tuple[int, float] | None = None  # pandoc's last size and time
        for n in sizes:
            data = items(n)
            ck, ck_cpu, _ = median_seconds(ours, style, data)
            # pandoc's APA grows faster than linearly: a size it would take an hour at is left
            if pandoc_at is not None and pandoc_at[1] * (n / pandoc_at[0]) ** 2 > 3_600:
                pd, pd_cpu = float("nan"), float("nan")
                pd_why = f"pandoc skipped at {n:,} ({pandoc_at[1]:.0f} s at {pandoc_at[0]:,})"
            else:
                pd, pd_cpu, pd_why = median_seconds(pandoc, style, data)
                pandoc_at = (n, pd)
            js, js_why = (
                citeproc_js(style, data)
                if n <= 10_000
                else (float("nan"), f"citeproc-js skipped at {n:,}")
            )
            cp, _cp_cpu, why = (
                median_seconds(citeproc_py, style, data)
                if n <= 1_000
                else (float("nan"), float("nan"), f"citeproc-py skipped at {n:,} (minutes)")
            )
            note = "; ".join(w for w in (pd_why, js_why, why) if w)
            print(
                f"{style:28s} {n:6d} {ck:10.2f} {pd:9.2f} {js:14.2f} {cp:14.2f}  "
                f"{pd / ck:6.2f} {js / ck:6.2f}  {ck_cpu:7.2f} {pd_cpu:7.2f}  {note}",
                flush=True,
            )
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
