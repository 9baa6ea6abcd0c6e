"""`citekit check --format sarif`: SARIF 2.1.0, which code-scanning tools (GitHub's among them)
read. One run; every registered rule is listed with its default level and docs page."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from citekit._version import __version__
from citekit.checks import RULES
from citekit.model import Finding, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
DOCS = "https://citekit.readthedocs.io/en/latest/reference/rules/"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """The path as the URI reference SARIF asks for: percent-encoded, so that a space, ``#``
    or ``?`` in a file name stays part of the path; an absolute path as a ``file://`` URI."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix(), safe="/")


def _location(finding: Finding) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(finding.location.path)}}
    if finding.location.line is not None and finding.location.line >= 1:
        physical["region"] = {"startLine": finding.location.line}
    location: dict[str, Any] = {"physicalLocation": physical}
    name = finding.location.note_name  # `note 1 in list 2`: endnote 1 after footnote 1
    if name is not None:
        location["logicalLocations"] = [{"name": name, "kind": "element"}]
    return location


def findings_to_sarif(
    findings: Iterable[Finding], *, unread: Iterable[tuple[str, str]] = ()
) -> dict[str, Any]:
    """A SARIF 2.1.0 log of the findings; `unread` (path, why) are the documents that could not
    be read, given as the invocation's error notifications (the run was not complete)."""
    rule_ids = sorted(RULES)
    index = {rule_id: n for n, rule_id in enumerate(rule_ids)}
    rules = [
        {
            "id": rule_id,
            "name": "".join(part.title() for part in rule_id.split("-")),
            "shortDescription": {"text": RULES[rule_id].summary},
            "helpUri": f"{DOCS}{rule_id}/",
            "defaultConfiguration": {"level": _LEVELS[RULES[rule_id].severity]},
        }
        for rule_id in rule_ids
    ]
    results = []
    for finding in findings:
        message = finding.message + (f" ({finding.hint})" if finding.hint else "")
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "level": _LEVELS[finding.severity],
            "message": {"text": message},
            "locations": [_location(finding)],
        }
        if finding.rule in index:
            result["ruleIndex"] = index[finding.rule]
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "citekit",
                        "version": __version__,
                        "informationUri": "https://citekit.readthedocs.io/",
                        "rules": rules,
                    }
                },
                "results": results,
                **_invocations(list(unread)),
            }
        ],
    }


def _invocations(unread: list[tuple[str, str]]) -> dict[str, Any]:
    """The run's invocation when some documents could not be read: a code-scanning tool then
    knows the results are not the whole story."""
    if not unread:
        return {}
    notes = [
        {
            "level": "error",
            "message": {"text": why},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}}}],
        }
        for path, why in unread
    ]
    return {"invocations": [{"executionSuccessful": False, "toolExecutionNotifications": notes}]}
