"""`citekit check --format json`: a JSON array of findings (docs/reference/json.md)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from citekit.model import Finding


def finding_to_json(finding: Finding) -> dict[str, Any]:
    """The JSON shape of one finding."""
    loc = finding.location
    found: dict[str, Any] = {
        "rule": finding.rule,
        "severity": str(finding.severity),
        "message": finding.message,
        "path": loc.path,
        "note": loc.note,
        "line": loc.line,
        "paragraph": loc.paragraph,
        "hint": finding.hint,
        "fixable": bool(finding.fixes),
    }
    if loc.section:  # a list that numbers its notes again (endnotes, a chapter's notes)
        found["section"] = loc.section
    if loc.page is not None:  # a note numbered again on each page: the page it sits on
        found["page"] = loc.page
    if loc.mark is not None:  # a note shown by a custom mark ("*") instead of its number
        found["mark"] = loc.mark
    return found


def findings_to_json(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """Every finding, in order."""
    return [finding_to_json(f) for f in findings]
