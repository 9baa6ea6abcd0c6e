"""An experimental neural note tagger: a BiLSTM-CRF over the CRF tagger's own tokens and
feature rows, run in plain numpy.

Each token becomes the sum of hashed embeddings of its feature strings (the CRF's features:
form, shape, script, neighbours, the languages' word lists, rule spans) and of the character
n-grams of its folded form, so that unseen titles and names in any alphabet still share
pieces with the training data. A bidirectional LSTM reads the note; a CRF layer decodes it.

The model is trained by ``scripts/train_neural_tagger.py`` (PyTorch, outside citekit) and
saved as a ``.npz`` of arrays; it is not shipped. Use it where the CRF tagger goes::

    from citekit.citations.tagger.neural import NeuralTagger
    parse_note(1, text, tagger=NeuralTagger("neural.npz"))

or set ``CITEKIT_TAGGER=neural.npz`` for the whole process. numpy is needed
(``pip install citekit-notes[neural]``).
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from citekit.citations.tagger import Tagger
from citekit.citations.tagger.constrained import PERSONS, Rows, Weights
from citekit.errors import ModelError

Array = npt.NDArray[np.float32]

__all__ = ["FORMAT", "NGRAMS", "NeuralTagger", "token_hashes"]

# the version of the hashing scheme and array layout a model file must declare
FORMAT = 1
# the lengths of the character n-grams of a token's folded form
NGRAMS = (2, 3, 4)


@functools.lru_cache(maxsize=262144)
def _hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


@functools.lru_cache(maxsize=65536)
def _grams(word: str) -> tuple[int, ...]:
    padded = "<" + word + ">"
    return tuple(
        _hash(f"c{n}:" + padded[i : i + n]) for n in NGRAMS for i in range(len(padded) - n + 1)
    )


def token_hashes(row: Sequence[str], skip: tuple[str, ...] = ()) -> list[int]:
    """The 32-bit hashes of one token's inputs: each feature string of its CRF row (but those
    that start with a prefix in `skip`), and the character n-grams of its form (the row's
    ``w=`` feature)."""
    out = [_hash(f) for f in row if f != "b" and not (skip and f.startswith(skip))]
    for feature in row:
        if feature.startswith("w="):
            out.extend(_grams(feature[2:]))
            break
    return out


def _logsumexp(x: Array, axis: int) -> Array:
    top = x.max(axis=axis, keepdims=True)
    out: Array = np.log(np.exp(x - top).sum(axis=axis)) + top.squeeze(axis)
    return out


class _Core:
    """The network, with pycrfsuite.Tagger's surface: `tag` a sequence of feature rows, then
    ask the `marginal` of a label at a position of that sequence."""

    def __init__(self, arrays: dict[str, Any]) -> None:
        self.names = [str(x) for x in arrays["labels"]]
        self.index = {name: i for i, name in enumerate(self.names)}
        self.buckets = int(arrays["buckets"])
        # feature prefixes the model was trained without (e.g. the words themselves)
        self.skip = tuple(str(x) for x in arrays.get("skip", ()))
        self.emb = arrays["emb"]  # float16: only the rows looked up become float32
        self.emb_bias = arrays["emb_bias"].astype(np.float32)
        self.lstm: list[tuple[Array, Array, Array]] = [
            (
                arrays[f"{d}_w_ih"].astype(np.float32),
                arrays[f"{d}_w_hh"].astype(np.float32),
                arrays[f"{d}_b"].astype(np.float32),
            )
            for d in ("fwd", "bwd")
        ]
        (wf, uf, bf), (wb, ub, bb) = self.lstm
        self.size = uf.shape[1]
        half = np.full(4 * self.size, 0.5, np.float32)
        half[2 * self.size : 3 * self.size] = 1.0  # the cell's input keeps its tanh
        self.w_in = np.concatenate([wf.T * half, wb.T * half], axis=1)
        self.b_in = np.concatenate([bf * half, bb * half])
        self.recur = np.stack([uf.T * half, ub.T * half])
        self.out_w = arrays["out_w"].astype(np.float32)
        self.out_b = arrays["out_b"].astype(np.float32)
        self.trans = arrays["trans"].astype(np.float32)
        self.start = arrays["start"].astype(np.float32)
        self.end = arrays["end"].astype(np.float32)
        self._scores: Array | None = None
        self._marginals: Array | None = None

    def labels(self) -> list[str]:
        return list(self.names)

    def _bilstm(self, xs: Array) -> Array:
        """Both directions of the LSTM, stepped together: (steps, 2 * hidden)."""
        steps = xs.shape[0]
        size = self.size
        both = xs @ self.w_in + self.b_in
        # direction 0 reads forwards, direction 1 backwards (its gates reversed in time)
        gates = np.stack([both[:, : 4 * size], both[::-1, 4 * size :]])
        h = np.zeros((2, 1, size), np.float32)
        c = np.zeros((2, 1, size), np.float32)
        out = np.empty((2, steps, size), np.float32)
        for t in range(steps):
            # the sigmoid gates' weights are halved at load: sigmoid(x) = (tanh(x / 2) + 1) / 2
            g = np.tanh(gates[:, t : t + 1] + h @ self.recur)
            s = 0.5 * g + 0.5
            c = s[..., size : 2 * size] * c + s[..., :size] * g[..., 2 * size : 3 * size]
            h = s[..., 3 * size :] * np.tanh(c)
            out[:, t] = h[:, 0]
        joined: Array = np.concatenate([out[0], out[1][::-1]], axis=1)
        return joined

    def emissions(self, rows: Sequence[Sequence[str]]) -> Array:
        """The label scores of each token (before the CRF's transitions)."""
        hashes = [token_hashes(row, self.skip) for row in rows]
        flat = np.fromiter((h for hs in hashes for h in hs), np.int64) % self.buckets
        starts = np.cumsum([0] + [len(hs) for hs in hashes[:-1]])
        xs = np.tanh(
            np.add.reduceat(self.emb[flat].astype(np.float32), starts, axis=0) + self.emb_bias
        )
        out: Array = self._bilstm(xs) @ self.out_w.T + self.out_b
        return out

    def tag(self, rows: Sequence[Sequence[str]]) -> list[str]:
        """The best label sequence (Viterbi)."""
        scores = self.emissions(rows)
        self._scores, self._marginals = scores, None
        best = self.start + scores[0]
        back = np.empty(scores.shape, np.int64)
        for t in range(1, len(scores)):
            total = best[:, None] + self.trans
            back[t] = total.argmax(axis=0)
            best = total.max(axis=0) + scores[t]
        path = [int((best + self.end).argmax())]
        for t in range(len(scores) - 1, 0, -1):
            path.append(int(back[t][path[-1]]))
        return [self.names[i] for i in reversed(path)]

    def marginal(self, label: str, i: int) -> float:
        """P(token `i` has `label`) for the sequence last tagged (forward-backward)."""
        if self._scores is None or label not in self.index:
            return 0.0
        if self._marginals is None:
            self._marginals = self._forward_backward(self._scores)
        return float(self._marginals[i, self.index[label]])

    def _forward_backward(self, scores: Array) -> Array:
        steps = len(scores)
        alpha = np.empty_like(scores)
        beta = np.empty_like(scores)
        alpha[0] = self.start + scores[0]
        for t in range(1, steps):
            alpha[t] = _logsumexp(alpha[t - 1][:, None] + self.trans, 0) + scores[t]
        beta[-1] = self.end
        for t in range(steps - 2, -1, -1):
            beta[t] = _logsumexp(self.trans + (scores[t + 1] + beta[t + 1])[None, :], 1)
        both = alpha + beta
        out: Array = np.exp(both - _logsumexp(both, 1)[:, None])
        return out


class _NeuralWeights(Weights):
    """The network's scores for `Weights.decode` (the CRF's decoding under constraints: a
    title somewhere, a name in each person's run)."""

    banned_score = -1e9

    def __init__(self, core: _Core) -> None:  # no super().__init__: it reads a CRF's weights
        self.core = core
        self.labels = tuple(core.names)
        self._trans = core.trans.astype(float).tolist()
        self._title = frozenset(k for k, label in enumerate(self.labels) if label == "title")
        self._persons = frozenset(k for k, label in enumerate(self.labels) if label in PERSONS)

    def emissions(self, rows: Rows) -> npt.NDArray[np.float64]:
        text = [[a if isinstance(a, str) else a.decode() for a in row] for row in rows]
        scores: npt.NDArray[np.float64] = self.core.emissions(text).astype(np.float64)
        scores[0] += self.core.start
        scores[-1] += self.core.end
        return scores


class NeuralTagger(Tagger):
    """A loaded neural model, used wherever the CRF `Tagger` is (same labels, same title
    fallback, same rules before and decoding after)."""

    encoded_rows = False  # it reads its rows as text

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if not Path(path).is_file():
            raise ModelError(self.path, "the neural tagger's model file is missing")
        try:
            with np.load(self.path, allow_pickle=False) as data:
                arrays = {key: data[key] for key in data.files}
        except (OSError, ValueError) as exc:
            raise ModelError(self.path, f"not a neural tagger model: {exc}") from exc
        if int(arrays.get("format", -1)) != FORMAT:
            raise ModelError(self.path, f"not a neural tagger model of format {FORMAT}")
        try:
            self._tagger = _Core(arrays)
        except KeyError as exc:
            raise ModelError(self.path, f"the model lacks the array {exc}") from exc
        self.bio = False
        self._weights = _NeuralWeights(self._tagger)
