"""`citekit check --format github`: GitHub Actions workflow commands, one annotation per finding.

``::error file=a.md,line=12,title=missing-url::note 3 has no URL`` — the runner turns each line
into an annotation on the pull request's diff.
"""

from __future__ import annotations

from collections.abc import Iterable

from citekit.model import Finding, Severity

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(
    findings: Iterable[Finding], *, unread: Iterable[tuple[str, str]] = ()
) -> list[str]:
    """One workflow-command line per finding, and an error for each document (path, why) that
    could not be read."""
    lines = [
        f"::error file={_escape_property(path)},title=unreadable::{_escape_data(why)}"
        for path, why in unread
    ]
    for f in findings:
        props = [f"file={_escape_property(f.location.path)}"]
        if f.location.line is not None:
            props.append(f"line={f.location.line}")
        props.append(f"title={_escape_property(f.rule)}")
        message = f.message + (f" — {f.hint}" if f.hint else "")
        lines.append(f"::{_COMMANDS[f.severity]} {','.join(props)}::{_escape_data(message)}")
    return lines
