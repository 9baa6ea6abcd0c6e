"""The `citekit` command: a thin shell over the library, one module per subcommand.

Exit codes: 0 clean, 1 error-level findings, 2 could not run, 130 interrupted, 141 (128 +
SIGPIPE, as a shell reports `git log | head`) when the reader of standard output left: quietly,
never 1, which `check` uses for findings. A `CitekitError` becomes one line on stderr; anything
unexpected becomes "internal error" unless ``--debug`` is given.

Startup is lazy: only the chosen subcommand's module is imported (a pre-commit hook pays the
start-up on every commit), so ``citekit --version`` imports neither httpx, lxml nor the styles.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Sequence

from citekit._native import mode
from citekit._version import __version__
from citekit.errors import CitekitError

__all__ = ["BROKEN_PIPE", "COMMANDS", "main", "run"]

# Each subcommand's one-line help; its module (citekit.cli.<name>) is imported only when chosen.
COMMANDS = {
    "check": "check documents' notes before publishing",
    "fix": "apply the safe fixes to documents' notes",
    "recover": "find lost or dead addresses of cited pages",
    "notes": "list a document's notes and parsed citations",
    "links": "check that cited URLs are alive",
    "format": "format a bibliography or notes with a CSL style",
    "convert": "convert references between CSL-JSON, BibTeX and RIS",
    "refs": "the sources documents cite, deduplicated, for Zotero",
    "edition": "re-render notes for another language edition",
    "date": "normalise a date to ISO 8601",
    "lang": "identify the language of a short text",
}
_MODULES = {"refs": "convert"}  # subcommands registered by another subcommand's module


def _chosen(argv: Sequence[str]) -> str | None:
    """The subcommand named in `argv` (the global options take no values)."""
    for arg in argv:
        if not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def _parser(command: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="citekit",
        description="Sources and footnotes for multilingual publishing.",
    )
    parser.add_argument(
        "--version", action="version", version=f"citekit {__version__} (parser: {mode()})"
    )
    parser.add_argument("--debug", action="store_true", help="show a traceback for internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    module = _MODULES.get(command, command) if command else None
    for name, help_text in COMMANDS.items():
        if name == module:
            importlib.import_module(f"citekit.cli.{name}").add_parser(sub)
        elif _MODULES.get(name, name) != module:  # listed in --help, options known once chosen
            sub.add_parser(name, help=help_text)
    return parser


# The code a shell gives a program SIGPIPE ended (128 + 13); Python ignores the signal and sees
# BrokenPipeError, so it is returned by hand: `set -o pipefail` scripts already allow 141.
BROKEN_PIPE = 141

_WRITE_ERRORS = frozenset(
    code
    for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None), errno.EFBIG, errno.EIO, errno.EROFS)
    if code is not None
)


def _closed_stream(argv: Sequence[str]) -> str | None:
    """Why the command cannot run when the shell closed a standard stream (`>&-`, `<&-`, a
    service started without them: Python's `sys.stdout` is then None), or None."""
    if sys.stdout is None:
        return "standard output is closed (>&-); nothing could be written"
    if sys.stdin is None and "-" in argv:
        return "standard input is closed (<&-); '-' has nothing to read"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: ``sys.argv[1:]``); return the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = _parser(_chosen(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage and 0 on --help
        return int(exc.code or 0)
    if (closed := _closed_stream(argv)) is not None:
        print(f"citekit: error: {closed}", file=sys.stderr)
        return 2
    try:
        result: int = args.run(args)
        sys.stdout.flush()  # a full disk shows here, not as Python's "Exception ignored" at exit
        return result
    except CitekitError as exc:
        print(f"citekit: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `citekit notes … | head`: the reader left, nothing to report
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # what is still buffered goes nowhere, silently
        return BROKEN_PIPE
    except OSError as exc:
        if exc.errno not in _WRITE_ERRORS:
            raise
        # `citekit check --format sarif > report.sarif` on a full CI disk: the output is lost
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # what is still buffered cannot be written either
        print(f"citekit: error: cannot write the output: {exc.strerror}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("citekit: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"citekit: internal error ({type(exc).__name__}: {exc}); rerun with --debug",
            file=sys.stderr,
        )
        return 2


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
