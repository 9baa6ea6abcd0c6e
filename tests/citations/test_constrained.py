"""Constrained decoding: a cited work has a title, and a person's run holds a name."""

from __future__ import annotations

import random

from citekit.citations.fields import parse_citation
from citekit.citations.structure import find_exact
from citekit.citations.tagger import load_tagger, rule_labels
from citekit.citations.tagger.constrained import Weights, _dumped, nameless_persons
from citekit.citations.tagger.features import features, token_marks
from citekit.citations.tagger.tokens import tokenize


def _rows(text: str) -> list[list[str]]:
    tokens = tokenize(text)
    return [
        list(r)
        for r in features(tokens, text, rule_labels(tokens, find_exact(text)), token_marks(tokens))
    ]


def test_a_lone_initial_is_not_a_person() -> None:
    tokens = tokenize("Сулейменов О. Аз и Я. Алма-Ата")
    labels = ["author"] * 3 + ["title", "other", "author", "author"] + ["publisher-place"] * 3
    assert nameless_persons(tokens, labels) == {5, 6}


def test_a_surname_with_initials_is_a_person() -> None:
    tokens = tokenize("Иванов И. И. Мир")
    assert nameless_persons(tokens, ["author"] * 5 + ["title"]) == set()


def test_a_title_ending_in_a_capital_and_a_period_stays_the_title() -> None:
    # issue 12: "Аз и Я" lost its last word to an author "Я."
    citation = parse_citation("Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975. 304 с.")
    assert citation.title == "Аз и Я"
    assert [(n.family, n.given) for n in citation.authors] == [("Сулейменов", "О.")]
    assert citation.publisher == "Жазушы"


def test_the_decoder_with_no_constraint_agrees_with_the_model() -> None:
    tagger = load_tagger()
    weights = Weights(tagger._tagger)
    for text in (
        "Ivanov I. History of Asia. Moscow: Nauka, 2001. 200 p.",
        "Yılmaz, Ahmet. “Başlık”. Dergi 12/3 (2019), 45-67.",
    ):
        rows = _rows(text)
        assert weights.decode(rows, {}, need_title=False) == list(tagger._tagger.tag(rows))


def test_a_title_is_found_when_it_must_be_and_forbidden_labels_stay_off() -> None:
    weights = Weights(load_tagger()._tagger)
    rows = _rows("Ivanov I. History of Asia. Moscow: Nauka, 2001. 200 p.")
    forbid = {i: {"title"} for i in range(len(rows)) if i != 4}
    labels = weights.decode(rows, forbid, need_title=True)
    assert labels.count("title") == 1
    assert labels[4] == "title"
    persons = weights.decode(rows, {0: {"author"}}, need_title=False)
    assert persons[0] != "author"


def test_emissions_are_the_plain_sums_of_the_state_weights_in_row_order() -> None:
    tagger = load_tagger()._tagger
    weights = Weights(tagger)
    index = {label: k for k, label in enumerate(weights.labels)}
    state: dict[str, list[tuple[int, float]]] = {}
    for attribute, label, weight in _dumped(tagger)["STATE_FEATURES"]:
        state.setdefault(attribute, []).append((index[label], float(weight)))
    for text in (
        "Ivanov I. History of Asia. Moscow: Nauka, 2001. 200 p.",
        "Yılmaz, Ahmet. “Başlık”. Dergi 12/3 (2019), 45-67.",
    ):
        rows = _rows(text)
        rows = [*rows, list(reversed(rows[0])), ["an attribute no model has"]]
        plain = []
        for row in rows:
            scores = [0.0] * len(weights.labels)
            for attribute in row:
                for k, value in state.get(attribute, ()):
                    scores[k] += value
            plain.append(scores)
        assert weights.emissions(rows).tolist() == plain
        encoded = [[a.encode() for a in row] for row in rows]
        assert weights.emissions(encoded).tolist() == plain


class _SmallWeights(Weights):
    """A model of whole-number weights (ties are common): labels a, b, title, c."""

    def __init__(self, trans: list[list[float]]) -> None:  # no CRF file: its own weights
        self.labels = ("a", "b", "title", "c")
        self._trans = trans
        self._title = frozenset({2})


def _plain_decode(em: list[list[float]], trans: list[list[float]], need_title: bool) -> list[int]:
    """Max-sum decoding in plain loops: the first best wins each step (`max`, `list.index`)."""
    n, size = len(em), len(em[0])
    alpha, back = [list(em[0])], [[0] * size]
    for i in range(1, n):
        steps = [[alpha[-1][j] + trans[j][k] for j in range(size)] for k in range(size)]
        back.append([s.index(max(s)) for s in steps])
        alpha.append([max(s) + e for s, e in zip(steps, em[i], strict=True)])
    beta, ahead = [[0.0] * size for _ in range(n)], [[0] * size for _ in range(n)]
    for i in range(n - 2, -1, -1):
        after = [e + b for e, b in zip(em[i + 1], beta[i + 1], strict=True)]
        steps = [[after[j] + trans[k][j] for j in range(size)] for k in range(size)]
        ahead[i] = [s.index(max(s)) for s in steps]
        beta[i] = [max(s) for s in steps]
    if need_title:
        at, label = max(((i, 2) for i in range(n)), key=lambda ik: alpha[ik[0]][2] + beta[ik[0]][2])
    else:
        at, label = n - 1, alpha[-1].index(max(alpha[-1]))
    path = [label]
    for i in range(at, 0, -1):
        path.append(back[i][path[-1]])
    path.reverse()
    for i in range(at, n - 1):
        path.append(ahead[i][path[-1]])
    return path


def test_decoding_in_place_gives_the_plain_loops_path_ties_included() -> None:
    rng = random.Random(11)
    for _ in range(300):
        trans = [[float(rng.randint(-2, 2)) for _ in range(4)] for _ in range(4)]
        # small whole numbers tie often (the first best must win); a forbidden label: -1e18
        values = (-1e18, *map(float, range(-3, 4)))
        em = [[rng.choice(values) for _ in range(4)] for _ in range(rng.randint(1, 7))]
        weights = _SmallWeights(trans)
        for need_title in (False, True):
            got = weights.decode([], {}, need_title=need_title, emissions=em)
            want = [weights.labels[k] for k in _plain_decode(em, trans, need_title)]
            assert got == want, (em, trans, need_title)
