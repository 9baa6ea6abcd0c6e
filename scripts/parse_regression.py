"""Regression harness for parse speed work: the parser's whole output, byte for byte.

``dump OUT`` parses ~6,000 distinct synthetic notes (the generator `benchmarks/notes.py` uses,
seed 7, plus 1,000 of seed 13) and the dev corpus notes (``tests/data/corpus/notes-dev.jsonl``,
with their earlier notes and links, as the scorer reads them) and writes, per note, the
``citekit notes --json`` record and a digest of the tagger's feature rows (each row sorted; the
CRF was trained on those strings: they must not change either; the UTF-8 rows the tagger
passes to crfsuite must be those strings encoded). ``diff A B`` compares two dumps
and prints the first differences; it exits 1 when they differ. ``dump OUT --same-notes EARLIER``
parses the synthetic notes of an earlier dump instead of drawing them anew: the generator reads
the language files, so a change to them draws other notes (the dev notes are read as always).

    uv run python scripts/parse_regression.py dump /tmp/before.jsonl
    # … change the code …
    uv run python scripts/parse_regression.py dump /tmp/after.jsonl
    uv run python scripts/parse_regression.py diff /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html

from citekit.citations import parse_note, resolve_references
from citekit.citations.sources import split_sources as _split_sources
from citekit.citations.structure import find_exact
from citekit.citations.tagger import _MAX_TOKENS, rule_labels
from citekit.citations.tagger.features import features, token_marks
from citekit.citations.tagger.tokens import tokenize
from citekit.model import Location
from citekit.reports.notes import note_to_json
from citekit.training import generate_samples

# absent before the tagger read UTF-8 rows: a dump of older code still compares
_ENCODED = getattr(sys.modules[features.__module__], "encoded_features", None)
DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus" / "notes-dev.jsonl"
_LOC = Location(path="regression")


def synthetic(total: int, seed: int) -> list[str]:
    """`total` distinct notes of the generator, as `benchmarks/notes.py` draws them."""
    found = dict.fromkeys(s.text.text for s in generate_samples(total + total // 20, seed=seed))
    return list(found)[:total]


def feature_digest(text: str, links: tuple[str, ...]) -> str:
    """A digest of the feature rows of each source of a note, as the tagger builds them."""
    digest = hashlib.sha256()
    for i, source in enumerate(_split_sources(text)):
        flat = source.replace("\n", " ").replace("\r", " ")
        tokens = tokenize(flat, _MAX_TOKENS)
        rules = rule_labels(tokens, find_exact(flat, links if i == 0 else ()))
        rows = features(tokens, flat, rules, token_marks(tokens))
        encoded = _ENCODED(tokens, flat, rules, token_marks(tokens)) if _ENCODED else None
        if _ENCODED and encoded != [[f.encode() for f in row] for row in rows]:
            digest.update(b"the UTF-8 rows the CRF reads differ from the text rows")
        # a token's features are a multiset to the CRF; the lexicon's marks come from a set,
        # whose order changes from process to process
        digest.update(json.dumps([sorted(r) for r in rows], ensure_ascii=False).encode())
    return digest.hexdigest()


def earlier_notes(path: Path) -> dict[int, list[str]]:
    """The synthetic notes of an earlier dump, by seed, in their order."""
    found: dict[int, list[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"].startswith("s"):
                seed = int(record["id"][1:].split("-")[0])
                found.setdefault(seed, []).append(record["json"]["text"])
    return found


def records(same: Path | None = None) -> Iterator[dict[str, Any]]:
    """One record per note: where it comes from, its JSON and its feature digest."""
    earlier = earlier_notes(same) if same else {}
    for seed, total in ((7, 5000), (13, 1000)):
        texts = earlier[seed] if same else synthetic(total, seed)
        for n, text in enumerate(texts, 1):
            note = parse_note(n, text, location=_LOC)
            yield {
                "id": f"s{seed}-{n}",
                "json": note_to_json(note),
                "features": feature_digest(text, ()),
            }
    with DEV.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            links: tuple[str, ...] = ()
            if record.get("note_html"):
                root = lxml.html.fragment_fromstring(record["note_html"], create_parent="div")
                links = tuple(
                    a.get("href") for a in root.iter("a") if a.get("href", "").startswith("http")
                )
            prev = [parse_note(i + 1, t, location=_LOC) for i, t in enumerate(record["prev"])]
            note = parse_note(len(prev) + 1, record["note"], location=_LOC, links=links)
            note = resolve_references([*prev, note])[-1]
            yield {
                "id": record["id"],
                "json": note_to_json(note),
                "prev": [note_to_json(p) for p in prev],
                "features": feature_digest(record["note"], links),
            }


def dump(out: Path, same: Path | None = None) -> None:
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in records(same):
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"{count} notes written to {out}")


def diff(a: Path, b: Path) -> int:
    left = a.read_text(encoding="utf-8").splitlines()
    right = b.read_text(encoding="utf-8").splitlines()
    if len(left) != len(right):
        print(f"{len(left)} notes against {len(right)}")
        return 1
    differ = [(x, y) for x, y in zip(left, right, strict=True) if x != y]
    for x, y in differ[:5]:
        rx, ry = json.loads(x), json.loads(y)
        print(f"{rx['id']}:")
        for key in sorted(set(rx) | set(ry)):
            if rx.get(key) != ry.get(key):
                print(f"  {key}:\n    - {rx.get(key)}\n    + {ry.get(key)}")
    print(f"{len(left)} notes, {len(differ)} differ")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "dump":
        dump(Path(argv[1]))
        return 0
    if len(argv) == 4 and argv[0] == "dump" and argv[2] == "--same-notes":
        dump(Path(argv[1]), Path(argv[3]))
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        return diff(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
