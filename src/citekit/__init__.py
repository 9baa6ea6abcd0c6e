"""citekit: sources and footnotes for multilingual publishing.

Read documents into notes and citations, normalise dates, tell languages apart, check that cited
links are alive and check notes before publishing, for Turkish, Russian, Kazakh, Turkmen and
English.
"""

from __future__ import annotations

__version__ = "0.1.0"

from citekit.checks import CheckConfig, check
from citekit.citations import parse_citation
from citekit.csl import from_csl, to_csl
from citekit.dates import DateReading, parse_date, read_date
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

__all__ = [
    "CacheError",
    "CheckConfig",
    "Citation",
    "CitekitError",
    "DateReading",
    "Document",
    "DocumentError",
    "Finding",
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
    "Severity",
    "UnknownLanguageError",
    "UsageError",
    "__version__",
    "acheck_links",
    "check",
    "check_links",
    "detect_language",
    "find_documents",
    "from_csl",
    "language",
    "load_language",
    "parse_citation",
    "parse_date",
    "read_bytes",
    "read_date",
    "read_document",
    "read_documents",
    "to_csl",
]
