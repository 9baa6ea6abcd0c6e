"""The note tagger: a linear-chain CRF (python-crfsuite) that labels each token of a citation
with the CSL variable it belongs to (author, title, container-title, publisher, issued, page …)
or ``other``.

The model ships as package data (``model.crfsuite``, trained by ``scripts/train_tagger.py``)
and is loaded once per process, on first use. The exact rules of `citekit.citations.structure`
run first; their spans are features for the model and override its labels.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import pycrfsuite

from citekit.citations.structure import Exact
from citekit.citations.tagger.constrained import Rows, Weights
from citekit.citations.tagger.crfmodel import model_attributes
from citekit.citations.tagger.features import Pieces, known_pieces
from citekit.citations.tagger.tagging import MAX_TOKENS, label_runs, rule_labels
from citekit.citations.tagger.tagging import tag_runs as _tag_runs
from citekit.citations.tagger.tokens import Token
from citekit.errors import ModelError

__all__ = ["MODEL_NAME", "Rows", "Tagger", "load_tagger", "rule_labels", "tag", "tag_runs"]

MODEL_NAME = "model.crfsuite"
# a citation longer than this many tokens is prose or a pasted page: only its head is tagged
_MAX_TOKENS = MAX_TOKENS


class Tagger:
    """A loaded CRF model."""

    # the model reads its feature rows in UTF-8 (`encoded_features`): crfsuite would encode
    # each string of each row again
    encoded_rows = True
    # the pieces of rows that hold only the model's attributes (`pieces`), once it has tagged
    # this many notes (reading them takes ~75 ms, some 7,000 notes' savings: a short run
    # does not pay for it)
    _pieces: Pieces[bytes] | None = None
    _tagged = 0
    _PIECES_AFTER = 1000

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

    def pieces(self) -> Pieces[bytes] | None:
        """The feature pieces whose rows leave out what this model never saw
        (`features.known_pieces`: the same labels, fewer lookups in crfsuite), once it has
        tagged `_PIECES_AFTER` notes; None before, and for a file that is not crfsuite's own."""
        if self._pieces is None and self._tagged <= self._PIECES_AFTER:
            self._tagged += 1
            if self._tagged > self._PIECES_AFTER:
                try:
                    known = frozenset(model_attributes(self._model))
                except (AttributeError, ModelError):  # no model bytes, or not crfsuite's
                    return None
                self._pieces = known_pieces(known)
        return self._pieces

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
        return label_runs(self, rows, fixed, tokens, titled)


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
    return _tag_runs(text, exact, tagger or load_tagger())
