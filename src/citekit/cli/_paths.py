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

    With a terminal on stderr (or `show`), a progress bar counts several documents, and the
    notes of one that has many (a book's 2,000 notes take a while to parse).
    """
    read = Read()
    found = expand_each(paths, settings, read)
    if show is None:
        show = sys.stderr.isatty()
    many = show and len(found) > 1
    with reading_progress(len(found) if many else 0, notes=show) as (advance, say, count):
        for path in found:
            advance(path)
            try:
                read.documents.append(read_document(path, format=format, progress=count))
            except CitekitError as exc:
                say(f"citekit: error: {exc}")
                read.fail(path, exc)
    return read


def _say(message: str) -> None:
    print(message, file=sys.stderr)


_MANY_NOTES = 200  # a document with more notes than this has them counted on the bar
_Counted = tuple[Callable[[str], None], Callable[[str], None], Callable[[int, int], None] | None]


@contextmanager
def reading_progress(total: int, *, notes: bool = False) -> Iterator[_Counted]:
    """A transient bar on stderr counting `total` documents (none when `total` is 0) and,
    with `notes`, the notes of a document that has more than `_MANY_NOTES`. Yields the
    function to call as each document is started, the one that prints a message on stderr
    above the bar, and the one to tell as notes are parsed (None when nothing is shown)."""
    if not total and not notes:
        yield (lambda _path: None), _say, None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[name]}"),
    )
    console = Terminal(file=sys.stderr, force_terminal=True, highlight=False)
    with Progress(
        *columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False
    ) as bar:
        task = bar.add_task("reading", total=total, name="", visible=bool(total))
        parsing = bar.add_task("notes", total=None, name="", visible=False)
        started = 0

        def advance(path: str) -> None:
            nonlocal started
            if started:
                bar.advance(task)
            started += 1
            bar.update(task, name=Path(path).name)
            bar.update(parsing, visible=False, completed=0, name=Path(path).name)

        def count(done: int, of: int) -> None:
            if of > _MANY_NOTES:
                bar.update(parsing, total=of, completed=done, visible=done < of)

        def say(message: str) -> None:
            console.print(message, markup=False, soft_wrap=True)

        yield advance, say, count if notes else None
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
