"""Formatting speed: citekit's CSL engine against citeproc-py and citeproc-js on the same items.

1,000 and 10,000 bibliography entries (the corpus notes' citations, repeated with distinct ids)
in Chicago notes-bibliography and APA; medians of 3 runs. citeproc-js (Node, the reference
processor) runs when `node` is installed and `scripts/citeproc-golden` has its npm package
(`cd scripts/citeproc-golden && npm ci`); its time is measured inside Node, without start-up.

Run: uv run python benchmarks/styles.py
"""

from __future__ import annotations

import json
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


def median_seconds(
    func: Callable[[str, list[dict[str, Any]]], int], style: str, data: list[dict[str, Any]]
) -> tuple[float, str]:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        try:
            func(style, data)
        except Exception as exc:  # a peer that cannot format the style is reported, not fatal
            return float("nan"), f"{type(exc).__name__}: {str(exc)[:60]}"
        times.append(time.perf_counter() - start)
    return statistics.median(times), ""


def main() -> None:
    print(
        f"{'style':28s} {'items':>6s} {'citekit s':>10s} {'citeproc-js s':>14s} "
        f"{'citeproc-py s':>14s}  {'js/citekit':>10s}  note"
    )
    for style in STYLES:
        for n in (1_000, 10_000):
            data = items(n)
            ck, _ = median_seconds(ours, style, data)
            js, js_why = citeproc_js(style, data)
            cp, why = (
                median_seconds(citeproc_py, style, data)
                if n <= 1_000
                else (float("nan"), "citeproc-py skipped at 10,000 (minutes)")
            )
            note = "; ".join(w for w in (js_why, why) if w)
            print(f"{style:28s} {n:6d} {ck:10.2f} {js:14.2f} {cp:14.2f}  {js / ck:10.2f}  {note}")


if __name__ == "__main__":
    main()
