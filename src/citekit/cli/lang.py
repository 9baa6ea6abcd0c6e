"""``citekit lang TEXT``: print the language of a title or headline."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from citekit.langid import detect_language, language_evidence


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "lang",
        help="identify the language of a short text",
        description="Print the ISO 639-1 code of the text's language (tr, ru, kk, tk, en, "
        "...) or 'und'.",
    )
    parser.add_argument("text", nargs="+", help="the text (several words are joined)")
    parser.add_argument(
        "--why", action="store_true", help="also print each language's evidence score"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the language code."""
    text = " ".join(args.text)
    code = detect_language(text)
    print(code)
    if args.why:
        for lang, score in language_evidence(text):
            print(f"  {lang} {score:+.1f}")
    if code == "und":  # say why on stderr; stdout stays the bare code for scripts
        print("citekit: the text gives too little evidence to tell its language", file=sys.stderr)
    return 0
