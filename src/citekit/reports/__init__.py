"""Findings as text for machines: JSON, SARIF 2.1.0 for code scanning, GitHub annotations;
and the notes JSON contract (`citekit notes --json`).

The readable, coloured text report lives with the command line (`citekit.cli.check`).
"""

from citekit.reports.github import github_annotations
from citekit.reports.json import finding_to_json, findings_to_json
from citekit.reports.notes import document_to_json, note_to_json
from citekit.reports.sarif import findings_to_sarif

__all__ = [
    "document_to_json",
    "finding_to_json",
    "findings_to_json",
    "findings_to_sarif",
    "github_annotations",
    "note_to_json",
]
