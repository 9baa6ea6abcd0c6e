from __future__ import annotations

import json

import pytest

from citekit.cli import main
from tests.conftest import EXAMPLE


def test_check_example_reports_exactly_the_known_problems(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["check", "--format", "json", str(EXAMPLE)])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert code == 1
    missing = sorted(f["note"] for f in findings if f["rule"] == "missing-url")
    assert missing == [1, 2, 3, 4, 5, 6, 8, 9]
    others = sorted((f["rule"], f["note"]) for f in findings if f["rule"] != "missing-url")
    assert others == [("access-label", 1), ("foreign-ibid", 7)]
    label = next(f for f in findings if f["rule"] == "access-label")
    assert "Date of Accession" in label["message"]


def test_check_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLE)]) == 1
    out = capsys.readouterr().out
    assert "note 7 says 'Aynı yer.'" in out


def test_notes_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", "--json", str(EXAMPLE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"document", "notes", "unmatched_markers", "uncited_notes"} <= set(data)
    first = data["notes"][0]
    assert first["kind"] == "citation"
    assert first["citations"][0]["accessed"] == {"date-parts": [[2021, 10, 25]]}
    assert data["notes"][6]["refers_to"] == 6


def test_date_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["date", "25", "октября", "2021", "г."]) == 0
    assert capsys.readouterr().out.strip() == "2021-10-25"
    assert main(["date", "31.02.2021"]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_lang_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lang", "Türkmenistanyň", "Gazagystana", "eksporty"]) == 0
    assert capsys.readouterr().out.strip() == "tk"


def test_unreadable_file_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "nope.txt"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "citekit: error: nope.txt: no such file"


def test_unknown_rule_and_bad_usage_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--ignore", "no-such-rule", str(EXAMPLE)]) == 2
    assert "unknown rule" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2


def test_help_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["check", "--help"], ["notes", "--help"], ["date", "--help"]):
        assert main(argv) == 0
    assert "usage" in capsys.readouterr().out
