"""citekit: sources and footnotes for multilingual publishing.

Read documents into notes and citations, normalise dates, tell languages apart, check that cited
links are alive and check notes before publishing, for Turkish, Russian, Kazakh, Turkmen and
English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# first: compiled parser modules older than their sources are set aside (citekit._native)
from citekit._native import mode as _parser_mode  # noqa: F401
from citekit._version import __version__

if TYPE_CHECKING:  # the names below are imported on first use (PEP 562), see __getattr__
    from citekit.checks import CheckConfig, check
    from citekit.checks.config import Settings, find_config, load_config
    from citekit.checks.fixes import FixResult, apply_fixes, plan_fixes
    from citekit.citations import parse_citation
    from citekit.csl import from_csl, to_csl
    from citekit.dates import DateReading, parse_date, read_date
    from citekit.editions import plan_edition
    from citekit.errors import (
        CacheError,
        CitekitError,
        DocumentError,
        LanguageDataError,
        UnknownLanguageError,
        UsageError,
    )
    from citekit.langid import detect_language
    from citekit.languages import Language, language, load_language
    from citekit.links import LinkResult, LinkSettings, LinkStatus, acheck_links, check_links
    from citekit.model import (
        Citation,
        Document,
        Finding,
        Location,
        Name,
        Note,
        NoteKind,
        PartialDate,
        Severity,
    )
    from citekit.pipeline import find_documents, read_bytes, read_document, read_documents
    from citekit.reports import document_to_json, findings_to_json
    from citekit.styles import format_bibliography, format_notes

# Where each public name lives: `import citekit` stays cheap (the command line starts
# fast), and a name is imported the first time it is used.
_EXPORTS = {
    "CacheError": "citekit.errors",
    "CheckConfig": "citekit.checks",
    "Citation": "citekit.model",
    "CitekitError": "citekit.errors",
    "DateReading": "citekit.dates",
    "Document": "citekit.model",
    "DocumentError": "citekit.errors",
    "Finding": "citekit.model",
    "FixResult": "citekit.checks.fixes",
    "Language": "citekit.languages",
    "LanguageDataError": "citekit.errors",
    "LinkResult": "citekit.links",
    "LinkSettings": "citekit.links",
    "LinkStatus": "citekit.links",
    "Location": "citekit.model",
    "Name": "citekit.model",
    "Note": "citekit.model",
    "NoteKind": "citekit.model",
    "PartialDate": "citekit.model",
    "Settings": "citekit.checks.config",
    "Severity": "citekit.model",
    "UnknownLanguageError": "citekit.errors",
    "UsageError": "citekit.errors",
    "acheck_links": "citekit.links",
    "apply_fixes": "citekit.checks.fixes",
    "check": "citekit.checks",
    "check_links": "citekit.links",
    "detect_language": "citekit.langid",
    "find_documents": "citekit.pipeline",
    "document_to_json": "citekit.reports",
    "find_config": "citekit.checks.config",
    "findings_to_json": "citekit.reports",
    "format_bibliography": "citekit.styles",
    "format_notes": "citekit.styles",
    "from_csl": "citekit.csl",
    "language": "citekit.languages",
    "load_config": "citekit.checks.config",
    "load_language": "citekit.languages",
    "parse_citation": "citekit.citations",
    "parse_date": "citekit.dates",
    "plan_edition": "citekit.editions",
    "plan_fixes": "citekit.checks.fixes",
    "read_bytes": "citekit.pipeline",
    "read_date": "citekit.dates",
    "read_document": "citekit.pipeline",
    "read_documents": "citekit.pipeline",
    "to_csl": "citekit.csl",
}

__all__ = [
    "CacheError",
    "CheckConfig",
    "Citation",
    "CitekitError",
    "DateReading",
    "Document",
    "DocumentError",
    "Finding",
    "FixResult",
    "Language",
    "LanguageDataError",
    "LinkResult",
    "LinkSettings",
    "LinkStatus",
    "Location",
    "Name",
    "Note",
    "NoteKind",
    "PartialDate",
    "Settings",
    "Severity",
    "UnknownLanguageError",
    "UsageError",
    "__version__",
    "acheck_links",
    "apply_fixes",
    "check",
    "check_links",
    "detect_language",
    "document_to_json",
    "find_config",
    "find_documents",
    "findings_to_json",
    "format_bibliography",
    "format_notes",
    "from_csl",
    "language",
    "load_config",
    "load_language",
    "parse_citation",
    "parse_date",
    "plan_edition",
    "plan_fixes",
    "read_bytes",
    "read_date",
    "read_document",
    "read_documents",
    "to_csl",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'citekit' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
