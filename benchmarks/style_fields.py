"""Every field a record carries, once, in each entry: losses and doubles per style and type.

For each item type the parser infers, a full record (in Russian, Turkish and English) is
rendered in GOST R 7.0.5-2008, Chicago notes-bibliography and İSNAD (bibliography and note
forms); a field's value missing from the entry is a loss, printed twice a double. Fields a
standard leaves out are listed, with the rule, in `tests/styles/field_matrix.py`.

Run: uv run python benchmarks/style_fields.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))  # the repository, for tests.styles
from tests.styles.field_matrix import FORMS, LANGS, STYLES, TYPES, matrix


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print each finding and its entry")
    args = parser.parse_args()
    findings = matrix()
    lost = Counter((f.style, f.kind) for f in findings if f.count == 0)
    twice = Counter((f.style, f.kind) for f in findings if f.count > 1)
    cells = len(FORMS) * len(LANGS)
    print(
        f"{len(TYPES)} types x {len(LANGS)} languages x {len(FORMS)} forms; "
        "losses / doubles (field-entries) per style and type"
    )
    print(f"{'type':20s}" + "".join(f"{s[:14]:>16s}" for s in STYLES))
    for kind in TYPES:
        row = "".join(f"{lost[s, kind]:>8d} / {twice[s, kind]:<5d}" for s in STYLES)
        print(f"{kind:20s}{row}")
    total = "".join(
        f"{sum(lost[s, k] for k in TYPES):>8d} / {sum(twice[s, k] for k in TYPES):<5d}"
        for s in STYLES
    )
    print(f"{'all':20s}{total}   ({cells} entries per type and style)")
    if args.show:
        for f in findings:
            what = "LOST" if f.count == 0 else f"x{f.count}"
            where = f"{f.style[:5]} {f.form[:4]} {f.kind:18s} {f.lang} {f.field:16s}"
            print(f"{where} {what:5s} {f.entry}")


if __name__ == "__main__":
    main()
