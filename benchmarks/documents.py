"""A folder of mixed documents checked as a pre-publish step: ``citekit check --no-links DIR``.

Generates N documents (default 1,000) in a temporary folder tree: every shape in
`tests/data/documents/` and `tests/data/corpus/documents/` (Markdown with per-chapter notes, pasted
Wikipedia text, lab reports, journal articles, HTML reference lists, Google Docs exports,
WordPress plugin markup, WordPress exports, DOCX), each copy given its own sentence so no two files
are the same, spread over chapter folders with a ``drafts/`` folder the config excludes. Then runs
the real command in-process on one core (``taskset`` is not needed: citekit is single-threaded
without links) and reports files per second; median of 3 runs after a warm-up.

Run: uv run python benchmarks/documents.py [N]
"""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import DATA
from citekit.cli import main

SOURCES = sorted(
    p
    for folder in (DATA / "documents", DATA / "corpus" / "documents")
    for p in folder.iterdir()
    if p.suffix not in (".json",) and p.name != "README.md"
)
_STAMP = {
    ".md": "\n\nRevision {n}.\n",
    ".txt": "\nRevision {n}.\n",
    ".html": "<!-- revision {n} -->",
    ".xml": "<!-- revision {n} -->",
}


def generate(root: Path, count: int) -> int:
    """Write `count` documents under `root` (plus excluded drafts); return how many count."""
    for n in range(count):
        source = SOURCES[n % len(SOURCES)]
        folder = root / f"chapter-{n % 17:02d}" / f"part-{n % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
        stamp = _STAMP.get(source.suffix)
        if stamp is not None:  # binary formats (DOCX) stay as they are
            data += stamp.format(n=n).encode()
        (folder / f"{n:04d}-{source.name}").write_bytes(data)
    drafts = root / "drafts"
    drafts.mkdir()
    for n, source in enumerate(SOURCES[:20]):
        (drafts / f"draft-{n}-{source.name}").write_bytes(source.read_bytes())
    (root.parent / "citekit.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    return count


def run_once(root: Path) -> tuple[float, int]:
    """Seconds for one ``citekit check --no-links --format json`` over the folder, and the code."""
    out = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out):
        code = main(["check", "--no-links", "--format", "json", str(root)])
    return time.perf_counter() - start, code


def main_() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "site"
        root = project / "articles"
        root.mkdir(parents=True)
        generate(root, count)
        os.chdir(project)
        run_once(root)  # warm-up: language data, parsers
        times = []
        for _ in range(3):
            seconds, code = run_once(root)
            times.append(seconds)
        best = statistics.median(times)
        print(f"{count:,} documents ({len(SOURCES)} shapes), check --no-links, one process")
        print(f"  median {best:.1f} s  ({', '.join(f'{t:.1f}' for t in times)})")
        print(f"  {count / best:,.0f} files/s; exit code {code}")


if __name__ == "__main__":
    main_()
