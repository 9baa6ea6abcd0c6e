"""What every subcommand does with the paths it is given, and with ``-``.

Folders are read recursively and glob patterns expanded (`citekit.documents.files`), in a stable
order, leaving out the config's ``exclude`` patterns. A document that cannot be read is reported
on stderr and the run goes on with the others; the run then exits 2. ``-`` reads standard input
or writes standard output.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from citekit.checks.config import Settings, find_config, load_config
from citekit.cli._terminal import Terminal
from citekit.documents.files import find_documents
from citekit.errors import CitekitError, DocumentError, UsageError
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
    "reading_progress",
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
        self.unread: list[tuple[str, str]] = []  # (path, why) of each one not read, for reports

    def fail(self, path: str, exc: CitekitError) -> None:
        """Count a document (or an argument) that could not be read, and keep why."""
        self.failed += 1
        if isinstance(exc, DocumentError):
            self.unread.append((exc.path, exc.reason))
        else:
            self.unread.append((path, str(exc)))

    @property
    def status(self) -> int:
        """2 when a document could not be read, else 0: fold it into the run's exit code."""
        return 2 if self.failed else 0


def read_all(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    format: str | None = None,
    show: bool | None = None,
) -> Read:
    """Read every document the arguments name; report each one that fails and go on.

    With several documents and a terminal on stderr (or `show`), a progress bar counts them.
    """
    read = Read()
    found = expand_each(paths, settings, read)
    if show is None:
        show = len(found) > 1 and sys.stderr.isatty()
    with reading_progress(len(found) if show else 0) as (advance, say):
        for path in found:
            advance(path)
            try:
                read.documents.append(read_document(path, format=format))
            except CitekitError as exc:
                say(f"citekit: error: {exc}")
                read.fail(path, exc)
    return read


def _say(message: str) -> None:
    print(message, file=sys.stderr)


@contextmanager
def reading_progress(
    total: int,
) -> Iterator[tuple[Callable[[str], None], Callable[[str], None]]]:
    """A transient bar on stderr counting `total` documents (none when `total` is 0). Yields
    the function to call as each document is started, and the one that prints a message on
    stderr above the bar."""
    if not total:
        yield (lambda _path: None), _say
        return
    columns = (
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[name]}"),
    )
    console = Terminal(file=sys.stderr, force_terminal=True, highlight=False)
    with Progress(
        *columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False
    ) as bar:
        task = bar.add_task("reading", total=total, name="")
        started = 0

        def advance(path: str) -> None:
            nonlocal started
            if started:
                bar.advance(task)
            started += 1
            bar.update(task, name=Path(path).name)

        def say(message: str) -> None:
            console.print(message, markup=False, soft_wrap=True)

        yield advance, say
        bar.update(task, completed=total)


def expand_each(paths: Sequence[str], settings: Settings | None, read: Read) -> list[str]:
    """Expand each argument; report one that names nothing, count it as failed, go on."""
    found: dict[str, None] = {}
    for path in paths:
        try:
            found.update(dict.fromkeys(expand([path], settings)))
        except CitekitError as exc:
            print(f"citekit: error: {exc}", file=sys.stderr)
            read.fail(path, exc)
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


def refuse_reading_into(output: str | None, inputs: Sequence[str]) -> None:
    """A `UsageError` when `output`, a file about to be written, is one of the documents read:
    `citekit check art.md -o art.md` would replace the article with its report."""
    if not output or output == "-" or not Path(output).exists():
        return
    for path in inputs:
        try:
            same = path != "-" and Path(output).samefile(path)
        except OSError:
            continue
        if same:
            raise UsageError(f"{output}: the output would overwrite the document {path} it reads")
