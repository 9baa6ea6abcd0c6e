"""Formatting speed: citekit's CSL engine against citeproc-py on the same items and styles.

1,000 and 10,000 bibliography entries (the corpus notes' citations, repeated with distinct ids)
in Chicago notes-bibliography and APA; medians of 3 runs. citeproc-js (Node) is the reference;
it is run only when `node` and the npm package `citeproc` are installed (see below).

Run: uv run python benchmarks/styles.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
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
    print(f"{'style':28s} {'items':>6s} {'citekit s':>10s} {'citeproc-py s':>14s}  note")
    for style in STYLES:
        for n in (1_000, 10_000):
            data = items(n)
            ck, _ = median_seconds(ours, style, data)
            cp, why = (
                median_seconds(citeproc_py, style, data)
                if n <= 1_000
                else (float("nan"), "skipped at 10,000 (minutes)")
            )
            print(f"{style:28s} {n:6d} {ck:10.2f} {cp:14.2f}  {why}")
    print(
        "citeproc-js (the reference; ~1,000 items in 3-6 s on 2 cores) needs Node and "
        "`npm install citeproc`; not run here."
    )


if __name__ == "__main__":
    main()
