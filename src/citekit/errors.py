"""Exceptions citekit raises when it cannot do what was asked.

Problems *found in* notes are `Finding` values, never exceptions. The tree::

    CitekitError
    ├── DocumentError          a document cannot be read (path, reason)
    ├── UnknownLanguageError   no language data for a code (code)
    ├── LanguageDataError      a language file is malformed (path, reason)
    ├── CacheError             the link cache cannot be opened or written (path, reason)
    ├── ConfigError            a config file is malformed or has an unknown key (path, reason)
    ├── ModelError             the note tagger's model file is missing or unreadable (path, reason)
    └── UsageError             a command was called wrongly (message)
"""

from __future__ import annotations


class CitekitError(Exception):
    """Base of every error citekit raises on purpose."""


class DocumentError(CitekitError):
    """A document could not be read or decoded."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnknownLanguageError(CitekitError):
    """No language data exists for the requested code."""

    def __init__(self, code: str) -> None:
        super().__init__(f"unknown language {code!r}")
        self.code = code


class LanguageDataError(CitekitError):
    """A language data file is malformed."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(CitekitError):
    """A command or function was called with arguments that cannot work."""


class CacheError(CitekitError):
    """The link cache cannot be opened or written."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ConfigError(CitekitError):
    """A configuration file is malformed or names a key citekit does not know."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelError(CitekitError):
    """The note tagger's model file is missing or cannot be read."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
