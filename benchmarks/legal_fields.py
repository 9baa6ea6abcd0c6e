"""Laws and archival references in generated notes: are their number, archive and shelf mark
read exactly?

`citekit.training` writes notes from items that carry a law's `number` and an archival
document's `archive` and `archive_location`; the notes of a seed the shipped model was not
trained on (it used seed 1) are notes no rule was tuned on. For each single-source note whose
item is a `legislation` or a `manuscript`, the parsed value is compared with the item's
(spaces and the punctuation around a value ignored), and so are the item type and the title.

Run: uv run python benchmarks/legal_fields.py [--seeds 33,34] [--n 3000]
"""

from __future__ import annotations

import argparse
from collections import Counter

from citekit.citations import parse_note
from citekit.csl import to_csl
from citekit.model import Location
from citekit.training import generate_samples

FIELDS = ("number", "archive", "archive_location", "title")
TYPES = ("legislation", "manuscript")


def _same(value: object) -> str | None:
    return " ".join(str(value).split()).strip(" ,.") if value else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="33,34", help="generator seeds (never 1 or 78)")
    parser.add_argument("--n", type=int, default=3000, help="notes per seed")
    args = parser.parse_args()
    gold: Counter[str] = Counter()
    found: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for seed in (int(s) for s in args.seeds.split(",")):
        for sample in generate_samples(args.n, seed=seed, dev_values=False):
            item = sample.items[0]
            if len(sample.items) > 1 or item.get("type") not in TYPES:
                continue
            note = parse_note(1, sample.text.text, location=Location(path="legal"))
            parsed = to_csl(note.citations[0]) if note.citations else {}
            for key in (*FIELDS, f"type {item['type']}"):
                if key.startswith("type"):
                    want, got = item["type"], parsed.get("type")
                    gold[key] += 1
                    found[key] += 0
                    right[key] += want == got
                    continue
                want, got = _same(item.get(key)), _same(parsed.get(key))
                gold[key] += want is not None
                found[key] += got is not None
                right[key] += want is not None and want == got
    print(f"seeds {args.seeds}, {args.n} notes each: laws and archival documents")
    print("| field | in the item | parsed | exact | precision | recall |")
    print("|---|---|---|---|---|---|")
    for key in sorted(gold):
        precision = right[key] / found[key] if found[key] else float("nan")
        recall = right[key] / gold[key] if gold[key] else float("nan")
        print(
            f"| {key} | {gold[key]} | {found[key] or '—'} | {right[key]} | "
            f"{precision:.3f} | {recall:.3f} |"
        )


if __name__ == "__main__":
    main()
