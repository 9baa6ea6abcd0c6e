"""``citekit lang TEXT``: print the language of a title or headline.

One or two words (a lone name, `Berdimuhamedow`) are `und` unless the evidence for the language
`detect_language` names leads every other language's by at least a letter's worth (a letter only
some alphabets have, `ň`, `қ`, `ı`): a name's letters or one English-looking cluster made a
confident wrong answer (`Berdimuhamedow` was `en`). The likeliest language is said on stderr.
The parser's own title languages are not changed by this: it is the command's reporting.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from citekit.cli._options import text_words
from citekit.langid import detect_language, language_evidence

_FEW_WORDS = 2  # this many words or fewer: a name, a word, whose letters may mislead
_LEAD = 2.0  # the evidence of one letter only some alphabets have (langid's `_SPECIAL`)
_WORD = re.compile(r"[^\W\d_]+")


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "lang",
        help="identify the language of a short text",
        description="Print the ISO 639-1 code of the text's language (tr, ru, kk, tk, en, "
        "...) or 'und' (with the reason, and the likeliest language, on stderr).",
    )
    parser.add_argument(
        "text", nargs="+", help="the text (several words are joined; - for standard input)"
    )
    parser.add_argument(
        "--why", action="store_true", help="also print each language's evidence score"
    )
    parser.set_defaults(run=run)


def _doubt(text: str, code: str, evidence: tuple[tuple[str, float], ...]) -> str | None:
    """Why `code` is too weak an answer for a text of one or two words, or None."""
    scores = dict(evidence)
    if code not in scores or len(_WORD.findall(text)) > _FEW_WORDS:
        return None  # more words, or an answer the letters' evidence did not give (`zh`)
    rivals = [(lang, score) for lang, score in evidence if lang != code]
    if not rivals or scores[code] - rivals[0][1] >= _LEAD:
        return None
    rival, score = rivals[0]
    return (
        "one or two words give too little evidence to tell their language "
        f"(likeliest {code}, {scores[code]:+.1f}, against {rival} {score:+.1f})"
    )


def run(args: argparse.Namespace) -> int:
    """Print the language code."""
    text = text_words(args.text)
    code = detect_language(text)
    evidence = language_evidence(text)
    doubt = _doubt(text, code, evidence) if code != "und" else None
    print("und" if doubt else code)
    if args.why:
        for lang, score in evidence:
            print(f"  {lang} {score:+.1f}")
    if doubt:
        print(f"citekit: {doubt}", file=sys.stderr)
    elif code == "und":  # say why on stderr; stdout stays the bare code for scripts
        print("citekit: the text gives too little evidence to tell its language", file=sys.stderr)
    return 0
