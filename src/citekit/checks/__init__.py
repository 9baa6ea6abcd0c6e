"""`citekit.check`: rules that read a `Document` and yield `Finding` values.

Each rule is a small generator registered with its id and default severity (`rules/<topic>.py`);
the rules judge labels and ibid words by the edition's language (the document's body's unless
the config says otherwise, and not at all when the body is too short to tell). Link rules
speak only when link results are passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from citekit.checks import rules  # noqa: F401 - importing the rule modules registers them
from citekit.checks._registry import (
    RULES,
    CheckConfig,
    Context,
    Rule,
    find_label,
    label_language,
)
from citekit.errors import UnknownLanguageError
from citekit.languages import Language, available_languages, language
from citekit.links.results import LinkResult
from citekit.model import Document, Finding, Location

__all__ = ["RULES", "CheckConfig", "Rule", "check", "find_label", "label_language"]


def _edition(document: Document, config: CheckConfig) -> Language | None:
    if config.edition_language is None and not document.language_certain:
        return None  # too little body text to tell: labels and ibid words are not judged
    code = config.edition_language or document.language
    for extra in config.languages:
        if extra.code == code:
            return extra
    try:
        return language(code) if code in available_languages() else None
    except UnknownLanguageError:
        return None


def check(
    document: Document,
    *,
    config: CheckConfig | None = None,
    links: Iterable[LinkResult] | None = None,
) -> list[Finding]:
    """Run every enabled rule over a document; findings in note order, then rule id.

    `links` are results of `citekit.check_links` for the document's URLs; without them the
    link rules stay silent.
    """
    config = config or CheckConfig()
    by_url = {r.url: r for r in links} if links is not None else None
    ctx = Context(
        document, _edition(document, config), config.today or dt.date.today(), config, by_url
    )
    findings: list[Finding] = []
    for rule_id, registered in RULES.items():
        if rule_id in config.disabled:
            continue
        severity = config.severities.get(rule_id, registered.severity)
        for hit in registered.func(document, ctx):
            note = hit.note
            location = note.location if note is not None else Location(path=document.path)
            findings.append(
                Finding(
                    rule=rule_id,
                    severity=severity,
                    message=hit.message,
                    location=location,
                    hint=hit.hint,
                    fixes=hit.fixes,
                )
            )
    findings.sort(key=lambda f: (f.location.note or 0, f.rule))
    return findings
