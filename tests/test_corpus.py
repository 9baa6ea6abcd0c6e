"""The note parser against the corpus gold, scored by the corpus's own scorer.

The shipped tagger is trained on generated notes only (scripts/train_tagger.py, with no value
taken from the dev corpus), so its figure on notes-dev.jsonl measures how well generated data
covers real writing: that figure is the only one held to a floor. The held-out set
(notes-dev2.jsonl) and the cross-validation over dev sources are printed, never asserted
(benchmarks/tagger_eval.py writes them to benchmarks/results/tagger.md).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import DATA, ROOT, load_jsonl
from tests.scoring import score, summary

DEV = load_jsonl(DATA / "corpus" / "notes-dev.jsonl")
DEV2 = load_jsonl(DATA / "corpus" / "notes-dev2.jsonl")
RESULTS = ROOT / "benchmarks" / "results" / "tagger.json"
# a little under the synthetic-only model's measured figures on dev (benchmarks/results)
V1_FLOOR = 0.96
V2_FLOOR = 0.94
TYPE_FLOOR = 0.93
STRUCTURE_FLOORS = {"kind": 0.99, "url": 0.98, "accessed": 0.99}


@pytest.fixture(scope="module")
def dev_report() -> dict[str, Any]:
    return score(DEV)


def test_synthetic_only_model_on_dev_corpus(dev_report: dict[str, Any]) -> None:
    print("\nsynthetic-only model on notes-dev.jsonl\n" + summary(dev_report))
    print("\nsynthetic-only model on notes-dev2.jsonl (held out)\n" + summary(score(DEV2)))
    recorded = json.loads(RESULTS.read_text("utf-8"))
    for name, report in recorded.items():
        if "dev2" not in name and "synthetic-only" not in name:
            print(f"\n{name} (recorded by benchmarks/tagger_eval.py)\n" + summary(report))
    assert dev_report["overall"]["f1"] >= V1_FLOOR
    assert dev_report["overall_v2"]["f1"] >= V2_FLOOR
    assert dev_report["fields"]["type"]["accuracy"] >= TYPE_FLOOR


def test_structure_rules_on_dev_corpus(dev_report: dict[str, Any]) -> None:
    for field, floor in STRUCTURE_FLOORS.items():
        assert dev_report["fields"][field]["f1"] >= floor, field
