"""Words compared across scripts and spellings: a word's *skeleton* (see
``languages/data/translit/title-match.toml``: case, marks and script folded away), so that
Kazakh Cyrillic «Тоқаев», Kazakh Latin "Toqaev" and English "Tokayev" all become "tokaev"."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from attrs import frozen

from citekit._text import fold

__all__ = ["skeleton"]

_DOUBLE = re.compile(r"(.)\1+")


@frozen
class _Tables:
    letters: dict[int, str]
    sequences: re.Pattern[str]
    replacements: dict[str, str]


@functools.cache
def _tables() -> _Tables:
    resource = resources.files("citekit.languages") / "data" / "translit" / "title-match.toml"
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    letters = {ord(k): v for k, v in data["letters"].items()}
    pairs = [(str(a), str(b)) for a, b in data["sequences"]]
    ordered = sorted((a for a, _ in pairs), key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(a) for a in ordered))
    return _Tables(letters, pattern, dict(pairs))


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The script- and spelling-insensitive key of one word."""
    tables = _tables()
    text = fold(word).translate(tables.letters)
    for _round in range(3):  # "turtsiya" -> "turcia" -> "turca", as «Турция» becomes
        again = tables.sequences.sub(lambda m: tables.replacements[m.group()], text)
        if again == text:
            break
        text = again
    return _DOUBLE.sub(r"\1", text)
