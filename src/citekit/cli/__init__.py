"""The `citekit` command: a thin shell over the library, one module per subcommand.

Exit codes: 0 clean, 1 error-level findings, 2 could not run. A `CitekitError` becomes one line
on stderr; anything unexpected becomes "internal error" unless ``--debug`` is given.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from citekit import __version__
from citekit.cli import check, convert, date, edition, fix, format, lang, links, notes, recover
from citekit.errors import CitekitError

__all__ = ["main", "run"]

_COMMANDS = (check, fix, recover, notes, links, format, convert, edition, date, lang)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="citekit",
        description="Sources and footnotes for multilingual publishing.",
    )
    parser.add_argument("--version", action="version", version=f"citekit {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback for internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in _COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage and 0 on --help
        return int(exc.code or 0)
    try:
        result: int = args.run(args)
        return result
    except CitekitError as exc:
        print(f"citekit: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `citekit notes … | head`: the reader left, nothing to report
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
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
