"""Item-type accuracy of the shipped parser, on the dev notes split by source and on generated
notes.

The dev sources are split once, by a hash of their name: a third (``sha1(source) % 3 == 0``)
is held out, and only the other part's errors are printed (``--errors``), so rules are studied
on one part and checked on the other. Generated notes (``--generate N --seed S``, no dev
values) are typed from the fields the shipped tagger reads in them; their types are the
generator's, which does not tell a news site's page from a newspaper article, so the figure
is also given with those two merged.

Run: uv run python benchmarks/types_eval.py [--errors] [--generate 3000 --seed 4242]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).parent.parent)]

from tests.scoring import predict  # noqa: E402

from _common import DATA, load_jsonl  # noqa: E402
from citekit.citations.fields import read_fields  # noqa: E402
from citekit.citations.sources import split_sources as _split_sources  # noqa: E402
from citekit.citations.type_model import infer_type  # noqa: E402

_SAME = {"webpage": "web", "article-newspaper": "web"}


def held_out(sources: set[str]) -> set[str]:
    """The held-out third of the dev sources."""
    return {s for s in sources if int(hashlib.sha1(s.encode()).hexdigest(), 16) % 3 == 0}


def generated(n: int, seed: int) -> Iterator[tuple[str, str, str]]:
    """(note, true type, parsed type) of `n` generated notes' first sources."""
    from citekit.training import generate_samples

    for sample in generate_samples(n, seed=seed, dev_values=False):
        kind = sample.items[0].get("type")
        if isinstance(kind, str) and kind:
            first = _split_sources(sample.text.text)[0].replace("\n", " ").replace("\r", " ")
            fields, _exact, cues, language = read_fields(first)
            yield first, kind, infer_type(fields, first, cues, language)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list the tuning part's errors")
    parser.add_argument("--generate", type=int, default=0, metavar="N")
    parser.add_argument("--seed", type=int, default=4242)
    args = parser.parse_args()
    records = load_jsonl(DATA / "corpus" / "notes-dev.jsonl")
    held = held_out({str(r["source"]) for r in records})
    rows: list[tuple[dict[str, Any], str | None]] = [
        (r, predict(r).get("type")) for r in records if r["gold"].get("type")
    ]
    for name, part in (
        ("tuning part", [(r, p) for r, p in rows if r["source"] not in held]),
        ("held-out part", [(r, p) for r, p in rows if r["source"] in held]),
        ("all dev", rows),
    ):
        right = sum(p == r["gold"]["type"] for r, p in part)
        print(f"dev {name:14s} {len(part):4d} notes  type accuracy {right / len(part):.3f}")
    tuning = [(r, p) for r, p in rows if r["source"] not in held]
    confusion = Counter((r["gold"]["type"], p) for r, p in tuning if p != r["gold"]["type"])
    for (gold, got), count in confusion.most_common():
        print(f"  tuning part: {count} x {gold} typed {got}")
    if args.errors:
        for r, p in tuning:
            if p != r["gold"]["type"]:
                print(f"  {r['id']}: {r['gold']['type']} typed {p}: {r['note'][:160]}")
    if args.generate:
        made = list(generated(args.generate, args.seed))
        right = sum(kind == got for _note, kind, got in made)
        near = sum(_SAME.get(kind, kind) == _SAME.get(got, got) for _note, kind, got in made)
        print(
            f"generated (seed {args.seed}) {len(made)} notes  type accuracy "
            f"{right / len(made):.3f}, {near / len(made):.3f} with webpage = newspaper article"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
