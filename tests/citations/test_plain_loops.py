"""Plain loops in the compiled passes answer as the `map` forms they replaced: the runs of
one label (`align.runs`), a note's token texts (`tokens.text_set`) and whether a field's
value holds a piece of text (`unplaced._held`)."""

from __future__ import annotations

import itertools
import operator
import random

import pytest

from citekit.citations.tagger.align import runs
from citekit.citations.tagger.tokens import text_set, tokenize
from citekit.citations.unplaced import _held, _within


def _runs_as_mapped(labels: list[str]) -> list[tuple[str, int, int]]:
    if not labels:
        return []
    cuts = [0, *itertools.compress(range(1, len(labels)), map(operator.ne, labels[1:], labels))]
    cuts.append(len(labels))
    return [(labels[a], a, b) for a, b in itertools.pairwise(cuts)]


def test_runs_as_mapped() -> None:
    rng = random.Random(25)
    names = ["title", "author", "other", "issued"]
    for size in range(12):
        for _ in range(200):
            labels = [rng.choice(names[: rng.randint(1, 4)]) for _ in range(size)]
            assert runs(labels) == _runs_as_mapped(labels)


@pytest.mark.parametrize(
    ("labels", "found"),
    [
        ([], []),
        (["title"], [("title", 0, 1)]),
        (
            ["author", "author", "other", "title"],
            [("author", 0, 2), ("other", 2, 3), ("title", 3, 4)],
        ),
    ],
)
def test_runs(labels: list[str], found: list[tuple[str, int, int]]) -> None:
    assert runs(labels) == found


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И. И. История. М., 2001. 304 с.",
        "Kaya, A. (2019). Başlık. Ankara: TTK.",
        "Smith J., https://example.org/a, 2020",
        "",
    ],
)
def test_text_set_as_mapped(text: str) -> None:
    tokens = tokenize(text)
    assert text_set(tokens) == frozenset(map(operator.attrgetter("text"), tokens))


@pytest.mark.parametrize(
    ("piece", "values", "held"),
    [
        ("Наука", ["Москва", "Наука"], True),
        ("Title", ["A Title here", "2001"], True),
        ("Lost words", ["Title", "Ankara"], False),
        ("20", ["2024", "p. 20"], True),
        ("20", ["2024"], False),
        ("x", [], False),
    ],
)
def test_held(piece: str, values: list[str], held: bool) -> None:
    assert _held(piece, values) is held
    plain = any(map(str.__contains__, values, itertools.repeat(piece)))
    assert held == (plain if not piece.isdecimal() else any(_within(piece, v) for v in values))
