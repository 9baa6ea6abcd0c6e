"""Very large documents: 100,000 numbered notes (text and Markdown), a 1 MB note, and
`citekit check` on 50 MB of body text (the suite checks 8 MB: tests/test_check_cli.py).

These were suite tests (76 s of a 2.5-minute run); the suite keeps a 10,000-note case and
linear-work checks (tests/test_robustness.py), and the timings live here.

Run: uv run python benchmarks/large_documents.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from citekit import read_bytes
from citekit.citations import parse_note
from citekit.model import Location

MB = 1_000_000
EXAMPLE = Path(__file__).parent.parent / "examples" / "ankasam-tokayev-visit-turkmenistan.txt"


def numbered(n: int, path: str) -> bytes:
    """An article citing `n` sources, each note one of the founding example's, renumbered."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    cited = [line.split("]", 1)[1].strip() for line in lines if line[:3] in ("[1]", "[2]", "[8]")]
    markdown = path.endswith(".md")
    marker = "[^{}]" if markdown else "[{}]"
    body = "Söz " + " ".join(marker.format(i) for i in range(1, n + 1))
    heading = "" if markdown else "Notes\n\n"
    notes = "\n".join(
        (marker.format(i) + (": " if markdown else " ")) + cited[i % len(cited)]
        for i in range(1, n + 1)
    )
    return f"{body}\n\n{heading}{notes}\n".encode()


def timed(label: str, run: object) -> None:
    assert callable(run)
    start = time.perf_counter()
    result = run()
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s  {result}")


def main() -> None:
    for n in (10_000, 100_000):
        for path in ("a.txt", "a.md"):
            data = numbered(n, path)
            timed(
                f"{n:,} notes ({path[2:]})",
                lambda data=data, path=path: f"{len(read_bytes(data, path=path).notes):,} notes",
            )
    for piece in (" ", "“", "s. 1, ", "Иванов И. И. "):
        text = piece * (MB // len(piece))
        timed(
            f"1 MB note of {piece!r}",
            lambda text=text: len(parse_note(1, text, location=Location(path="b")).citations),
        )
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.txt"
        line = "Söz. " * 20 + "\n"
        big.write_text(line * (50 * 1024 * 1024 // len(line.encode())), encoding="utf-8")
        command = [sys.executable, "-m", "citekit", "check", "--no-links", str(big)]
        timed(
            "check on 50 MB of body text (exit code)",
            lambda: subprocess.run(command, capture_output=True, check=False).returncode,
        )


if __name__ == "__main__":
    main()
