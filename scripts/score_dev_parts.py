"""Score a tagger model on the two parts of the dev corpus: the tuning part and the held-out part.

The held-out part is fixed before anyone looks at errors: a source is held out when the SHA-1 of
its ``source`` value is 0 modulo 3. Study errors on the tuning part only; score the held-out part
once, at the end (``--part held`` or ``both``).

    uv run python scripts/score_dev_parts.py --model /tmp/x.crfsuite --part tune
    uv run python scripts/score_dev_parts.py --model M --file tests/data/corpus/notes-dev2.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parent.parent
sys.path[:0] = [str(ROOT)]

from tests.scoring import predict, score_predictions, summary  # noqa: E402

from citekit.citations.tagger import Tagger  # noqa: E402
from citekit.citations.type_model import TypeModel  # noqa: E402

DEV = ROOT / "tests" / "data" / "corpus" / "notes-dev.jsonl"


def held_out(source: str) -> bool:
    """Whether `source` belongs to the held-out part."""
    return int(hashlib.sha1(source.encode()).hexdigest(), 16) % 3 == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True)
    parser.add_argument("--part", choices=("tune", "held", "both"), default="tune")
    parser.add_argument("--json", help="write the reports here")
    parser.add_argument("--file", type=Path, default=DEV, help="the labelled notes (notes-dev)")
    args = parser.parse_args()
    records = [json.loads(x) for x in args.file.read_text("utf-8").splitlines() if x.strip()]
    tagger = Tagger(args.model)
    # the hand rules alone for the item type, as `tagger_eval.py --types-rules` scores it
    from tagger_eval import RULE_TYPES  # type: ignore[import-not-found]

    rules = TypeModel(
        {
            "classes": list(RULE_TYPES),
            "bias": [0.0] * len(RULE_TYPES),
            "weights": {f"rule={t}": {str(i): 1.0} for i, t in enumerate(RULE_TYPES)},
        }
    )
    parts = {"tune": False, "held": True}
    out: dict[str, Any] = {}
    for name, flag in parts.items():
        if args.part not in (name, "both"):
            continue
        chosen = [r for r in records if held_out(str(r.get("source", ""))) == flag]
        sources = {str(r.get("source", "")) for r in chosen}
        report = score_predictions(chosen, [predict(r, tagger=tagger, types=rules) for r in chosen])
        out[name] = report
        print(f"## {name} part: {len(chosen)} notes, {len(sources)} sources")
        print(summary(report))
        print()
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    raise SystemExit(main())
