"""The experimental neural tagger's runtime: loading a model file, labelling a note through the
same interface as the CRF, and exact decoding (checked against brute force on short notes).

The model files here are written with numpy alone, in the layout that
scripts/train_neural_tagger.py saves, with seeded random weights: the runtime is real, the
training (PyTorch) is not needed.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from citekit.citations import parse_note
from citekit.citations.structure import find_exact
from citekit.citations.tagger import load_tagger, tag
from citekit.citations.tagger.align import LABELS
from citekit.citations.tagger.features import features
from citekit.citations.tagger.neural import FORMAT, NeuralTagger, token_hashes
from citekit.citations.tagger.tokens import tokenize
from citekit.errors import ModelError
from citekit.model import Location

NOTE = (
    "Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975. 304 с. "
    "URL: https://example.kz/az (дата обращения: 01.02.2020)."
)


def write_model(
    path: Path,
    *,
    seed: int = 1,
    buckets: int = 512,
    dim: int = 8,
    hidden: int = 6,
    skip: tuple[str, ...] = (),
) -> Path:
    rng = np.random.default_rng(seed)
    n = len(LABELS)

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.5, shape).astype(np.float32)

    arrays: dict[str, Any] = {
        "format": np.array(FORMAT),
        "labels": np.array(LABELS),
        "buckets": np.array(buckets),
        "skip": np.array(skip, dtype=str),
        "emb": r(buckets, dim).astype(np.float16),
        "emb_bias": r(dim),
        "out_w": r(n, 2 * hidden),
        "out_b": r(n),
        "trans": r(n, n),
        "start": r(n),
        "end": r(n),
    }
    for d in ("fwd", "bwd"):
        arrays[f"{d}_w_ih"] = r(4 * hidden, dim)
        arrays[f"{d}_w_hh"] = r(4 * hidden, hidden)
        arrays[f"{d}_b"] = r(4 * hidden)
    with open(path, "wb") as handle:
        np.savez(handle, **arrays)
    return path


@pytest.fixture
def model(tmp_path: Path) -> NeuralTagger:
    return NeuralTagger(write_model(tmp_path / "neural.npz"))


def test_a_model_loads_with_the_crf_labels(model: NeuralTagger) -> None:
    assert model._tagger.labels() == list(LABELS)
    assert model.bio is False


def test_hashes_cover_the_features_and_the_characters_of_the_form() -> None:
    row = ["b", "w=жазушы", "s=Xx", "cap"]
    hashes = token_hashes(row)
    # three features (the bias is left out) and 2-, 3- and 4-grams of "<жазушы>" (8 characters)
    assert len(hashes) == 3 + 7 + 6 + 5
    assert token_hashes(row) == hashes
    assert token_hashes(["w=жазушы"])[1:] == hashes[3:]


def test_a_model_trained_without_the_words_reads_only_their_n_grams(tmp_path: Path) -> None:
    row = ["b", "w=жазушы", "bi=,|жазушы", "cap"]
    assert (
        token_hashes(row, ("w=", "bi="))
        == token_hashes(["cap", "w=жазушы"])[:1] + (token_hashes(row)[3:])
    )
    model = NeuralTagger(write_model(tmp_path / "nw.npz", skip=("w=", "bi=")))
    assert model._tagger.skip == ("w=", "bi=")
    assert len(model.labels(features(tokenize(NOTE), NOTE))) == len(tokenize(NOTE))


def test_it_labels_a_note_where_the_crf_would(model: NeuralTagger) -> None:
    tokens, labels = tag(NOTE, find_exact(NOTE), tagger=model)
    assert len(labels) == len(tokens) > 10
    assert set(labels) <= set(LABELS)
    # the exact rules run first and override the model, as with the CRF
    url = next(i for i, t in enumerate(tokens) if t.text.startswith("https://"))
    assert labels[url] == "URL"
    note = parse_note(1, NOTE, location=Location(path="t"), tagger=model)
    assert note.citations
    assert note.citations[0].url == "https://example.kz/az"


def test_decoding_is_the_best_sequence_and_marginals_are_exact(model: NeuralTagger) -> None:
    text = "Аз и Я"
    tokens = tokenize(text)
    rows = features(tokens, text)
    core = model._tagger
    best = core.tag(rows)
    scores = core.emissions(rows)
    n = len(LABELS)
    total: dict[tuple[int, ...], float] = {}
    for path in itertools.product(range(n), repeat=len(rows)):
        s = core.start[path[0]] + core.end[path[-1]] + sum(scores[t, k] for t, k in enumerate(path))
        s += sum(core.trans[a, b] for a, b in itertools.pairwise(path))
        total[path] = float(s)
    top = max(total, key=total.__getitem__)
    assert best == [LABELS[k] for k in top]
    weights = np.exp(np.array(list(total.values())) - max(total.values()))
    weights /= weights.sum()
    for i in range(len(rows)):
        for k in (0, 3, n - 1):
            want = sum(w for p, w in zip(total, weights, strict=True) if p[i] == k)
            assert core.marginal(LABELS[k], i) == pytest.approx(want, abs=1e-4)


def test_the_title_fallback_works_as_with_the_crf(model: NeuralTagger) -> None:
    tokens = tokenize(NOTE)
    labels = model.labels(features(tokens, NOTE))
    assert "title" in labels


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "missing"), (b"not a zip", "not a neural tagger model"), ("wrong", "format")],
)
def test_a_bad_model_file_is_a_clear_error(tmp_path: Path, content: object, message: str) -> None:
    path = tmp_path / "m.npz"
    if content == "wrong":
        with open(path, "wb") as handle:
            np.savez(handle, format=np.array(FORMAT + 1))
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(ModelError, match=message):
        NeuralTagger(path)


def test_a_model_lacking_an_array_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "m.npz"
    with open(path, "wb") as handle:
        np.savez(handle, format=np.array(FORMAT), labels=np.array(LABELS))
    with pytest.raises(ModelError, match="lacks the array"):
        NeuralTagger(path)


def test_citekit_tagger_selects_the_neural_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_model(tmp_path / "env.npz")
    monkeypatch.setenv("CITEKIT_TAGGER", str(path))
    load_tagger.cache_clear()
    try:
        chosen = load_tagger()
        assert isinstance(chosen, NeuralTagger)
        assert chosen.path == str(path)
    finally:
        monkeypatch.delenv("CITEKIT_TAGGER")
        load_tagger.cache_clear()
    assert not isinstance(load_tagger(), NeuralTagger)


def test_constrained_decoding_reads_the_network(model: NeuralTagger) -> None:
    tokens = tokenize(NOTE)
    rows = features(tokens, NOTE)
    weights = model._constrained()
    free = weights.decode(rows, {}, need_title=False)
    assert free == model._tagger.tag(rows)
    forced = weights.decode(rows, {0: {"title"}}, need_title=True)
    assert "title" in forced
    assert forced[0] != "title"
