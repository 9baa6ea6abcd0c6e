"""The neural note tagger beside the CRF, on the same data and by the same scorer.

(a) Synthetic only: both models as given, scored on notes-dev.jsonl (the held-out
    notes-dev2.jsonl is never read here).
(b) Cross-validation split by source, as in benchmarks/tagger_eval.py: for each of ``--folds``
    folds a neural model is trained on the fold notes (``--cv-labelled``) plus the other
    folds' dev notes; the CRF's fold models come from ``tagger_eval.py --keep DIR`` run with the
    same fold notes and folds (``--crf-folds DIR``).
(c) Speed: parse every dev note (the whole parse, rules and decoding included) with each
    tagger, over and over for ``--seconds``, counted in CPU time of this one process; load time
    and model file size.

Needs torch for (b) (see scripts/train_neural_tagger.py); (a) and (c) need only numpy.
Run with OPENBLAS_NUM_THREADS=1 so that numpy keeps to one core.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts"), str(ROOT / "benchmarks")]

from tests.scoring import predict, score_predictions, summary  # noqa: E402

from citekit.citations import parse_note  # noqa: E402
from citekit.citations.tagger import Tagger  # noqa: E402
from citekit.citations.tagger.neural import NeuralTagger  # noqa: E402
from citekit.model import Location  # noqa: E402
from tagger_eval import read, source_of, synthetic  # noqa: E402

DATA = ROOT / "tests" / "data" / "corpus"
RESULTS = ROOT / "benchmarks" / "results"
CRF = ROOT / "src" / "citekit" / "citations" / "tagger" / "model.crfsuite"


def load(path: Path) -> tuple[Tagger, float]:
    began = time.perf_counter()
    tagger = NeuralTagger(path) if path.suffix == ".npz" else Tagger(path)
    return tagger, time.perf_counter() - began


def speed(tagger: Tagger, notes: list[str], seconds: float) -> float:
    """Notes parsed per CPU second (one process, one thread)."""
    loc = Location(path="bench")
    for i, note in enumerate(notes):  # warm the caches of both taggers alike
        parse_note(i + 1, note, location=loc, tagger=tagger)
    done = 0
    began = time.process_time()
    while time.process_time() - began < seconds:
        for i, note in enumerate(notes):
            parse_note(i + 1, note, location=loc, tagger=tagger)
        done += len(notes)
    return done / (time.process_time() - began)


def folds(dev: list[dict[str, Any]], k: int) -> dict[str, int]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in dev:
        groups[source_of(record)].append(record)
    ordered = sorted(groups, key=lambda s: (-len(groups[s]), s))
    return {source: i % k for i, source in enumerate(ordered)}


def cross_validate(
    dev: list[dict[str, Any]], args: argparse.Namespace, report: dict[str, Any]
) -> list[str]:
    from train_neural_tagger import train
    from train_tagger import corpus_texts

    base = synthetic(0, 1, args.cv_labelled)
    fold_of = folds(dev, args.folds)
    keep = Path(args.keep)
    keep.mkdir(parents=True, exist_ok=True)
    neural: dict[str, dict[str, Any]] = {}
    crf: dict[str, dict[str, Any]] = {}
    for fold in range(args.folds):
        held = [r for r in dev if fold_of[source_of(r)] == fold]
        rest = [r for r in dev if fold_of[source_of(r)] != fold]
        path = keep / f"cv{fold}-of-{args.folds}.npz"
        if not path.exists():
            info = train(
                base + list(corpus_texts(rest)),
                path,
                epochs=args.cv_epochs,
                minutes=args.cv_minutes,
                batch=args.cv_batch,
                dropout=args.cv_dropout,
                buckets=args.cv_buckets,
                dim=args.cv_dim,
                hidden=args.cv_hidden,
                skip=tuple(args.cv_skip),
                feature_dropout=args.cv_feature_dropout,
                seed=1,
                log=False,
            )
            print(f"fold {fold + 1}/{args.folds}: {info}", file=sys.stderr)
        model = NeuralTagger(path)
        crf_model = None
        if args.crf_folds:
            crf_path = Path(args.crf_folds) / f"cv{fold}-of-{args.folds}.crfsuite"
            crf_model = Tagger(crf_path) if crf_path.exists() else None
        for record in held:
            neural[record["id"]] = predict(record, tagger=model)
            if crf_model is not None:
                crf[record["id"]] = predict(record, tagger=crf_model)
    lines: list[str] = []
    sets = [("neural", neural)] + ([("crf", crf)] if len(crf) == len(dev) else [])
    for name, found in sets:
        result = score_predictions(dev, [found[r["id"]] for r in dev])
        report[f"cv {name}"] = result
        lines += [
            f"## {name}: cross-validation by source on dev ({args.folds} folds; "
            f"{len(base)} fold notes + the other folds' dev notes)",
            summary(result),
            "",
        ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="the neural model (.npz)")
    parser.add_argument("--crf", default=str(CRF), help="the CRF model to compare")
    parser.add_argument("--cv-labelled", action="append", default=[])
    parser.add_argument("--folds", type=int, default=8)
    parser.add_argument("--cv-epochs", type=int, default=10)
    parser.add_argument("--cv-minutes", type=float, default=6.0)
    parser.add_argument("--cv-batch", type=int, default=32)
    parser.add_argument("--cv-dropout", type=float, default=0.25)
    parser.add_argument("--cv-buckets", type=int, default=1 << 17)
    parser.add_argument("--cv-dim", type=int, default=48)
    parser.add_argument("--cv-hidden", type=int, default=64)
    parser.add_argument("--cv-skip", action="append", default=[], metavar="PREFIX")
    parser.add_argument("--cv-feature-dropout", type=float, default=0.0)
    parser.add_argument("--keep", default="/tmp/neural-cv", help="fold models, reused")
    parser.add_argument("--crf-folds", help="the CRF fold models of tagger_eval.py --keep")
    parser.add_argument("--seconds", type=float, default=20.0, help="per speed measurement")
    parser.add_argument("--skip-cv", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-synthetic", action="store_true", help="only the CV")
    parser.add_argument("--out", default=str(RESULTS / "neural_tagger.json"))
    args = parser.parse_args()
    dev = read(DATA / "notes-dev.jsonl")
    report: dict[str, Any] = {}
    lines: list[str] = []
    models = [] if args.skip_synthetic else [("crf", Path(args.crf)), ("neural", Path(args.model))]
    for name, path in models:
        tagger, seconds = load(path)
        result = score_predictions(dev, [predict(r, tagger=tagger) for r in dev])
        facts = {"file": str(path), "bytes": path.stat().st_size, "load_s": round(seconds, 3)}
        if not args.skip_speed:
            notes = [r["note"] for r in dev]
            facts["notes_per_cpu_s"] = round(speed(tagger, notes, args.seconds), 1)
        report[f"synthetic-only {name}"] = {"facts": facts, "dev": result}
        lines += [f"## {name}, synthetic only, on dev: {facts}", summary(result), ""]
        print("\n".join(lines[-3:]), file=sys.stderr)
    if not args.skip_cv and args.cv_labelled:
        lines += cross_validate(dev, args, report)
    print("\n".join(lines))
    Path(args.out).write_text(json.dumps(report, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
