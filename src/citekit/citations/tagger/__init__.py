"""The note tagger: a linear-chain CRF (python-crfsuite) that labels each token of a citation
with the CSL variable it belongs to (author, title, container-title, publisher, issued, page …)
or ``other``.

The model ships as package data (``model.crfsuite``, trained by ``scripts/train_tagger.py``)
and is loaded once per process, on first use. The exact rules of `citekit.citations.structure`
run first; their spans are features for the model and override its labels.
"""

from __future__ import annotations

import functools
import itertools
import operator
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pycrfsuite

from citekit.citations.structure import Exact
from citekit.citations.tagger.align import first_at, label_of
from citekit.citations.tagger.constrained import PERSONS, Rows, Weights, nameless_persons
from citekit.citations.tagger.features import rows_and_marks
from citekit.citations.tagger.lists import list_closing_words
from citekit.citations.tagger.shapes import body_heading, quoted_titles, shape_names
from citekit.citations.tagger.tokens import Token, as_read, tokenize
from citekit.errors import ModelError

if TYPE_CHECKING:
    from citekit.citations.tagger.constrained import Scores

__all__ = ["MODEL_NAME", "Rows", "Tagger", "load_tagger", "rule_labels", "tag", "tag_runs"]

MODEL_NAME = "model.crfsuite"
# a citation longer than this many tokens is prose or a pasted page: only its head is tagged
_MAX_TOKENS = 400
# runs that never become the title when the model finds none
# the Arabic script's comma and semicolon are read as the comma and semicolon they are (one
# character for one: the tokens' offsets stay the text's)
_ARABIC_MARKS = str.maketrans({"،": ",", "؛": ";"})
_NEVER_TITLE = frozenset({"other", "issued", "accessed", "URL", "DOI", "ISBN", "page", "volume"})


class Tagger:
    """A loaded CRF model."""

    # the model reads its feature rows in UTF-8 (`encoded_features`): crfsuite would encode
    # each string of each row again
    encoded_rows = True

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if not Path(path).is_file():
            raise ModelError(
                self.path,
                "the note tagger's model file is missing; train it with scripts/train_tagger.py",
            )
        self._tagger = pycrfsuite.Tagger()
        try:
            # crfsuite reads the model in these bytes, in place (it keeps no copy): they live
            # as long as the tagger, and the constrained decoder reads its weights from them,
            # so both use one model even when the file is replaced meanwhile
            self._model = Path(path).read_bytes()
            self._tagger.open_inmemory(self._model)
        except (OSError, ValueError) as exc:
            raise ModelError(self.path, f"not a CRF model: {exc}") from exc

        # a model trained on B-/I- labels (scripts/train_tagger.py --bio) marks where each
        # run starts, so that two adjacent names stay two
        self.bio = any(label.startswith("B-") for label in self._tagger.labels())
        self._weights: Weights | None = None

    def _constrained(self) -> Weights:
        if self._weights is None:
            self._weights = Weights(self._tagger, self._model)
        return self._weights

    def _marginal(self, label: str, i: int) -> float:
        if not self.bio:
            return float(self._tagger.marginal(label, i))
        return float(
            self._tagger.marginal("B-" + label, i) + self._tagger.marginal("I-" + label, i)
        )

    def _keep_constraints(
        self,
        rows: Rows,
        fixed: Sequence[bool],
        tokens: Sequence[Token],
        raw: list[str],
        labels: list[str],
        titled: bool = True,
    ) -> list[str]:
        """`raw` decoded again, at most three times, while it breaks a constraint."""
        forbid: dict[int, set[str]] = {}
        free = not fixed or not all(fixed)
        emissions: Scores | list[list[float]] | None = None  # the rows' scores, summed once
        for _round in range(3):
            nameless = nameless_persons(tokens, labels)
            need_title = titled and free and len(labels) >= 2 and "title" not in labels
            if not nameless and not need_title:
                break
            for i in nameless:
                forbid.setdefault(i, set()).update(PERSONS)
            if need_title:
                for i, is_fixed in enumerate(fixed):
                    if is_fixed:
                        forbid.setdefault(i, set()).add("title")
            weights = self._constrained()
            if emissions is None:
                emissions = weights.emissions(rows)
            raw = weights.decode(rows, forbid, need_title=need_title, emissions=emissions)
            labels = _plain(raw)
        return raw

    def labels(self, rows: Rows, fixed: Sequence[bool] = ()) -> list[str]:
        """The most likely label of each token, given its feature rows."""
        return self.label_runs(rows, fixed)[0]

    def label_runs(
        self,
        rows: Rows,
        fixed: Sequence[bool] = (),
        tokens: Sequence[Token] | None = None,
        *,
        titled: bool = True,
    ) -> tuple[list[str], set[int]]:
        """The most likely label of each token, given its feature rows, and the tokens that
        start a new run inside a run of one label (only a B-/I- model tells them).

        With the `tokens`, the sequence keeps two constraints (`constrained`): a cited work
        has a title (not on a token `fixed` by an exact rule), and a person's run holds a
        name. Without them, or when no title can be had, the run of free tokens most likely
        to be the title, by the model's marginals, becomes it. With `titled` false (an archival
        document cited by its shelf mark) a title is only what the model labels so.
        """
        if not rows:
            return [], set()
        raw = list(self._tagger.tag(rows))
        labels = _plain(raw) if self.bio else list(raw)
        if tokens is not None:
            kept = self._keep_constraints(rows, fixed, tokens, raw, labels, titled)
            if kept is not raw:  # decoded again
                raw = kept
                labels = _plain(raw) if self.bio else list(raw)
        starts: set[int] = set()  # only a B-/I- model tells where a run starts
        if self.bio:  # a B- label that goes on its run's label (found at C speed)
            opens = map(str.startswith, raw[1:], itertools.repeat("B-"))
            same = map(operator.eq, labels[1:], labels)
            starts = set(itertools.compress(range(1, len(raw)), map(operator.and_, opens, same)))
        if "title" in labels or len(labels) < 2 or not titled:
            return labels, starts
        best: tuple[float, int, int] | None = None
        start = 0
        for i in range(1, len(labels) + 1):
            if i < len(labels) and labels[i] == labels[start]:
                continue
            free = not any(fixed[start:i]) if fixed else True
            if labels[start] not in _NEVER_TITLE and free:
                mean = sum(self._marginal("title", j) for j in range(start, i)) / (i - start)
                if best is None or mean > best[0]:
                    best = (mean, start, i)
            start = i
        if best is not None:
            labels[best[1] : best[2]] = ["title"] * (best[2] - best[1])
        return labels, starts


@functools.cache
def _plain_label(label: str) -> str:
    return label[2:] if label[:2] in ("B-", "I-") else label


def _plain(raw: Sequence[str]) -> list[str]:
    """Labels without their B-/I- prefixes (each label's made once)."""
    return list(map(_plain_label, raw))


@functools.cache
def load_tagger() -> Tagger:
    """The shipped model, loaded once per process; or the model file the environment variable
    ``CITEKIT_TAGGER`` names: a CRF retrained by ``scripts/train_tagger.py`` or the experimental
    neural model's ``.npz`` file."""
    if chosen := os.environ.get("CITEKIT_TAGGER"):
        if not chosen.endswith(".npz"):
            return Tagger(chosen)
        try:
            from citekit.citations.tagger.neural import NeuralTagger
        except ImportError as exc:
            raise ModelError(chosen, "the neural tagger needs citekit-notes[neural]") from exc
        return NeuralTagger(chosen)
    resource = resources.files("citekit.citations.tagger") / MODEL_NAME
    with resources.as_file(resource) as path:
        return Tagger(path)


def rule_labels(tokens: Sequence[Token], exact: Exact) -> list[str | None]:
    """Per token, the field an exact rule found there, or None."""
    if not exact.spans:
        return [None] * len(tokens)
    # `token_labels`' walk, once: a token in a span takes the span's label (even "other")
    ordered = sorted(exact.spans)
    rules: list[str | None] = [None] * len(tokens)
    j, count = 0, len(ordered)
    for i in range(first_at(tokens, ordered), len(tokens)):  # none is held before
        tok = tokens[i]
        while j < count and ordered[j][1] <= tok.start:
            j += 1
        if j == count:
            break  # every span is behind: the rest are no rule's
        if ordered[j][0] <= tok.start:  # and before its end
            rules[i] = label_of(ordered[j][2])
    return rules


def tag(text: str, exact: Exact, *, tagger: Tagger | None = None) -> tuple[list[Token], list[str]]:
    """The tokens of one citation and a label for each (exact rules override the model)."""
    tokens, labels, _starts, _marks = tag_runs(text, exact, tagger=tagger)
    return tokens, labels


def tag_runs(
    text: str, exact: Exact, *, tagger: Tagger | None = None
) -> tuple[list[Token], list[str], set[int], list[set[str]]]:
    """`tag`, the tokens that start a new run inside a run of one label (two adjacent names),
    when the model tells them, and the lexicon's marks of each token (`token_marks`), computed
    once for the features and the decoder."""
    tokens = tokenize(text.translate(_ARABIC_MARKS) if "،" in text else text, _MAX_TOKENS)
    rules = rule_labels(tokens, exact)
    tagger = tagger or load_tagger()
    rows, marks = rows_and_marks(as_read(tokens), rules, encoded=tagger.encoded_rows)
    # a shelf mark needs no title: one is only what the note gives (`Записка … // ГАРФ. Ф. …`)
    titled = exact.legal.archive_location is None
    fixed = list(map(operator.is_not, rules, itertools.repeat(None)))  # at C speed
    found, starts = tagger.label_runs(rows, fixed, tokens, titled=titled)
    merged = found  # most notes have no exact rule's token: the model's labels as they are
    if any(fixed):
        merged = [
            label_of(r) if r is not None else lab for r, lab in zip(rules, found, strict=True)
        ]
    labels = quoted_titles(tokens, body_heading(tokens, shape_names(tokens, merged)), text)
    labels = list_closing_words(tokens, labels)
    return tokens, labels, starts, marks
