"""Train the item-type model (a multinomial logistic regression) and write its weights.

Each generated note's first source is read by the note tagger (the fields it predicts, as at
run time), `citekit.citations.type_model.type_features` describes it, and the type of the item it
was made from is the answer. scikit-learn fits the model (a dev dependency only); the weights
ship as JSON and inference is a sum of weights in pure Python.

Example (the shipped model)::

    uv run python scripts/train_types.py --generate 12000 --seed 11 \\
        --notes tests/data/corpus/notes-dev.jsonl --out src/citekit/citations/types.json

Notes in the corpus format (``--notes FILE``, gold with a ``type``; each counts
``--repeat-notes`` times) teach it a corpus's conventions: the shipped model adds the dev notes
(``--notes tests/data/corpus/notes-dev.jsonl``), since the dev gold is the specification of
which type a citation has; benchmarks/tagger_eval.py scores it by cross-validation over dev
sources (each fold's type model never sees that fold).
Training is deterministic for the same data and options.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from citekit.citations.fields import read_fields
from citekit.citations.sources import split_sources as _split_sources
from citekit.citations.tagger import Tagger
from citekit.citations.type_model import type_features

Example = tuple[list[str], str]


def describe(text: str, tagger: Tagger | None = None) -> list[str]:
    """The type features of one note's first source, as the parser sees it."""
    first = _split_sources(text)[0].replace("\n", " ").replace("\r", " ")
    fields, _exact, cues, language = read_fields(first, tagger=tagger)
    return type_features(fields, first, cues, language)


def generated(n: int, seed: int, tagger: Tagger | None) -> Iterator[Example]:
    """Features and true types of `n` generated notes (no dev corpus value in them)."""
    from citekit.training import generate_samples

    for sample in generate_samples(n, seed=seed, dev_values=False):
        kind = sample.items[0].get("type")
        if isinstance(kind, str) and kind:
            yield describe(sample.text.text, tagger), kind


def corpus(path: str, tagger: Tagger | None) -> Iterator[Example]:
    """Features and gold types of labelled notes in the corpus format."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record: dict[str, Any] = json.loads(line)
            kind = record.get("gold", {}).get("type")
            if record.get("gold", {}).get("kind", "citation") == "citation" and kind:
                yield describe(record["note"], tagger), str(kind)


def fit(examples: Sequence[Example], *, c: float = 1.0, min_count: int = 2) -> dict[str, Any]:
    """Fit the model; its weights as the JSON `citekit.citations.type_model.TypeModel` reads."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    counts: dict[str, int] = {}
    for feats, _kind in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    rows = [{f: 1 for f in feats if counts[f] >= min_count} for feats, _kind in examples]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(matrix, [kind for _feats, kind in examples])
    names = vectorizer.get_feature_names_out()
    weights: dict[str, dict[str, float]] = {}
    for j, name in enumerate(names):
        row = {str(i): round(float(model.coef_[i, j]), 4) for i in range(len(model.classes_))}
        row = {i: w for i, w in row.items() if abs(w) >= 1e-3}
        if row:
            weights[str(name)] = row
    return {
        "classes": [str(k) for k in model.classes_],
        "bias": [round(float(b), 4) for b in model.intercept_],
        "weights": dict(sorted(weights.items())),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generate", type=int, default=0, metavar="N")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--notes", action="append", default=[], metavar="FILE")
    parser.add_argument(
        "--repeat-notes", type=int, default=5, metavar="K", help="weight of --notes"
    )
    parser.add_argument("--model", help="the note tagger's model file (default: the shipped one)")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    tagger = Tagger(args.model) if args.model else None
    began = time.perf_counter()
    examples = list(generated(args.generate, args.seed, tagger)) if args.generate else []
    for path in args.notes:
        examples.extend(list(corpus(path, tagger)) * args.repeat_notes)
    if not examples:
        parser.error("no training data: give --generate or --notes")
    data = fit(examples, c=args.c)
    Path(args.out).write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8"
    )
    print(
        f"trained on {len(examples)} notes in {time.perf_counter() - began:.0f} s; "
        f"{len(data['weights'])} features; {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
