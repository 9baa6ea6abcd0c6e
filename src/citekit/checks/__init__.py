"""`citekit.check`: rules that read a `Document` and yield `Finding` values.

Each rule is a small generator registered with its id and default severity; the rules know
the edition's language (the document's) so that labels and ibid words are judged by it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from attrs import field, frozen

from citekit._text import fold
from citekit.citations._words import patterns
from citekit.errors import UnknownLanguageError
from citekit.languages import Language, available_languages, language
from citekit.model import Document, Finding, Location, Note, Severity

__all__ = ["RULES", "CheckConfig", "Rule", "check"]


@frozen(kw_only=True)
class CheckConfig:
    """What the house wants: which rules run, at what severity, and the edition language."""

    disabled: frozenset[str] = frozenset()
    severities: dict[str, Severity] = field(factory=dict)
    edition_language: str | None = None
    today: dt.date | None = None


@frozen
class Context:
    """What a rule needs besides the document."""

    document: Document
    edition: Language | None
    today: dt.date


RuleFunc = Callable[[Document, Context], Iterator[tuple[Note | None, str, str | None]]]


@frozen
class Rule:
    """A registered rule: id, default severity, one-line summary and the check itself."""

    id: str
    severity: Severity
    summary: str
    func: RuleFunc


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, summary: str) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule under `rule_id`."""

    def register(func: RuleFunc) -> RuleFunc:
        RULES[rule_id] = Rule(rule_id, severity, summary, func)
        return func

    return register


def _edition(document: Document, config: CheckConfig) -> Language | None:
    code = config.edition_language or document.language
    try:
        return language(code) if code in available_languages() else None
    except UnknownLanguageError:
        return None


def check(document: Document, *, config: CheckConfig | None = None) -> list[Finding]:
    """Run every enabled rule over a document; findings in note order, then rule id."""
    from citekit.checks import rules as _rules  # noqa: F401  (registers the rules)

    config = config or CheckConfig()
    ctx = Context(document, _edition(document, config), config.today or dt.date.today())
    findings: list[Finding] = []
    for rule_id, registered in RULES.items():
        if rule_id in config.disabled:
            continue
        severity = config.severities.get(rule_id, registered.severity)
        for note, message, hint in registered.func(document, ctx):
            location = note.location if note is not None else Location(path=document.path)
            findings.append(
                Finding(
                    rule=rule_id, severity=severity, message=message, location=location, hint=hint
                )
            )
    findings.sort(key=lambda f: (f.location.note or 0, f.rule))
    return findings


def label_language(label: str) -> str | None:
    """The language whose data lists this access-date label."""
    key = fold(label)
    for code in available_languages():
        if any(fold(w) == key for w in language(code).words.accessed):
            return code
    return None


def find_label(text: str) -> str | None:
    """The access-date label a note uses, as written."""
    match = patterns().accessed.search(text)
    return match.group() if match else None
