"""Reading very large documents: 100,000 numbered notes (text and Markdown) and a 1 MB note.

These were suite tests (76 s of a 2.5-minute run); the suite keeps a 10,000-note case and
linear-work checks (tests/test_robustness.py), and the timings live here.

Run: uv run python benchmarks/documents.py
"""

from __future__ import annotations

import time

from citekit import read_bytes
from citekit.citations import parse_note
from citekit.model import Location

MB = 1_000_000


def numbered(n: int, path: str) -> bytes:
    body = "Body " + "".join(f"[{i}]" for i in range(1, n + 1))
    notes = [f"“Başlyk {i}”, Biznes Türkmenistan, (Erişim Tarihi: 25.10.2021)." for i in range(n)]
    if path.endswith(".md"):
        body = body.replace("[", "[^")
        return (body + "\n\n" + "\n".join(f"[^{i}]: {t}" for i, t in enumerate(notes, 1))).encode()
    return (
        body + "\n\nNotes\n\n" + "\n".join(f"[{i}] {t}" for i, t in enumerate(notes, 1))
    ).encode()


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


if __name__ == "__main__":
    main()
