"""The published JSON Schemas (docs/reference/schemas/) describe the real output, exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from citekit.cli import main
from citekit.documents import FORMATS
from tests.conftest import DATA, EXAMPLE, ROOT

SCHEMAS = ROOT / "docs" / "reference" / "schemas"
DOCUMENTS = sorted(p for p in (DATA / "corpus" / "documents").iterdir() if p.suffix != ".json")
PATHS = [str(EXAMPLE), *map(str, DOCUMENTS)]


def _schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _output(args: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    code = main(args)
    assert code in (0, 1)
    return json.loads(capsys.readouterr().out)


def test_notes_json_of_every_corpus_document_matches_its_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    schema = _schema("notes.schema.json")
    many = _output(["notes", "--json", *PATHS], capsys)
    assert len(many) == len(PATHS)
    jsonschema.validate(many, schema)
    one = _output(["notes", "--json", str(EXAMPLE)], capsys)
    jsonschema.validate(one, schema)
    assert sum(len(d["notes"]) for d in many) > 50


def test_check_json_of_every_corpus_document_matches_its_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    schema = _schema("check.schema.json")
    report = _output(["check", "--no-links", "--format", "json", *PATHS], capsys)
    findings = report["findings"]
    assert len(findings) > 10
    assert len(report["documents"]) == len(PATHS)
    jsonschema.validate(report, schema)
    assert {f["severity"] for f in findings} >= {"error", "warning"}


def test_schemas_reject_output_that_breaks_the_contract(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = _output(["check", "--no-links", "--format", "json", str(EXAMPLE)], capsys)
    broken = {**report, "findings": [{**report["findings"][0], "severity": "fatal"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, _schema("check.schema.json"))
    notes = _output(["notes", "--json", str(EXAMPLE)], capsys)
    del notes["notes"][0]["kind"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(notes, _schema("notes.schema.json"))


def test_notes_schema_names_every_document_format() -> None:
    formats = _schema("notes.schema.json")["$defs"]["document"]["properties"]["format"]["enum"]
    assert set(FORMATS) <= set(formats)


def test_json_reference_links_both_schemas() -> None:
    text = (ROOT / "docs" / "reference" / "json.md").read_text(encoding="utf-8")
    for path in sorted(SCHEMAS.glob("*.json")):
        assert f"schemas/{path.name}" in text, path.name


def test_output_file_holds_the_same_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.json"
    code = main(["check", "--no-links", "--format", "json", "-o", str(target), str(EXAMPLE)])
    assert (code, capsys.readouterr().out) == (1, "")
    printed = _output(["check", "--no-links", "--format", "json", str(EXAMPLE)], capsys)
    assert json.loads(target.read_text(encoding="utf-8")) == printed
