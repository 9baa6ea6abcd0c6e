"""Decoding under two constraints the CRF does not always keep.

- **A cited work has a title.** When the best label sequence has none, the best sequence that
  gives at least one token to the title is taken (a max-sum pass forward and one backward
  over the model's own weights: the best path through "title at token i", for every i).
- **A person has a name.** A run of author, editor or translator tokens with no word that can
  be a name (``Я.`` in ``Сулейменов О. Аз и Я.``, a lone initial) is not a person: those tokens
  may not take a person's label, and the sequence is decoded again.

Both use the model's state and transition weights (as its text dump prints them: read from the
model file, `crfmodel`), in numpy arrays, read once per model, on the first note that needs them.
"""

from __future__ import annotations

import itertools
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pycrfsuite

from citekit.citations.tagger.crfmodel import ModelEntries, dumped_entries
from citekit.citations.tagger.persons import PERSONS, nameless_persons
from citekit.errors import ModelError

__all__ = ["PERSONS", "Rows", "Weights", "nameless_persons"]

# feature rows, one per token: as text (`features`) or in UTF-8 (`encoded_features`)
Rows = Sequence[Sequence[str]] | Sequence[Sequence[bytes]]

if TYPE_CHECKING:  # numpy is imported on the first note that needs constrained decoding
    import numpy as np
    import numpy.typing as npt

    Scores = npt.NDArray[np.float64]  # each token's score for each label

_NEG = -1e18


def _base(label: str) -> str:
    return label[2:] if label[:2] in ("B-", "I-") else label


# one entry of a crfsuite dump: "(1) author --> title: 0.25" (attributes hold no spaces)
_ENTRY = re.compile(r"^  \(\d+\) (.*) --> (.*): (.*)$", re.MULTILINE)


def _entries(
    tagger: pycrfsuite.Tagger, model: bytes | str | None, labels: Sequence[str]
) -> ModelEntries:
    """The model's transitions and state features: from its bytes or file (`dumped_entries`)
    when they read as one with the tagger's labels, else parsed from crfsuite's text dump."""
    if model is not None:
        try:
            found = dumped_entries(model)
        except ModelError:
            found = None
        if found is not None and found.labels == list(labels):
            return found
    return _from_dump(tagger, labels)


def _from_dump(tagger: pycrfsuite.Tagger, labels: Sequence[str]) -> ModelEntries:
    """`ModelEntries` parsed from crfsuite's text dump (`_dumped`)."""
    import numpy as np

    dumped = _dumped(tagger)
    index = {label: k for k, label in enumerate(labels)}
    state = dumped["STATE_FEATURES"]
    names: dict[bytes, int] = {}
    attribute = np.fromiter(
        (names.setdefault(a.encode(), len(names)) for a, _l, _w in state), np.intp, len(state)
    )
    return ModelEntries(
        list(labels),
        [(left, right, float(weight)) for left, right, weight in dumped["TRANSITIONS"]],
        list(names),
        attribute,
        np.fromiter((index[label] for _a, label, _w in state), np.intp, len(state)),
        np.fromiter((float(w) for _a, _l, w in state), np.float64, len(state)),
    )


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
    """A CRF model's weights, for decoding with constraints (in numpy: the same sums and
    maxima, in the same order, as a plain loop; see `emissions` and `decode`)."""

    banned_score = _NEG  # a forbidden label's score

    def __init__(self, tagger: pycrfsuite.Tagger, model: bytes | str | None = None) -> None:
        """The weights of `tagger`'s model: read from `model` when given, the very bytes (or
        the file) crfsuite opened (the same floats as its text dump, many times faster), else
        from crfsuite's dump."""
        import numpy as np

        self.labels: tuple[str, ...] = tuple(tagger.labels())
        index = {label: k for k, label in enumerate(self.labels)}
        size = len(self.labels)
        self._trans = [[0.0] * size for _ in range(size)]
        entries = _entries(tagger, model, self.labels)
        for left, right, weight in entries.transitions:
            self._trans[index[left]][index[right]] = weight
        # each attribute's weights, as (label, weight) entries in flat arrays: an attribute's
        # entries start at `_starts[a]`, `_counts[a]` of them (an attribute the model lacks
        # has none; its number is len(_attributes)); attributes are numbered as the dump
        # first lists them
        ids, first, inverse = np.unique(entries.attribute, return_index=True, return_inverse=True)
        rank = np.empty(len(ids), dtype=np.intp)
        rank[np.argsort(first, kind="stable")] = np.arange(len(ids))
        number = rank[inverse.reshape(-1)]
        order = np.argsort(number, kind="stable")  # by attribute, in the dump's order
        names = entries.attributes
        self._attributes: dict[bytes, int] = {
            names[a]: int(k) for a, k in zip(ids.tolist(), rank.tolist(), strict=True)
        }
        self._counts = np.append(np.bincount(number, minlength=len(ids)), 0)
        self._starts = np.zeros_like(self._counts)
        np.cumsum(self._counts[:-1], out=self._starts[1:])
        self._entry_labels = entries.label[order]
        self._entry_weights = entries.weight[order]
        self._title = frozenset(k for k, label in enumerate(self.labels) if _base(label) == "title")

    def emissions(self, rows: Rows) -> Scores:
        """Each token's score for each label, from its feature rows: the model's state
        weights, summed from 0.0 in the rows' order (`np.bincount` adds its weights one after
        another, in order: each sum is the plain loop's, float for float)."""
        import numpy as np

        n, size = len(rows), len(self.labels)
        lengths = np.fromiter(map(len, rows), dtype=np.intp, count=n)
        flat: Iterable[bytes] = itertools.chain.from_iterable(cast(Sequence[Sequence[bytes]], rows))
        if not all(isinstance(row[0], bytes) for row in rows if row):
            flat = map(_utf8, flat)  # rows as text (`features`)
        missing = itertools.repeat(len(self._attributes))
        number = cast(Callable[[bytes, int], int], self._attributes.get)
        ids = np.fromiter(
            map(number, flat, missing),
            dtype=np.intp,
            count=int(lengths.sum()),
        )
        counts = self._counts[ids]
        ends = np.cumsum(counts)
        # each attribute's entries, in order: where they start, then one after another
        entry = np.arange(int(ends[-1]) if len(ends) else 0) + np.repeat(
            self._starts[ids] - (ends - counts), counts
        )
        token = np.repeat(np.repeat(np.arange(n), lengths), counts)
        cells = token * size + self._entry_labels[entry]
        found = np.bincount(cells, weights=self._entry_weights[entry], minlength=n * size)
        scores: Scores = found.reshape(n, size).astype(np.float64, copy=False)
        return scores

    def _banned(self, emissions: Scores, forbid: Mapping[int, Set[str]]) -> None:
        columns: dict[str, list[int]] | None = getattr(self, "_columns", None)
        if columns is None:  # each label's columns (B- and I- of a B-/I- model), made once
            columns = {}
            for k, label in enumerate(self.labels):
                columns.setdefault(_base(label), []).append(k)
            self._columns = columns
        for i, banned in forbid.items():
            if banned and 0 <= i < len(emissions):
                for name in banned:
                    for k in columns.get(name, ()):
                        emissions[i, k] = self.banned_score

    def _transitions(self) -> Scores:
        """The transition weights, [from label, to label], as an array (made once)."""
        import numpy as np

        found: Scores | None = getattr(self, "_trans_array", None)
        if found is None:
            found = self._trans_array = np.array(self._trans, dtype=float)
        return found

    def _transitions_into(self) -> Scores:
        """The transition weights, [to label, from label], in their own array (made once):
        a step's sums for each label are then one contiguous row, which numpy's argmax and
        maximum read several times faster than a column."""
        import numpy as np

        found: Scores | None = getattr(self, "_into_array", None)
        if found is None:
            found = self._into_array = np.ascontiguousarray(self._transitions().T)
        return found

    def decode(
        self,
        rows: Rows,
        forbid: Mapping[int, Set[str]],
        *,
        need_title: bool,
        emissions: Scores | Sequence[Sequence[float]] | None = None,
    ) -> list[str]:
        """The best label sequence (raw model labels) with the `forbid`-den labels kept off
        their tokens and, with `need_title`, at least one title token. `emissions` are the
        rows' `emissions`, when already computed (they are not changed)."""
        import numpy as np

        source = emissions if emissions is not None else self.emissions(rows)
        em = np.array(source, dtype=float)  # a copy
        self._banned(em, forbid)
        into = self._transitions_into()  # [to label, from label]
        n = len(em)
        # forward: best score of a prefix ending in label k at token i, and its back-pointers
        alpha = np.empty_like(em)
        back = np.zeros(em.shape, dtype=np.intp)
        alpha[0] = em[0]
        step = np.empty_like(into)
        flat, starts, where = _picking(step)
        for i in range(1, n):
            # each label's best step from the prefix (row k: from each label j into k): the
            # same sums as a plain loop, the first best on ties (numpy's argmax), and its value
            # (the sum argmax points at: a row's maximum, read without a reduction)
            np.add(alpha[i - 1], into, out=step)
            step.argmax(axis=1, out=back[i])
            np.add(back[i], starts, out=where)
            flat.take(where, out=alpha[i])
            alpha[i] += em[i]
        if need_title:
            at, label, ahead = self._best_title(em, alpha)
        else:
            at, label = n - 1, int(alpha[-1].argmax())
        path = [label]
        k = label
        for i in range(at, 0, -1):
            k = int(back[i, k])
            path.append(k)
        path.reverse()
        if need_title:
            k = label
            for i in range(at, n - 1):
                k = int(ahead[i, k])
                path.append(k)
        return [self.labels[k] for k in path]

    def _best_title(self, em: Scores, alpha: Scores) -> tuple[int, int, npt.NDArray[np.intp]]:
        """Where the best path with a title token passes through one (token, label), and the
        forward pointers of the best suffixes."""
        import numpy as np

        n = len(em)
        beta = np.zeros_like(em)
        ahead = np.zeros(em.shape, dtype=np.intp)
        trans = self._transitions()  # [from label, to label]: row k, a suffix's step from k
        step = np.empty_like(trans)
        scores = np.empty(em.shape[1])
        flat, starts, where = _picking(step)
        for i in range(n - 2, -1, -1):
            # each label's best step into the suffix, as in `decode`
            np.add(em[i + 1], beta[i + 1], out=scores)
            np.add(scores, trans, out=step)
            step.argmax(axis=1, out=ahead[i])
            np.add(ahead[i], starts, out=where)
            flat.take(where, out=beta[i])
        total = (alpha + beta).tolist()
        at, label = max(
            ((i, k) for i in range(n) for k in self._title),
            key=lambda ik: total[ik[0]][ik[1]],
        )
        return at, label, ahead


def _picking(
    step: Scores,
) -> tuple[Scores, npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """A square `step` array as one flat view, where each of its rows starts in that view,
    and room for the flat places of one pick per row (its maximum's, by argmax)."""
    import numpy as np

    size = len(step)
    return step.reshape(-1), np.arange(size, dtype=np.intp) * size, np.empty(size, np.intp)


def _utf8(attribute: str | bytes) -> bytes:
    return attribute.encode() if isinstance(attribute, str) else attribute
