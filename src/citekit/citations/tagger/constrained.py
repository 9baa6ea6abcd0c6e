"""Decoding under two constraints the CRF does not always keep.

- **A cited work has a title.** When the best label sequence has none, the best sequence that
  gives at least one token to the title is taken (a max-sum pass forward and one backward
  over the model's own weights: the best path through "title at token i", for every i).
- **A person has a name.** A run of author, editor or translator tokens with no word that can
  be a name (``Я.`` in ``Сулейменов О. Аз и Я.``, a lone initial) is not a person: those tokens
  may not take a person's label, and the sequence is decoded again.

Both use the model's state and transition weights (``pycrfsuite.Tagger.info()``), read once
per model, on the first note that needs them.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Mapping, Sequence, Set
from pathlib import Path

import pycrfsuite

from citekit.citations.tagger.tokens import Token

__all__ = ["PERSONS", "Rows", "Weights", "nameless_persons"]

# feature rows, one per token: as text (`features`) or in UTF-8 (`encoded_features`)
Rows = Sequence[Sequence[str]] | Sequence[Sequence[bytes]]

PERSONS = frozenset({"author", "editor", "translator"})
_NEG = -1e18


def _base(label: str) -> str:
    return label[2:] if label[:2] in ("B-", "I-") else label


def _is_name_word(tokens: Sequence[Token], i: int) -> bool:
    """A word that can be (part of) a name: letters, and not a lone initial."""
    text = tokens[i].text
    if not text.isalpha():
        return False
    if len(text) >= 3:
        return True
    followed_by_period = i + 1 < len(tokens) and tokens[i + 1].text == "."
    return len(text) == 2 and not followed_by_period


def nameless_persons(tokens: Sequence[Token], labels: Sequence[str]) -> set[int]:
    """The tokens of person runs (author, editor, translator) that hold no name word."""
    out: set[int] = set()
    if PERSONS.isdisjoint(labels):
        return out
    i = 0
    while i < len(labels):
        if labels[i] not in PERSONS:
            i += 1
            continue
        j = i
        while j < len(labels) and labels[j] == labels[i]:
            j += 1
        if not any(_is_name_word(tokens, k) for k in range(i, j)):
            out.update(range(i, j))
        i = j
    return out


# one entry of a crfsuite dump: "(1) author --> title: 0.25" (attributes hold no spaces)
_ENTRY = re.compile(r"^  \(\d+\) (.*) --> (.*): (.*)$", re.MULTILINE)


def _dumped(tagger: pycrfsuite.Tagger) -> dict[str, list[tuple[str, str, str]]]:
    """The model's transitions and state features as crfsuite dumps them (``(1) author -->
    title: 0.25``): per section, (attribute or label, label, weight). Read with one pattern:
    pycrfsuite's own `info()` parser takes many times longer."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.txt"
        tagger.dump(str(path))
        text = path.read_text(encoding="utf-8")
    found = {}
    for section in ("TRANSITIONS", "STATE_FEATURES"):
        start = text.find(f"\n{section} = {{\n")
        end = text.find("\n}", start + 1) if start >= 0 else -1
        found[section] = _ENTRY.findall(text, start + 1, end) if end >= 0 else []
    return found


class Weights:
    """A CRF model's weights, for decoding with constraints."""

    banned_score = _NEG  # a forbidden label's score

    def __init__(self, tagger: pycrfsuite.Tagger) -> None:
        self.labels: tuple[str, ...] = tuple(tagger.labels())
        index = {label: k for k, label in enumerate(self.labels)}
        size = len(self.labels)
        self._trans = [[0.0] * size for _ in range(size)]
        state: dict[bytes, list[tuple[int, float]]] = {}
        dumped = _dumped(tagger)
        for left, right, weight in dumped["TRANSITIONS"]:
            self._trans[index[left]][index[right]] = float(weight)
        for attribute, label, weight in dumped["STATE_FEATURES"]:
            state.setdefault(attribute.encode(), []).append((index[label], float(weight)))
        self._state = {a: tuple(pairs) for a, pairs in state.items()}
        self._columns = [[row[k] for row in self._trans] for k in range(size)]
        self._column_bounds = [max(column) for column in self._columns]
        self._row_bounds = [max(row) for row in self._trans]
        self._title = frozenset(k for k, label in enumerate(self.labels) if _base(label) == "title")

    def emissions(self, rows: Rows) -> list[list[float]]:
        """Each token's score for each label, from its feature rows (the model's state
        weights, summed in the rows' order)."""
        size = len(self.labels)
        state = self._state
        out = []
        for row in rows:
            scores = [0.0] * size
            for attribute in [a.encode() if isinstance(a, str) else a for a in row]:
                for k, weight in state.get(attribute, ()):
                    scores[k] += weight
            out.append(scores)
        return out

    def _banned(self, emissions: list[list[float]], forbid: Mapping[int, Set[str]]) -> None:
        for i, banned in forbid.items():
            if banned and 0 <= i < len(emissions):
                scores = emissions[i]
                for k, label in enumerate(self.labels):
                    if _base(label) in banned:
                        scores[k] = self.banned_score

    def decode(
        self,
        rows: Rows,
        forbid: Mapping[int, Set[str]],
        *,
        need_title: bool,
        emissions: Sequence[Sequence[float]] | None = None,
    ) -> list[str]:
        """The best label sequence (raw model labels) with the `forbid`-den labels kept off
        their tokens and, with `need_title`, at least one title token. `emissions` are the
        rows' `emissions`, when already computed (they are not changed)."""
        em = [list(e) for e in emissions] if emissions is not None else self.emissions(rows)
        self._banned(em, forbid)
        n, size = len(em), len(self.labels)
        # forward: best score of a prefix ending in label k at token i, and its back-pointers
        alpha = [em[0][:]]
        back: list[list[int]] = [[0] * size]
        for i in range(1, n):
            row, ptr = _best_steps(alpha[-1], self._columns, self._column_bounds)
            here = em[i]
            alpha.append([r + e for r, e in zip(row, here, strict=True)])
            back.append(ptr)
        if need_title:
            at, label, ahead = self._best_title(em, alpha)
        else:
            at, label = n - 1, alpha[-1].index(max(alpha[-1]))
        path = [label]
        k = label
        for i in range(at, 0, -1):
            k = back[i][k]
            path.append(k)
        path.reverse()
        if need_title:
            k = label
            for i in range(at, n - 1):
                k = ahead[i][k]
                path.append(k)
        return [self.labels[k] for k in path]

    def _best_title(
        self, em: list[list[float]], alpha: list[list[float]]
    ) -> tuple[int, int, list[list[int]]]:
        """Where the best path with a title token passes through one (token, label), and the
        forward pointers of the best suffixes."""
        n, size = len(em), len(self.labels)
        beta = [[0.0] * size for _ in range(n)]
        ahead = [[0] * size for _ in range(n)]
        for i in range(n - 2, -1, -1):
            after = [e + b for e, b in zip(em[i + 1], beta[i + 1], strict=True)]
            beta[i], ahead[i] = _best_steps(after, self._trans, self._row_bounds)
        at, label = max(
            ((i, k) for i in range(n) for k in self._title),
            key=lambda ik: alpha[ik[0]][ik[1]] + beta[ik[0]][ik[1]],
        )
        return at, label, ahead


def _best_steps(
    scores: Sequence[float], weights: Sequence[Sequence[float]], bounds: Sequence[float]
) -> tuple[list[float], list[int]]:
    """For each k, the best ``scores[j] + weights[k][j]`` over j and the first j that gives
    it (what ``max`` and ``list.index`` give). The j are tried from the best score down, and
    the search stops once no later j can reach the best (``bounds[k]`` is the largest
    ``weights[k][j]``): the same answer, most often from the best score alone."""
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    top, rest = order[0], order[1:]
    runner_up = scores[rest[0]] if rest else float("-inf")
    best_scores = [scores[top] + column[top] for column in weights]
    pointers = [top] * len(best_scores)
    for k, (column, bound) in enumerate(zip(weights, bounds, strict=True)):
        best = best_scores[k]
        if runner_up + bound < best:
            continue  # no other j can reach it
        arg = top
        for j in rest:
            score = scores[j]
            if score + bound < best:
                break
            score += column[j]
            if score > best or (score == best and j < arg):
                best, arg = score, j
        best_scores[k], pointers[k] = best, arg
    return best_scores, pointers
