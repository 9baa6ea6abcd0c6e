"""The model file's weights read from its binary form: the floats crfsuite's text dump gives."""

from __future__ import annotations

import functools
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


@functools.cache
def _model_bytes() -> bytes:
    return Path(load_tagger().path).read_bytes()


def _header(data: bytes) -> tuple[int, ...]:
    return struct.unpack_from("<4sI4sIIIIIIIII", data, 0)[3:]  # version … off_attrrefs


def _corrupt(data: bytes, at: int, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into("<I", out, at, value)
    return bytes(out)


def _hostile(data: bytes) -> dict[str, bytes]:
    """The shipped model with one field made hostile or inconsistent, by case."""
    _v, _n, n_labels, _a, off_feat, off_labels, off_attrs, _lrefs, off_arefs = _header(data)
    first_attribute_list = struct.unpack_from("<I", data, off_arefs + 12)[0]
    label_table_back = off_labels + struct.unpack_from("<I", data, off_labels + 20)[0]
    attr_table_back = off_attrs + struct.unpack_from("<I", data, off_attrs + 20)[0]
    attr_record = off_attrs + struct.unpack_from("<I", data, attr_table_back)[0]
    return {
        # a reference list claiming 4 billion features: no 32 GiB array, no MemoryError
        "huge list": _corrupt(data, first_attribute_list, 0xFFFFFFFF),
        "long list": _corrupt(data, first_attribute_list, 0x10000),
        # a feature going to a label the model lacks, or coming from another attribute
        "foreign label": _corrupt(data, off_feat + 12 + 8, n_labels + 7),
        "other owner": _corrupt(data, off_feat + 12 + 20 * 40 + 4, 0xFFFF),
        # a missing string, a string longer than the file, no NUL after it
        "missing string": _corrupt(data, attr_table_back, 0),
        "long string": _corrupt(data, attr_record + 4, 0xFFFFFF),
        "empty string": _corrupt(data, attr_record + 4, 0),
        "missing label": _corrupt(data, label_table_back, 0),
        # fewer attributes than the features name, a size that is not the file's
        "fewer attributes": _corrupt(data, 24, 1),
        "wrong size": _corrupt(data, 4, len(data) + 4),
    }


_CASES = (
    "huge list",
    "long list",
    "foreign label",
    "other owner",
    "missing string",
    "long string",
    "empty string",
    "missing label",
    "fewer attributes",
    "wrong size",
)


@pytest.mark.parametrize("case", _CASES)
def test_hostile_or_inconsistent_models_are_model_errors_never_a_crash(
    tmp_path: Path, case: str
) -> None:
    model = _hostile(_model_bytes())[case]
    path = tmp_path / "model.crfsuite"
    path.write_bytes(model)
    for given in (path, model):
        with pytest.raises(ModelError, match="not a readable crfsuite model"):
            dumped_entries(given)


def test_the_decoder_reads_the_bytes_crfsuite_reads_though_the_file_changes(
    tmp_path: Path,
) -> None:
    import os

    from citekit.citations.tagger import Tagger

    data = _model_bytes()
    copy = tmp_path / "model.crfsuite"
    copy.write_bytes(data)
    before = os.stat(copy)
    tagger = Tagger(copy)
    # the file rewritten in place: other weights, the same size and modification time
    off_feat = _header(data)[4]
    changed = bytearray(data)
    for k in range(200):
        struct.pack_into("<d", changed, off_feat + 12 + 20 * k + 12, 5.0)
    copy.write_bytes(bytes(changed))
    os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    weights = tagger._constrained()
    dumped = Weights(tagger._tagger)  # crfsuite's own weights, as its dump prints them
    assert [_bits(row) for row in weights._trans] == [_bits(row) for row in dumped._trans]
    assert _bits(weights._entry_weights.tolist()) == _bits(dumped._entry_weights.tolist())
    copy.unlink()  # crfsuite still tags: its model lives with the tagger
    rows = [["w=ivanov"], ["w=history"]]
    assert len(tagger._tagger.tag(rows)) == 2


def test_random_damage_is_a_model_error_or_a_consistent_model() -> None:
    import random

    data = _model_bytes()
    rng = random.Random(11)
    for _ in range(20):
        damaged = bytearray(data)
        for _flip in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        try:
            entries = dumped_entries(bytes(damaged))
        except ModelError:
            continue
        # read: every id names something the model has (a damaged weight may still read)
        assert int(entries.attribute.max()) < len(entries.attributes)
        assert int(entries.label.max()) < len(entries.labels)
