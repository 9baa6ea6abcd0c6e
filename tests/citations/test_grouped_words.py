"""An alternation of words grouped by first character finds what the flat alternation finds:
the same place, the same word (at a place only one group's words can start)."""

from __future__ import annotations

import random
import re

from citekit.citations._words import literal_alternation
from citekit.citations.commentary import _commentary_pattern, commentary_spans
from citekit.languages import shipped_words


def _flat(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def test_grouped_words_match_as_the_flat_alternation() -> None:
    rng = random.Random(3)
    for _ in range(200):
        words = ["".join(rng.choices("ab. (", k=rng.randint(1, 5))) for _ in range(8)]
        words.sort(key=len, reverse=True)
        flat = _flat(words)
        grouped = re.compile(r"(?:" + literal_alternation(words) + r")(?!\w)")
        for _ in range(50):
            text = "".join(rng.choices("ab. (c", k=rng.randint(0, 20)))
            assert [m.span() for m in grouped.finditer(text)] == [
                m.span() for m in flat.finditer(text)
            ], (words, text)


def test_commentary_phrases_found_as_the_flat_alternation() -> None:
    words = sorted(shipped_words("commentary"), key=len, reverse=True)
    flat = _flat(words)
    rng = random.Random(5)
    notes = [
        "Иванов И. И. История. М., 2001. С. 5. Перевод мой.",
        "Smith J. History. London, 2001. Translation mine. Emphasis added.",
    ]
    pieces = [*words, " ", "x", ".", "(", ")"]
    notes += [" ".join(rng.choices(pieces, k=rng.randint(1, 12))) for _ in range(2000)]
    for text in notes:
        assert [m.span() for m in _commentary_pattern().finditer(text)] == [
            m.span() for m in flat.finditer(text)
        ], text
        spans = commentary_spans(text)
        assert all(flat.match(text, s) for s, _e in spans)
