"""``citekit date TEXT``: print the ISO 8601 value of a date as notes write it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from citekit.cli._options import language_code, stdin_lines
from citekit.dates import read_date


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "date",
        help="normalise a date to ISO 8601",
        description="Read a date in tr, ru, kk, tk or en (numeric or in words, labels allowed) "
        "and print its ISO 8601 value; with -, each line of standard input, one answer a line. "
        "Exit 1 when a text holds no valid date.",
    )
    parser.add_argument(
        "text",
        nargs="+",
        help="the date text (several words are joined; - reads one date a line from stdin)",
    )
    parser.add_argument(
        "--lang", type=language_code, help="language of the text (tr, ru, kk, tk, en, ...)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.set_defaults(run=run)


_SHOWN = 60  # characters of the text an error repeats; a whole page pasted would fill the screen


def _quoted(text: str) -> str:
    """`text` quoted for a message, cut after `_SHOWN` characters with its length said:
    ``'25 Ekim 2021 tarihinde …'… (4,210 characters)``."""
    if len(text) <= _SHOWN + 20:  # cutting a few characters would save nothing
        return repr(text)
    return f"{text[:_SHOWN]!r}… ({len(text):,} characters)"


def run(args: argparse.Namespace) -> int:
    """Print the date or say why there is none; for ``-``, of each line of standard input."""
    if args.text != ["-"]:
        return _one(" ".join(args.text), args)
    status = 0
    for line in stdin_lines():
        if line.strip():
            status = max(status, _one(line.strip(), args))
    return status


def _one(text: str, args: argparse.Namespace) -> int:
    """Print one text's date or say why there is none (a blank line on stdout, so that the
    answers of a list stay on their lines)."""
    reading = read_date(text, args.lang)
    date = reading.date
    if args.json:
        print(
            json.dumps(
                {
                    "text": text,
                    "date": date.isoformat() if date else None,
                    "precision": date.precision if date else None,
                    "ambiguous": date.ambiguous if date else False,
                    "reason": reading.reason,
                },
                ensure_ascii=False,
            )
        )
        return 0 if date else 1
    if date is None:
        print(f"citekit: no date in {_quoted(text)}: {reading.reason}", file=sys.stderr)
        if args.text == ["-"]:
            print()
        return 1
    print(date.isoformat())
    if date.ambiguous:
        print(
            f"citekit: {date.raw!r} is ambiguous; read day/month by the "
            f"{reading.language or 'default'} convention",
            file=sys.stderr,
        )
    return 0
