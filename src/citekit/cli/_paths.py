"""What every subcommand does with the paths it is given, and with ``-``.

Folders are read recursively and glob patterns expanded (`citekit.documents.files`), in a stable
order, leaving out the config's ``exclude`` patterns. A document that cannot be read is reported
on stderr and the run goes on with the others; the run then exits 2. ``-`` reads standard input
or writes standard output.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from citekit.checks.config import Settings, find_config, load_config
from citekit.documents.files import find_documents
from citekit.errors import CitekitError
from citekit.model import Document
from citekit.pipeline import read_document
from citekit.writing import write_file

__all__ = [
    "Read",
    "config_settings",
    "describe_edition",
    "expand",
    "expand_each",
    "read_all",
    "write_output",
]


def config_settings(config: Path | None = None) -> Settings:
    """The settings of the config file given, or found from the current folder up."""
    path = config or find_config(Path.cwd())
    return load_config(path) if path else Settings()


def expand(paths: Sequence[str], settings: Settings | None = None) -> list[str]:
    """The documents the arguments name, in order; raises when an argument names none."""
    exclude = settings.exclude if settings is not None else ()
    return find_documents(paths, exclude=exclude)


class Read:
    """The documents read in one run, and how many could not be read."""

    def __init__(self) -> None:
        self.documents: list[Document] = []
        self.failed = 0

    @property
    def status(self) -> int:
        """2 when a document could not be read, else 0: fold it into the run's exit code."""
        return 2 if self.failed else 0


def read_all(
    paths: Sequence[str], settings: Settings | None = None, *, format: str | None = None
) -> Read:
    """Read every document the arguments name; report each one that fails and go on."""
    read = Read()
    for path in expand_each(paths, settings, read):
        try:
            read.documents.append(read_document(path, format=format))
        except CitekitError as exc:
            print(f"citekit: error: {exc}", file=sys.stderr)
            read.failed += 1
    return read


def expand_each(paths: Sequence[str], settings: Settings | None, read: Read) -> list[str]:
    """Expand each argument; report one that names nothing, count it as failed, go on."""
    found: dict[str, None] = {}
    for path in paths:
        try:
            found.update(dict.fromkeys(expand([path], settings)))
        except CitekitError as exc:
            print(f"citekit: error: {exc}", file=sys.stderr)
            read.failed += 1
    return list(found)


def describe_edition(document: Document, override: str | None = None) -> str:
    """How the edition's language was decided, for a person reading the report."""
    if override:
        return f"edition language {override} (set)"
    if not document.language_certain:
        guess = f", looks like {document.language}" if document.language != "und" else ""
        return (
            f"edition language uncertain (too little body text{guess}): labels and ibid words "
            "are not judged or rewritten; pass --lang"
        )
    return f"edition language {document.language} (from the body text)"


def write_output(target: str | Path, data: bytes, *, force: bool = False) -> None:
    """Write a document's bytes to a file (through the safe writer), or to standard output."""
    if str(target) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_file(Path(target), data, force=force)
