"""The note tagger, measured honestly.

(a) Synthetic only: a model trained on generated notes alone, scored on notes-dev.jsonl (the
    tuning set) and notes-dev2.jsonl (held out: other sites and families, never tuned on).
(b) Cross-validation split by source: the dev sources (a site, a repository, a constructed
    family) are dealt into K folds (``--folds``; 0 = one fold per source, leave-one-source-out);
    for each fold a model trained on synthetic notes plus the real dev notes of every *other*
    fold's sources predicts that fold's notes; all held-out predictions are scored together.

Figures come from the corpus's own scorer (tests/data/corpus/score_notes.py): v1 F1 (the six
fields of schema v1 plus kind, ibid_of, language), v2 F1, type accuracy, per language.

Run: uv run python benchmarks/tagger_eval.py --generate 20000 --cv-generate 4000
Writes benchmarks/results/tagger-latest.md (or --write FILE.md) and tagger.json (or FILE.json).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from tests.scoring import predict, score_predictions, summary  # noqa: E402
from train_tagger import Spans, corpus_texts, labelled_texts, synthetic_texts, train  # noqa: E402
from train_types import Example, describe, generated  # noqa: E402
from train_types import fit as fit_types  # noqa: E402

from citekit.citations.tagger import Tagger  # noqa: E402
from citekit.citations.type_model import TypeModel  # noqa: E402

DATA = ROOT / "tests" / "data" / "corpus"
# every type the hand rules give (`--types-rules` scores them alone)
RULE_TYPES = (
    "article-journal",
    "article-newspaper",
    "book",
    "chapter",
    "document",
    "entry-encyclopedia",
    "legislation",
    "manuscript",
    "motion_picture",
    "paper-conference",
    "post-weblog",
    "report",
    "thesis",
    "webpage",
)
RESULTS = ROOT / "benchmarks" / "results"


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def source_of(record: dict[str, Any]) -> str:
    """The site, repository or constructed family a record comes from."""
    source = str(record.get("source", ""))
    if (host := re.match(r"https?://(?:www\.)?([^/]+)", source)) is not None:
        return host.group(1)
    if (repo := re.match(r"github:([^/]+/[^/]+)", source)) is not None:
        return repo.group(1)
    if (ids := re.match(r"github \(search-index file ids? ([\d, ]+)\)", source)) is not None:
        return "github " + ids.group(1)
    if source.startswith("constructed document"):
        return source.split("(")[0].strip()
    return source.split(":")[0].split("(")[0].split("—")[0].strip()


def synthetic(n: int, seed: int, files: list[str]) -> list[tuple[str, Spans]]:
    data: list[tuple[str, Spans]] = []
    if n:
        data.extend(synthetic_texts(n, seed))
    for path in files:
        data.extend(labelled_texts(path))
    return data


BIO = "--bio" in sys.argv


def fit(examples: list[tuple[str, Spans]], folder: Path, name: str, iterations: int) -> Tagger:
    path = folder / f"{name}.crfsuite"
    if not path.exists():
        train(examples, path, iterations=iterations, bio=BIO)
    return Tagger(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generate", type=int, default=20000)
    parser.add_argument("--cv-generate", type=int, default=4000)
    parser.add_argument("--labelled", action="append", default=[])
    parser.add_argument("--cv-labelled", action="append", default=[])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--skip-dev2", action="store_true", help="do not score the held-out set")
    parser.add_argument("--skip-cv", action="store_true")
    parser.add_argument("--bio", action="store_true", help="train the models on B-/I- labels")
    parser.add_argument("--model", help="score this model file as the synthetic-only one")
    parser.add_argument("--folds", type=int, default=0, help="0: leave one source out")
    parser.add_argument("--cv-iterations", type=int, default=100)
    parser.add_argument("--write", help="the Markdown report (default results/tagger-latest.md)")
    parser.add_argument("--types-generate", type=int, default=12000, metavar="N")
    parser.add_argument("--types-seed", type=int, default=11)
    parser.add_argument(
        "--types-rules", action="store_true", help="type every note by the hand rules alone"
    )
    parser.add_argument(
        "--types-dev-weight", type=int, default=5, help="each dev note counts this many times"
    )
    parser.add_argument(
        "--keep", metavar="DIR", help="keep the fold models here and reuse those already there"
    )
    args = parser.parse_args()
    dev = read(DATA / "notes-dev.jsonl")
    report: dict[str, Any] = {}
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        began = time.perf_counter()
        if args.model:
            model = Tagger(args.model)
        else:
            model = fit(
                synthetic(args.generate, args.seed, args.labelled), folder, "syn", args.iterations
            )
        made = f"model file {args.model}" if args.model else f"trained on {args.generate} notes"
        lines.append(f"synthetic-only model: {made} ({time.perf_counter() - began:.0f} s)")
        sets = [("dev", dev)] + (
            [] if args.skip_dev2 else [("dev2", read(DATA / "notes-dev2.jsonl"))]
        )
        rules = TypeModel(
            {
                "classes": list(RULE_TYPES),
                "bias": [0.0] * len(RULE_TYPES),
                "weights": {f"rule={t}": {str(i): 1.0} for i, t in enumerate(RULE_TYPES)},
            }
        )
        if args.types_rules:
            args.types_generate = 0
        for name, records in sets:
            types = rules if args.types_rules else None
            result = score_predictions(
                records, [predict(r, tagger=model, types=types) for r in records]
            )
            report[f"synthetic-only on {name}"] = result
            lines += [f"## synthetic-only on {name}", summary(result), ""]
        if args.types_generate and not args.skip_cv:
            # the type model: generated notes (read by the synthetic-only model) alone, scored
            # on dev; in each fold, those plus the other folds' dev notes
            syn_types = list(generated(args.types_generate, args.types_seed, model))
            dev_types = {
                r["id"]: (describe(r["note"], model), str(r["gold"]["type"]))
                for r in dev
                if r.get("gold", {}).get("kind") == "citation" and r["gold"].get("type")
            }
            alone = TypeModel(fit_types(syn_types))
            result = score_predictions(dev, [predict(r, tagger=model, types=alone) for r in dev])
            report["synthetic-only on dev, type model from generated notes alone"] = result
            lines += [
                f"## synthetic-only on dev, type model from {len(syn_types)} generated notes alone",
                summary(result),
                "",
            ]
        if not args.skip_cv:
            base = synthetic(args.cv_generate, args.seed, args.cv_labelled)
            groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for record in dev:
                groups[source_of(record)].append(record)
            ordered = sorted(groups, key=lambda k: (-len(groups[k]), k))
            k = args.folds or len(ordered)
            fold_of = {source: i % k for i, source in enumerate(ordered)}
            predictions: dict[str, dict[str, Any]] = {}
            for fold in range(k):
                held = [r for r in dev if fold_of[source_of(r)] == fold]
                rest = [r for r in dev if fold_of[source_of(r)] != fold]
                examples = base + list(corpus_texts(rest))
                tagger = fit(examples, folder, f"cv{fold}-of-{k}", args.cv_iterations)
                types = rules if args.types_rules else None
                if args.types_generate:
                    known: list[Example] = [
                        dev_types[r["id"]] for r in rest if r["id"] in dev_types
                    ]
                    types = TypeModel(fit_types(syn_types + known * args.types_dev_weight))
                for record in held:
                    predictions[record["id"]] = predict(record, tagger=tagger, types=types)
                print(f"fold {fold + 1}/{k} done", file=sys.stderr)
            result = score_predictions(dev, [predictions[r["id"]] for r in dev])
            named = (
                f"leave-one-source-out cross-validation on dev ({k} sources)"
                if k == len(groups)
                else f"cross-validation by source on dev ({k} folds)"
            )
            report[named] = result
            lines += [
                f"## cross-validation by source on dev ({len(groups)} sources in {k} folds; "
                f"{len(base)} synthetic notes + the other folds' dev notes; types: "
                + (
                    "the hand rules)"
                    if args.types_rules
                    else f"{args.types_generate} generated notes + the other folds' dev notes "
                    f"x{args.types_dev_weight})"
                ),
                summary(result),
                "",
            ]
    text = "\n".join(lines)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    out = Path(args.write) if args.write else RESULTS / "tagger-latest.md"
    out.write_text("# Note tagger evaluation\n\n```\n" + text + "\n```\n", "utf-8")
    figures = out.with_suffix(".json") if args.write else RESULTS / "tagger.json"
    write_figures(figures, report)
    return 0


def write_figures(path: Path, report: dict[str, Any]) -> None:
    """Write `report` into the JSON file at `path`, keeping the figures an earlier run wrote
    under other names (a run with `--skip-cv` keeps the recorded cross-validation)."""
    recorded: dict[str, Any] = {}
    if path.exists():
        try:
            loaded = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            print(f"tagger_eval: {path}: unreadable ({exc}); written anew", file=sys.stderr)
        else:
            if isinstance(loaded, dict):
                recorded = loaded
    kept = sorted(set(recorded) - set(report))
    if kept:
        print(f"tagger_eval: kept from {path.name}: " + "; ".join(kept), file=sys.stderr)
    recorded.update(report)
    path.write_text(json.dumps(recorded, indent=1, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
