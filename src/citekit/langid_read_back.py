"""Romanised titles read back into their language's script: a romanised Russian title
(`Ukhodiashchaia natura`, `Zabolevaemost' tuberkulezom v Respublike Kazakhstan`) read back
(`уходящая натура`) reads as Russian by langdetect's letter statistics, better than it reads
as written in the language its words otherwise tie with (English, Turkish), and better than
it reads back as the neighbours that share the script (Ukrainian, Bulgarian). An English
title read back (`тхе геометры оф цултуре`) reads as no Russian. The tables are data
(`[read_back]` in the language's file)."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from typing import Final

from citekit.langid_detect import ngram_table
from citekit.languages.read_back import read_back_table

__all__ = ["neighbours", "read_back"]

# how much better (mean log-probability per n-gram) the text must read back than as written
_MARGIN: Final = 0.35
_SHORT: Final = 1.0  # evidence a language may fall short of the best and still be read back …
_CLEAR_MARGIN: Final = 0.5  # … when it reads back by this much (`Ukhodiashchaia natura`)
# words a text needs: one or two (`Seljuq Dynasty`, a name and its kind) are no evidence
_MIN_WORDS: Final = 3
# an n-gram a profile lacks: the probability it is given (langdetect gives none)
_FLOOR: Final = math.log(1e-6)
_WORDS: Final = re.compile(r"[^\W\d_]+(?:['’ʹ][^\W\d_]+)*['’ʹ]?")
# an English possessive (`Prigozhin’s`): no soft sign
_POSSESSIVE: Final = re.compile(r"['’]s\b")
_LATIN: Final = re.compile(r"[a-zA-Z\u00c0-\u024fʹ]")  # a letter of the Latin script


def neighbours(code: str) -> tuple[str, ...]:
    """The languages that share `code`'s script and are read back by its table too
    (`[read_back] neighbours`)."""
    table = read_back_table(code)
    return table.neighbours if table is not None else ()


def _mean_logs(text: str, columns: list[int]) -> list[float]:
    """The mean log-probability of the text's 1- to 3-grams in each profile column."""
    table = ngram_table()[0]
    padded = f" {' '.join(text.split())} "
    totals = [0.0] * len(columns)
    count = 0
    for size in (1, 2, 3):
        for at in range(len(padded) - size + 1):
            gram = padded[at : at + size]
            if gram.isspace():
                continue
            count += 1
            row = table.get(gram)
            for k, column in enumerate(columns):
                p = row[column] if row is not None else 0.0
                totals[k] += math.log(p) if p > 0.0 else _FLOOR
    return [t / count for t in totals] if count else totals


@functools.lru_cache(maxsize=1024)
def _reads_back(text: str, code: str, others: tuple[str, ...], margin: float) -> bool:
    table = read_back_table(code)
    langs = ngram_table()[1]
    if table is None or code not in langs:
        return False
    found = _WORDS.findall(_POSSESSIVE.sub("", text))
    if not any(w.islower() for w in found):
        return False  # names alone (`Marat Ospanov Tasbulat`): a title has a word in small letters
    words = [w.lower() for w in found]
    if len(words) < _MIN_WORDS or not all(map(table.reads, words)):
        return False  # … or a letter no group of the table reads (`Qara sozder`)
    written = [langs.index(c) for c in others if c in langs] or [langs.index("en")]
    back = [langs.index(c) for c in (code, *table.neighbours) if c in langs]
    as_written = _mean_logs(" ".join(words), written)
    read = _mean_logs(" ".join(map(table.read, words)), back)
    return read[0] - max(as_written + read[1:]) > margin


def read_back(text: str, ranked: Sequence[tuple[str, float]]) -> str | None:
    """The language whose evidence ties the best of `ranked` (each language's evidence
    score, best first), or falls one short of it, that the Latin-script text is written in
    romanised, read back into its script; None when none reads so. Only a language with a
    `[read_back]` table can be one; one a point short must read back the clearer."""
    if not text.isascii() and any(c.isalpha() and not _LATIN.match(c) for c in text):
        return None  # a letter of another script: no romanised text
    best = ranked[0][1]
    near = [(code, score) for code, score in ranked if score >= best - _SHORT]
    if len(near) < 2:
        return None
    for code, score in near:
        if read_back_table(code) is None:
            continue
        tied = score == best
        rivals = tuple(c for c, s in near if c != code and (tied or s > score))
        if not tied and not set(rivals).isdisjoint(neighbours(code)):
            continue  # `Istoriia dlia domashnoho vzhytku`: a neighbour's own romanised words
        if not tied and not set(rivals) <= set(ngram_table()[1]):
            continue  # `Qara sozder`: a better one langdetect has no profile of (Kazakh)
        if rivals and _reads_back(text, code, rivals, _MARGIN if tied else _CLEAR_MARGIN):
            return code
    return None
