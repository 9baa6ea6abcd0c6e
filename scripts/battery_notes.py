"""Turn battery notes into labelled training notes in the corpus format `train_tagger.py
--notes` reads.

A battery line is ``{"note": ..., "expect": {...}}`` (`benchmarks/batteries.py`); the expected
values become the corpus record's ``gold`` (``page`` → ``pages``, ``authors`` → ``author`` …).
A battery names persons by family name alone, while a training label must cover the name as
written: each family is widened to the name the parser reads there (`Name.written`) when that
name holds it, else to the initials written beside it (``Иванов И. И.``, ``A. B. Smith``).
A line is skipped when it is no citation, names no title, or states a value the note's first
source does not hold (`record_spans`, the rule `--notes` applies).

    uv run python scripts/battery_notes.py --parity 0 --out notes.jsonl   # sha1(name) % 2 == 0

A battery states only the fields its area checks, and training reads every other word of the
note as no field's: ``--min-cover 0.9`` keeps only the notes whose stated values cover at least
that share of the letters and digits (session 32, `benchmarks/results/retrain32.md`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from citekit.citations import parse_note
from citekit.citations.sources import split_sources
from citekit.citations.tagger.align import record_spans
from citekit.model import Location

BATTERIES = Path(__file__).parent.parent / "benchmarks" / "batteries"

# battery key → corpus gold key (values that are spans of the note's text)
_STRINGS = {
    "title": "title",
    "container": "container",
    "publisher": "publisher",
    "place": "place",
    "issued": "issued",
    "accessed": "accessed",
    "page": "pages",
    "volume": "volume",
    "issue": "issue",
    "extent": "extent",
    "edition": "edition",
    "url": "url",
    "doi": "doi",
    "isbn": "isbn",
}
_PERSONS = {"authors": "author", "editors": "editor", "translators": "translator"}
_INITIALS = r"(?:[^\W\d_][^\W\d_]?\.[\s\u00a0]*-?)"


def parity(path: Path) -> int:
    """sha1 of the battery's file name, modulo 2 (which half of the batteries it is in)."""
    return int(hashlib.sha1(path.name.encode()).hexdigest(), 16) % 2


def written_name(text: str, family: str, written: Iterable[str]) -> str | None:
    """The name around `family` as `text` writes it: a name the parser read (`written`) that
    holds the family and stands in the text, else the family with the initials beside it;
    None when the family is not in the text."""
    fold = family.casefold()
    for name in written:
        if fold in name.casefold() and name in text:
            return name
    match = re.search(rf"(?<!\w){re.escape(family)}(?!\w)", text, re.IGNORECASE)
    if match is None:
        return None
    start, end = match.start(), match.end()
    after = re.match(rf",?[\s\u00a0]*{_INITIALS}{{1,3}}", text[end:])
    before = re.search(rf"{_INITIALS}{{1,3}}[\s\u00a0]*$", text[:start])
    if after and after.group().strip(" ,-\u00a0"):
        end += len(after.group().rstrip(" -\u00a0"))
    elif before:
        start = before.start()
    return text[start:end]


def gold_of(note: str, expect: dict[str, Any]) -> dict[str, Any] | None:
    """The corpus gold of a battery note, or None when a person cannot be found."""
    gold: dict[str, Any] = {"kind": "citation"}
    for key, value in expect.items():
        if key in _STRINGS and value not in (None, ""):
            gold[_STRINGS[key]] = str(value)
    text = split_sources(note)[0].replace("\n", " ").replace("\r", " ")
    parsed = parse_note(1, note, location=Location(path="battery"))
    first = parsed.citations[0] if parsed.citations else None
    for key, label in _PERSONS.items():
        families = expect.get(key)
        if not families:
            continue
        read = [str(n) for n in getattr(first, key, ())] if first is not None else []
        names = [written_name(text, str(f).split(",")[0].strip(), read) for f in families]
        if any(name is None for name in names):
            return None
        gold[label] = names
    if "language" in expect:
        gold["language"] = expect["language"]
    return gold


def cover(text: str, spans: Iterable[tuple[int, int, str]]) -> float:
    """The share of the letters and digits of `text` that the labelled `spans` hold."""
    held = {i for start, end, _label in spans for i in range(start, end)}
    signs = [i for i, char in enumerate(text) if char.isalnum()]
    return sum(i in held for i in signs) / len(signs) if signs else 0.0


def convert(
    lines: Iterable[dict[str, Any]], counts: Counter[str], *, min_cover: float = 0.0
) -> list[dict[str, Any]]:
    """Corpus records of the battery lines that teach a whole citation (their values holding
    at least `min_cover` of the note's letters and digits); `counts` tallies what was kept and
    why the others were skipped."""
    out: list[dict[str, Any]] = []
    for line in lines:
        counts["lines"] += 1
        note, expect = line["note"], line["expect"]
        if expect.get("kind", "citation") != "citation":
            counts["not a citation"] += 1
            continue
        if not expect.get("title"):
            counts["no title"] += 1
            continue
        gold = gold_of(note, expect)
        text = split_sources(note)[0].replace("\n", " ").replace("\r", " ")
        spans = record_spans(text, gold) if gold is not None else None
        if gold is None or spans is None:
            counts["values not found"] += 1
            continue
        if cover(text, spans) < min_cover:
            counts["values cover too little"] += 1
            continue
        counts["kept"] += 1
        out.append({"note": note, "gold": gold})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="batteries (default: all)")
    parser.add_argument("--parity", type=int, choices=(0, 1), help="only sha1(name) % 2 == P")
    parser.add_argument("--min-cover", type=float, default=0.0, metavar="SHARE")
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args(argv)
    files = args.files or sorted(BATTERIES.glob("*.jsonl"))
    if args.parity is not None:
        files = [f for f in files if parity(f) == args.parity]
    counts: Counter[str] = Counter()
    records: list[dict[str, Any]] = []
    for path in files:
        lines = [json.loads(s) for s in path.read_text("utf-8").splitlines() if s.strip()]
        for record in convert(lines, counts, min_cover=args.min_cover):
            records.append({"id": f"{path.stem}-{len(records)}", **record})
    with args.out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(files)} files; " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
