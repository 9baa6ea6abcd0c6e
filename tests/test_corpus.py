"""The note parser against the corpus gold (dev split).

The issue's targets, field-level F1 >= 0.97 overall and >= 0.93 per language, are the floors:
the test fails below them (the official scorer, score_notes.py, gives the same figures to the
third decimal).
"""

from __future__ import annotations

from tests.conftest import DATA, load_jsonl
from tests.scoring import score

RECORDS = load_jsonl(DATA / "corpus" / "notes-dev.jsonl")
OVERALL_FLOOR = 0.97
LANGUAGE_FLOOR = 0.93


def test_field_f1_on_dev_corpus() -> None:
    result = score(RECORDS)
    for key in sorted(result):
        print(f"{key:20s} F1={result[key]:.3f}")
    assert result["overall"] >= OVERALL_FLOOR
    for lang in ("tr", "ru", "kk", "tk", "en"):
        assert result[f"lang:{lang}"] >= LANGUAGE_FLOOR, lang


def test_kinds_and_ibid_targets() -> None:
    result = score(RECORDS)
    assert result["field:kind"] >= 0.99
    assert result["field:url"] >= 0.98
    assert result["field:accessed"] >= 0.99
