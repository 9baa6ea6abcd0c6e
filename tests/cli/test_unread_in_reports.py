"""A document `check` could not read is in the report itself, not only on stderr: a CI step
that keeps `-o report.json` or uploads SARIF saw a clean report of fewer documents."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from citekit.cli import main
from tests.conftest import DATA, ROOT

ARTICLE = (
    "Trade between Kazakhstan and Turkmenistan grew in the first nine months of the year, "
    "officials said.[^1]\n\n[^1]: “Trade”, Orient, https://orient.tm/1, (Accessed: 25.10.2021).\n"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citekit.toml").write_text('links = false\nlanguage = "en"\n', encoding="utf-8")
    (tmp_path / "art").mkdir()
    (tmp_path / "art" / "good.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "art" / "legacy.txt").write_bytes(ARTICLE.replace("“", "").encode() + b"\xcf\xf0")
    (tmp_path / "art" / "empty.md").write_bytes(b"")
    return tmp_path


UNREAD = [
    ("art/empty.md", "empty document"),
    ("art/legacy.txt", "not valid UTF-8 (line 4, byte 175); save the file as UTF-8"),
]


def test_the_json_report_names_the_unread_documents(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "art", "-o", "report.json"]) == 2
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert [d["path"] for d in report["documents"]] == ["art/good.md"]
    assert [(u["path"], u["message"]) for u in report["unread"]] == UNREAD
    schema = json.loads(
        (ROOT / "docs" / "reference" / "schemas" / "check.schema.json").read_text("utf-8")
    )
    jsonschema.validate(report, schema)


def test_a_complete_run_has_no_unread_key(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", "art/good.md"]) == 0
    assert "unread" not in json.loads(capsys.readouterr().out)


def test_sarif_says_the_run_was_not_complete(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--format", "sarif", "art"]) == 2
    log = json.loads(capsys.readouterr().out)
    schema = json.loads((DATA / "sarif" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    said = [
        (n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], n["message"]["text"])
        for n in invocation["toolExecutionNotifications"]
    ]
    assert said == UNREAD


def test_github_annotates_the_unread_documents(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--format", "github", "art"]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [
        "::error file=art/empty.md,title=unreadable::empty document",
        "::error file=art/legacy.txt,title=unreadable::not valid UTF-8 (line 4, byte 175); "
        "save the file as UTF-8",
    ]
