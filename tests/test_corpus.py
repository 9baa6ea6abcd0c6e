"""The note parser against the corpus gold, scored by the corpus's own scorer.

The shipped tagger is trained on synthetic notes only (scripts/train_tagger.py), so its figure
on notes-dev.jsonl measures how well generated data covers real writing: that figure, which no
training saw, is the only one held to a floor. The held-out set (notes-dev2.jsonl) and the
leave-one-source-out figures are printed, never asserted: see benchmarks/tagger_eval.py and
benchmarks/results/tagger.md.
"""

from __future__ import annotations

from tests.conftest import DATA, load_jsonl
from tests.scoring import score, summary

DEV = load_jsonl(DATA / "corpus" / "notes-dev.jsonl")
DEV2 = load_jsonl(DATA / "corpus" / "notes-dev2.jsonl")
# synthetic-only figures on dev, a little under the measured ones (benchmarks/results/tagger.md)
V1_FLOOR = 0.80
STRUCTURE_FLOORS = {"kind": 0.99, "url": 0.98, "accessed": 0.99}


def test_synthetic_only_model_on_dev_corpus() -> None:
    report = score(DEV)
    print("\nsynthetic-only model on notes-dev.jsonl\n" + summary(report))
    assert report["overall"]["f1"] >= V1_FLOOR


def test_structure_rules_on_dev_corpus() -> None:
    fields = score(DEV)["fields"]
    for field, floor in STRUCTURE_FLOORS.items():
        assert fields[field]["f1"] >= floor, field


def test_held_out_figure_is_printed() -> None:
    report = score(DEV2)
    print("\nsynthetic-only model on notes-dev2.jsonl (held out)\n" + summary(report))
    assert 0.0 <= report["overall"]["f1"] <= 1.0
