"""Ways other sites and editors type the same note, and a parsed record compared as a reader
reads it: shared by tests/test_typing_variants.py and benchmarks/perturbations.py."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from citekit._text import unmixed_word, visible
from tests.scoring import norm, predict

Retype = Callable[[str, random.Random], str]

_WORD = re.compile(r"[^\W\d_]+")
_FOLD = str.maketrans(
    {"—": "-", "–": "-", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'"}
)
_TO_LATIN = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX", strict=True))
_TO_CYRILLIC = dict(zip("aeopcxyiABEKMHOPCTX", "аеорсхуіАВЕКМНОРСТХ", strict=True))


def read(value: Any) -> Any:
    """A value as a reader compares it: white space, invisible characters, the twin letters of
    a word typed in two alphabets, quote and dash marks folded."""
    if isinstance(value, list):
        return [read(v) for v in value]
    if not isinstance(value, str):
        return value
    text = visible(value).replace("\u00a0", " ").translate(_FOLD)
    return norm(_WORD.sub(lambda m: unmixed_word(m.group(), 1), text))


def record(corpus_record: dict[str, Any], note: str | None = None) -> dict[str, Any]:
    """The parsed record of a corpus record's note (or of `note` in its place), read."""
    given = corpus_record if note is None else {**corpus_record, "note": note}
    return {k: read(v) for k, v in predict(given).items()}


def spaces(char: str, share: float) -> Retype:
    """A share of the spaces typed as `char`."""
    return lambda t, rng: re.sub(" ", lambda _m: char if rng.random() < share else " ", t)


def line_break(text: str, rng: random.Random) -> str:
    """One space typed as a line break."""
    found = [m.start() for m in re.finditer(" ", text)]
    if not found:
        return text
    at = rng.choice(found)
    return text[:at] + "\n" + text[at + 1 :]


def inside_words(char: str, share: float) -> Retype:
    """`char` inside a share of the words of seven letters or more."""
    return lambda t, rng: re.sub(
        r"(\w{4})(?=\w{3})", lambda m: m.group(1) + (char if rng.random() < share else ""), t
    )


def _one_twin(
    table: dict[str, str], share: float, rng: random.Random, shortest: int = 3
) -> Callable[[str], str]:
    def word(found: str) -> str:
        places = [i for i, c in enumerate(found) if c in table]
        if len(found) < shortest or not places or rng.random() >= share:
            return found
        i = rng.choice(places)
        return found[:i] + table[found[i]] + found[i + 1 :]

    return word


def latin_twin(share: float, shortest: int = 3) -> Retype:
    """One letter of a share of the Cyrillic words (of `shortest` letters or more) typed on the
    Latin layout (`Рoссии`)."""

    def retype(text: str, rng: random.Random) -> str:
        word = _one_twin(_TO_LATIN, share, rng, shortest)
        return re.sub(r"[А-Яа-яЁё]+", lambda m: word(m.group()), text)

    return retype


def cyrillic_twin(share: float) -> Retype:
    """One letter of a share of the Latin words typed on the Cyrillic layout; addresses as
    written."""

    def retype(text: str, rng: random.Random) -> str:
        word = _one_twin(_TO_CYRILLIC, share, rng)

        def run(match: re.Match[str]) -> str:
            found = match.group()
            if re.search(r"[/@]|www\.", found):
                return found
            return re.sub(r"[A-Za-zÀ-ɏ]+", lambda m: word(m.group()), found)

        return re.sub(r"\S+", run, text)

    return retype


def quotes(opening: str, closing: str) -> Retype:
    """Every quote mark typed as `opening` or `closing`."""
    table = str.maketrans({"«": opening, "“": opening, "„": opening, "»": closing, "”": closing})
    return lambda t, _rng: t.translate(table)


def dashes(dash: str) -> Retype:
    """Every dash with a space on each side typed as `dash`."""
    return lambda t, _rng: re.sub(r" [—–-] ", f" {dash} ", t)
