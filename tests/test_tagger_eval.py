"""`benchmarks/tagger_eval.py` keeps the figures earlier runs recorded under other names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.scripts import load_script

EVAL = Path(__file__).parent.parent / "benchmarks" / "tagger_eval.py"


def test_a_run_keeps_other_runs_figures(tmp_path: Path) -> None:
    module = load_script(EVAL)
    path = tmp_path / "tagger.json"
    path.write_text(json.dumps({"cross-validation": {"f1": 0.9}, "synthetic-only on dev": {}}))
    module.write_figures(path, {"synthetic-only on dev": {"f1": 0.97}})
    assert json.loads(path.read_text("utf-8")) == {
        "cross-validation": {"f1": 0.9},
        "synthetic-only on dev": {"f1": 0.97},
    }


def test_an_unreadable_record_is_written_anew(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = load_script(EVAL)
    path = tmp_path / "tagger.json"
    path.write_text("{not json")
    module.write_figures(path, {"a": 1})
    assert json.loads(path.read_text("utf-8")) == {"a": 1}
    assert "unreadable" in capsys.readouterr().err
