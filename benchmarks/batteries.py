"""Score the parser on the battery notes of `benchmarks/batteries/`: realistic notes written by
hand for one area each (item types, names, imprints …), with the values they must give.

Each line of a battery is ``{"note": ..., "expect": {field: value, ...}}``; only the fields given
are checked (``container`` as the corpus's scorer reads it: the host, or a book's publisher; a
``null`` container checks that no host is written).
Fields: kind, type, title, container, publisher, place, issued / accessed (an ISO
prefix), page, volume, issue, edition, extent, genre, language, url, doi, isbn, and authors /
editors / translators (lists, compared by family name, case-insensitively, in order), and
sources (how many sources the note cites).

    uv run python benchmarks/batteries.py                 # every battery, totals
    uv run python benchmarks/batteries.py --show FILE...  # these, with each miss
    uv run python benchmarks/batteries.py --out A.json    # the misses per note, to compare runs
    uv run python benchmarks/batteries.py --compare A.json B.json  # notes better / worse

The notes were written before the rules that read them (see `benchmarks/results/tagger.md`,
session 25): a figure here is a check that those rules still hold, not a measure of accuracy
on unseen writing (that is the corpus's held-out part).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from citekit.citations import parse_note
from citekit.model import Citation, Location, Name, NoteKind

HERE = Path(__file__).parent / "batteries"
_ATTRIBUTES = {"place": "publisher_place", "extent": "number_of_pages", "pages": "page"}
_PERSONS = ("authors", "editors", "translators")


def _names(names: tuple[Name, ...]) -> list[str]:
    return [_folded(name.family or name.literal or "") for name in names]


def _folded(text: str) -> str:
    """Case-folded whatever the capitals' i (`DEMİR` is `demir`, `YILMAZ` is `Yılmaz`): the
    dotted and the dotless i are one letter here, as a name kept in capitals is as written."""
    return text.replace("İ", "i").casefold().replace("ı", "i")


def _got(found: Citation | None, kind: str, key: str) -> Any:
    if key == "kind":
        return kind
    if found is None:
        return None
    if key in _PERSONS:
        return _names(getattr(found, key))
    if key == "container":  # as the corpus scores it: a book's host is its publisher
        return found.container or found.publisher
    value = getattr(found, _ATTRIBUTES.get(key, key), None)
    if key in ("issued", "accessed") and value is not None:
        return value.isoformat()
    return value


def _wanted(key: str, value: Any) -> Any:
    if key in _PERSONS:
        return [_folded(str(name).split(",")[0].strip()) for name in value]
    if key == "sources" and isinstance(value, str) and value.isdecimal():
        return int(value)  # a count some writers gave as a string (`"2"`)
    return value


def misses(record: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """The expected fields a battery note does not get: (field, wanted, got)."""
    note = parse_note(1, record["note"], location=Location(path="battery"))
    found = note.citations[0] if note.citations else None
    out = []
    for key, value in record["expect"].items():
        got, wanted = _got(found, str(note.kind), key), _wanted(key, value)
        if key == "container" and wanted is None and found is not None:
            got = found.container  # "no host": the publisher is not written as one
        if key == "page" and note.kind in (NoteKind.IBID, NoteKind.OPCIT):
            got = note.page  # an ibid or op. cit. keeps its pinpoint on the note
        if key == "volume" and note.kind in (NoteKind.IBID, NoteKind.OPCIT):
            got = note.volume  # … and the volume before it
        if key == "sources":
            got = len(note.citations)  # the sources one note cites
        if key in ("issued", "accessed") and isinstance(got, str) and wanted is not None:
            right = got.startswith(str(wanted))
        else:
            right = got == wanted
        if not right:
            out.append((key, wanted, got))
    return out


def _compare(before: str, after: str) -> int:
    old = json.loads(Path(before).read_text("utf-8"))
    new = json.loads(Path(after).read_text("utf-8"))
    better = [k for k in new if k in old and len(new[k]) < len(old[k])]
    worse = [k for k in new if k in old and set(new[k]) - set(old[k])]
    print(f"better {len(better)}, worse {len(worse)}")
    for key in worse:
        print(f"worse: {key}: {old[key]} -> {new[key]}")
    return 1 if worse else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true", help="print each miss")
    parser.add_argument("--out", help="write the misses per note here (JSON)")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        return _compare(*args.compare)
    files = args.files or sorted(HERE.glob("*.jsonl"))
    result: dict[str, list[str]] = {}
    right = total = 0
    for path in files:
        file_right = file_total = 0
        lines = path.read_text("utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            missed = misses(record)
            file_total += len(record["expect"])
            file_right += len(record["expect"]) - len(missed)
            result[f"{path.name}:{number}"] = [key for key, _, _ in missed]
            if args.show and missed:
                print(f"{path.name}:{number}: {record['note'][:140]}")
                for key, wanted, got in missed:
                    print(f"    {key}: want {wanted!r} got {got!r}")
        print(f"{path.name}: {file_right}/{file_total}")
        right, total = right + file_right, total + file_total
    print(f"all: {right}/{total} fields")
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=0), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
