"""Why reference entries made from parsed notes differ from the gold record's: one cause a note.

For each note whose GOST 7.0.5, Chicago (notes-bibliography) or İSNAD entry differs, the cause
is the first field, in a fixed order (names, works, imprint, numbers, dates, address, language,
type), whose parsed value alone still makes the entries differ when every other field is the
gold's; it is classified by how the two values differ (the cause table of
`benchmarks/results/refs_from_notes.md`):

- the type: web page vs newspaper article, or another pair;
- names: the same words split otherwise (name splitting), the same people in other roles
  (name role), other people (the tagger's boundary);
- the language, or a date both sides have (record building);
- the same value but for punctuation and quotes, or but for label words around a number
  (field normalisation);
- anything else: the tagger's boundary (works, names, imprint and numbers, dates, exact).

Run: uv run python benchmarks/refs_causes.py --seed N   (generated notes of seed N)
     uv run python benchmarks/refs_causes.py notes-dev.jsonl [--part tune]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from citekit.citations import parse_note
from citekit.csl import from_csl, to_csl
from citekit.model import Citation, Location
from citekit.styles import format_bibliography
from citekit.training import generate_samples
from refs_from_notes import gold_citation as corpus_gold
from refs_from_notes import held_out, parsed_citation
from refs_synthetic import gold_citation as synthetic_gold

STYLES = ("gost-r-7-0-5-2008", "chicago-notes-bibliography", "isnad-dipnotlu")
NAMES = ("author", "editor", "translator")
ORDER = (
    *NAMES,
    *("title", "container-title", "collection-title", "publisher", "publisher-place"),
    *("volume", "issue", "page", "number-of-pages", "edition", "issued", "accessed"),
    *("URL", "DOI", "ISBN", "genre", "language", "type"),
)
WORKS = ("title", "container-title", "collection-title")
NUMBERS = ("volume", "issue", "page", "number-of-pages", "edition")
_MARKS = re.compile(r"[\s\"'“”«»‘’„.,:;()\[\]]+")


def _entries(citation: Citation) -> list[list[str]]:
    return [format_bibliography([citation], style=style) for style in STYLES]


def _norm(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return _MARKS.sub(" ", text).strip().lower()


def _words(names: Any) -> list[str]:
    written = " ".join(
        n.get("literal") or f"{n.get('family', '')} {n.get('given', '')}" for n in names or []
    )
    return sorted(_norm(written).split())


def cause(parsed: Citation, gold: Citation) -> str | None:
    """The cause of the difference between the two records' entries, or None if none."""
    found = explain(parsed, gold)
    return found[0] if found else None


def explain(parsed: Citation, gold: Citation) -> tuple[str, str, Any, Any] | None:
    """The cause, the field and its parsed and gold values, or None if the entries agree."""
    wanted = _entries(gold)
    if _entries(parsed) == wanted:
        return None
    mine, theirs = to_csl(parsed), to_csl(gold)
    keys = [k for k in ORDER if mine.get(k) != theirs.get(k)]
    matter = []
    for key in keys:
        record = dict(theirs)
        if key in mine:
            record[key] = mine[key]
        else:
            record.pop(key, None)
        if _entries(from_csl(record)) != wanted:
            matter.append(key)
    if not matter:
        why = "the formatter (same record, other entry)" if not keys else "several fields"
        return why, "", None, None
    key = matter[0]
    ours, gold_value = mine.get(key), theirs.get(key)
    return _classify(key, ours, gold_value, mine, theirs), key, ours, gold_value


def _classify(key: str, ours: Any, gold_value: Any, mine: Any, theirs: Any) -> str:
    if key == "type":
        web = {ours, gold_value} == {"webpage", "article-newspaper"}
        return "item type: web page vs newspaper article" if web else "item type: other"
    if key in NAMES:
        if _words(ours) == _words(gold_value):
            return "name splitting"
        everyone = sorted(w for k in NAMES for w in _words(mine.get(k)))
        if everyone == sorted(w for k in NAMES for w in _words(theirs.get(k))):
            return "name role"
        return "tagger boundary: names"
    if key == "language":
        return "record building: language"
    if key in ("issued", "accessed") and (key == "accessed" or (ours and gold_value)):
        return "record building: dates"
    if ours is not None and gold_value is not None and _norm(ours) == _norm(gold_value):
        return "field normalisation: punctuation, quotes"
    digits = (re.sub(r"\D", "", str(v)) for v in (ours, gold_value))
    if key in NUMBERS and ours and gold_value and len(set(digits)) == 1:
        return "field normalisation: labels in numbers"
    if key in WORKS:
        return "tagger boundary: titles and hosts"
    if key in ("issued", "accessed"):
        return "tagger boundary: dates"
    if key in ("URL", "DOI", "ISBN", "genre"):
        return "tagger boundary: exact rules"
    return "tagger boundary: imprint and numbers"


def _show(wanted: str | None, found: tuple[str, str, Any, Any], tag: str, text: str) -> None:
    if wanted is None or wanted not in found[0]:
        return
    why, key, ours, gold = found
    print(
        f"[{why}] {tag}: {text}\n    {key}: parsed {ours!r}\n    {' ' * len(key)}  gold   {gold!r}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, help="a labelled corpus file")
    parser.add_argument("--part", choices=("tune", "held"), help="one part of the source split")
    parser.add_argument("--seed", type=int, default=77, help="generated notes' seed (never 78)")
    parser.add_argument("--n", type=int, default=1500, help="generated notes (default 1500)")
    parser.add_argument("--show", help="print the notes of causes containing this text")
    args = parser.parse_args()
    if args.show is not None and args.path is not None and args.part != "tune":
        parser.error("--show on a corpus file needs --part tune (held-out notes are never read)")
    causes: Counter[str] = Counter()
    where: dict[str, list[str]] = {}
    total = 0
    if args.path is None:
        for sample in generate_samples(args.n, seed=args.seed, dev_values=False):
            if len(sample.items) > 1:
                continue
            total += 1
            note = parse_note(1, sample.text.text, location=Location(path="synthetic"))
            parsed = note.citations[0] if note.citations else Citation()
            gold = synthetic_gold(sample.items[0], sample.text, parsed)
            if found := explain(parsed, gold):
                causes[found[0]] += 1
                _show(args.show, found, sample.family, sample.text.text)
    else:
        for line in args.path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["gold"].get("kind") != "citation":
                continue
            if args.part and held_out(record["source"]) != (args.part == "held"):
                continue
            total += 1
            parsed = parsed_citation(record) or Citation()
            if found := explain(parsed, corpus_gold(record["gold"], parsed)):
                causes[found[0]] += 1
                where.setdefault(found[0], []).append(record["id"])
                _show(args.show, found, record["id"], record["note"])
    print(f"{total} notes, {sum(causes.values())} whose entries differ\n")
    print("| cause | notes |\n|---|---|")
    for key, count in causes.most_common():
        print(f"| {key} | {count} | {', '.join(where.get(key, []))}")


if __name__ == "__main__":
    main()
