"""How the parsed record of a real note holds up when the note is typed another way.

Each labelled note of the two dev corpus files is typed again as other sites and editors type
it: no-break spaces, a line break, two spaces, tabs, soft hyphens and zero-width spaces (HTML
and Word leave them), a letter of a word typed on the other keyboard layout (`Рoссии`), other
quote marks (`«»`, `“”`, straight), other dashes between GOST's areas (`—`, `–`, `-`), no
closing period. A note *changes* when its parsed record (every field the corpus scorer reads)
differs from the record of the note as written, once the values are compared as a reader
reads them (white space, invisible characters, twin letters, quote and dash marks folded).
No gold is needed: the figure is how often the parser's answer depends on how the note was
typed, and every change is a defect of one of the two readings.

Run: uv run python benchmarks/perturbations.py [--show N]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter

from _common import DATA, load_jsonl

sys.path.insert(0, str(DATA.parent.parent))
from tests.retyping import (
    Retype,
    dashes,
    inside_words,
    latin_twin,
    line_break,
    quotes,
    record,
    spaces,
)

FILES = ("notes-dev.jsonl", "notes-dev2.jsonl")

PERTURBATIONS: dict[str, Retype] = {
    "no-break spaces (half the spaces)": spaces("\u00a0", 0.5),
    "a line break for a space": line_break,
    "two spaces (a third of the spaces)": spaces("  ", 0.3),
    "tabs (a fifth of the spaces)": spaces("\t", 0.2),
    "soft hyphens inside words": inside_words("\u00ad", 0.3),
    "zero-width spaces inside words": inside_words("\u200b", 0.2),
    "a Latin twin letter in Cyrillic words": latin_twin(0.25, shortest=2),
    "quotes typed « »": quotes("«", "»"),
    "quotes typed “ ”": quotes("“", "”"),
    'quotes typed " "': quotes('"', '"'),
    "spaced dashes typed —": dashes("—"),
    "spaced dashes typed -": dashes("-"),
    "no closing period": lambda t, _rng: t.rstrip().rstrip("."),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many changed notes each")
    args = parser.parse_args()
    records = [r for name in FILES for r in load_jsonl(DATA / "corpus" / name)]
    base = [record(r) for r in records]
    print(f"{len(records)} labelled notes ({' + '.join(FILES)})\n")
    print("| typed with | notes it alters | of them, records that change | fields most changed |")
    print("|---|---|---|---|")
    for name, perturb in PERTURBATIONS.items():
        rng = random.Random(5)
        altered = changed = 0
        fields: Counter[str] = Counter()
        shown = 0
        for note, before in zip(records, base, strict=True):
            text = perturb(note["note"], rng)
            if text == note["note"]:
                continue
            altered += 1
            after = record(note, text)
            diff = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
            if diff:
                changed += 1
                fields.update(diff)
                if shown < args.show:
                    shown += 1
                    print(f"  {note['id']} {text[:100]!r}: {diff}", file=sys.stderr)
        top = ", ".join(f"{k} {n}" for k, n in fields.most_common(3))
        share = f"{changed} ({changed / altered:.0%})" if altered else "0"
        print(f"| {name} | {altered} | {share} | {top} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
