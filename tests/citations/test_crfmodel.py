"""The model file's weights read from its binary form: the floats crfsuite's text dump gives."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from citekit.citations.tagger import load_tagger
from citekit.citations.tagger.constrained import Weights
from citekit.citations.tagger.crfmodel import _dump_weights, dumped_entries
from citekit.errors import ModelError


def _bits(values: list[float]) -> list[bytes]:
    return [struct.pack("<d", v) for v in values]


def test_the_binary_weights_are_the_dumps_bit_for_bit() -> None:
    tagger = load_tagger()
    read, dumped = Weights(tagger._tagger, tagger.path), Weights(tagger._tagger)
    assert read.labels == dumped.labels
    assert read._attributes == dumped._attributes
    assert [_bits(row) for row in read._trans] == [_bits(row) for row in dumped._trans]
    for name in ("_counts", "_starts", "_entry_labels"):
        assert getattr(read, name).tolist() == getattr(dumped, name).tolist()
    assert _bits(read._entry_weights.tolist()) == _bits(dumped._entry_weights.tolist())


def test_weights_are_rounded_as_printf_prints_them() -> None:
    # halves of the sixth decimal go to even; near-halves, signs and large values as %f does
    values = [0.0078125, -0.0078125, 0.0000005, 1.2345675, -1e-9, 2.5e-7, 123456.7654325, 3.0]
    rng = np.random.default_rng(3)
    values += (rng.standard_normal(2000) * 10.0 ** rng.integers(-8, 3, 2000)).tolist()
    got = _dump_weights(np.array(values)).tolist()
    assert _bits(got) == _bits([float(f"{v:f}") for v in values])


def test_a_file_that_is_no_model_is_a_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "model.crfsuite"
    bad.write_bytes(b"lCRF" + bytes(60))
    with pytest.raises(ModelError, match=r"model\.crfsuite"):
        dumped_entries(bad)
    truncated = tmp_path / "short.crfsuite"
    truncated.write_bytes(Path(load_tagger().path).read_bytes()[:5000])
    with pytest.raises(ModelError):
        dumped_entries(truncated)


def test_an_unreadable_file_falls_back_to_the_dump(tmp_path: Path) -> None:
    bad = tmp_path / "other.bin"
    bad.write_bytes(b"not a model")
    tagger = load_tagger()
    weights = Weights(tagger._tagger, str(bad))
    assert weights._attributes == Weights(tagger._tagger, tagger.path)._attributes


def test_a_model_file_changed_since_it_was_opened_is_read_from_crfsuite(tmp_path: Path) -> None:
    from citekit.citations.tagger import Tagger

    copy = tmp_path / "model.crfsuite"
    copy.write_bytes(Path(load_tagger().path).read_bytes())
    tagger = Tagger(copy)
    # retrained meanwhile: the same labels, other weights (a file crfsuite never read)
    trainer = pycrfsuite.Trainer(verbose=False)
    labels = list(tagger._tagger.labels())
    trainer.append([[f"w={k}"] for k in range(len(labels))], labels)
    trainer.set_params({"max_iterations": 2})
    trainer.train(str(tmp_path / "other.crfsuite"))
    assert dumped_entries(tmp_path / "other.crfsuite").labels == labels
    copy.write_bytes((tmp_path / "other.crfsuite").read_bytes())
    weights = tagger._constrained()
    assert weights._attributes == load_tagger()._constrained()._attributes
