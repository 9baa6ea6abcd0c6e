"""A crfsuite model file's weights, read straight from the binary file (no text dump).

The layout is crfsuite's own (``lib/crf/src/crf1d_model.c``, ``lib/cqdb/src/cqdb.c``): a
48-byte header (magic ``lCRF``, type ``FOMC``, the number of labels and attributes and the
offsets of five chunks); the features chunk ``FEAT`` (per feature: type, source, destination
as 32-bit integers, the weight as a 64-bit float; type 0 is a state feature, attribute to
label, type 1 a transition, label to label); two CQDB string tables (labels and attributes: a
backward array of record offsets, each record ``id, size, string, NUL``); and the reference
chunks ``LFRF``/``AFRF`` (per label or attribute, the number of its features and their ids).

`dumped_entries` gives what crfsuite's text dump lists, in the dump's order and with the dump's
weights (printed with ``%f``: six decimals), so that the constrained decoder built from it sums
the same floats as before, in a fraction of the time. What crfsuite's writer guarantees is
checked before it is trusted (the header's size is the file's, each chunk is where the header
says, each reference list lies inside the file and lists its owner's features, every feature is
listed once and goes to a known label, each string record is its id's and ends in its NUL): a
truncated, hostile or foreign file is a `ModelError` (the decoder then reads crfsuite's dump),
never a crash, a huge allocation or silently wrong weights.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING, Final

from citekit.errors import ModelError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["ModelEntries", "dumped_entries", "model_attributes"]

_HEADER: Final = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK: Final = 12  # chunk id, size, number of items
_FEATURE: Final = "<u4,<u4,<u4,<f8"  # type, source, destination, weight: 20 bytes, packed


class ModelEntries:
    """A model's transitions and state features as its dump lists them: transitions as
    (from label, to label, weight); state features as flat arrays in the dump's order (by
    attribute, then by the attribute's references), with each attribute's UTF-8 name."""

    def __init__(
        self,
        labels: list[str],
        transitions: list[tuple[str, str, float]],
        attributes: list[bytes],
        attribute: npt.NDArray[np.intp],
        label: npt.NDArray[np.intp],
        weight: npt.NDArray[np.float64],
    ) -> None:
        self.labels = labels
        self.transitions = transitions
        self.attributes = attributes  # by attribute id
        self.attribute = attribute  # each state feature's attribute id, in the dump's order
        self.label = label  # … its label's id
        self.weight = weight  # … its weight, as the dump prints it


def _strings(buffer: bytes, base: int, count: int) -> list[bytes]:
    """The strings of a CQDB table at `base`, by id (``id, size, string, NUL`` records)."""
    import numpy as np

    chunk, _size, _flag, order, backward_size, backward = struct.unpack_from(
        "<4sIIIII", buffer, base
    )
    if chunk != b"CQDB" or order != 0x62445371 or backward == 0 or backward_size < count:
        raise ValueError("a string table is not a CQDB table")
    raw = np.frombuffer(buffer, np.uint8)
    offsets = np.frombuffer(buffer, "<u4", count=count, offset=base + backward).astype(np.int64)
    at = base + offsets
    if (offsets == 0).any() or (at + 8 > len(buffer)).any():
        raise ValueError("a string of a CQDB table is missing or past the model's end")

    def word(where: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """The little-endian 32-bit integers at `where` (a record need not be aligned)."""
        found: npt.NDArray[np.int64] = sum(  # type: ignore[assignment]
            raw[where + k].astype(np.int64) << (8 * k) for k in range(4)
        )
        return found

    # crfsuite reads a record's string up to its NUL: a record that names another id, or
    # whose string runs past the model or lacks its NUL (or holds one), is none it wrote
    ends = at + 8 + word(at + 4) - 1
    if (word(at) != np.arange(count)).any() or (ends < at + 8).any():
        raise ValueError("a record of a CQDB table is not its id's")
    if (ends >= len(buffer)).any() or raw[ends].any():
        raise ValueError("a string of a CQDB table runs past its record")
    out = [buffer[start:end] for start, end in zip((at + 8).tolist(), ends.tolist(), strict=True)]
    if b"\0" in b"".join(out):
        raise ValueError("a string of a CQDB table holds a NUL")
    return out


def _dump_weights(weights: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Each weight as crfsuite's dump prints it (``%f``) and Python reads it back: the
    nearest float to the weight rounded to six decimals, halves to even. Computed as
    ``rint(w * 1e6) / 1e6`` (both steps correctly rounded), and with ``%f`` itself where
    ``w * 1e6`` lies too near a half for its product's rounding to be trusted."""
    import numpy as np

    scaled = weights * 1e6
    rounded: npt.NDArray[np.float64] = np.rint(scaled) / 1e6
    near = np.abs(np.abs(scaled - np.floor(scaled)) - 0.5) < 1e-6
    near |= ~(np.abs(scaled) < 2.0**50)  # huge, infinite or not a number
    for k in np.flatnonzero(near).tolist():
        rounded[k] = float(f"{float(weights[k]):f}")
    return rounded


def dumped_entries(model: str | Path | bytes) -> ModelEntries:
    """The transitions and state features of a crfsuite model (a file's path, or its bytes),
    as its text dump lists them (see the module's docstring); `ModelError` when it is not one
    crfsuite wrote: truncated, foreign or inconsistent."""
    import numpy as np

    name = "<model bytes>" if isinstance(model, bytes) else str(model)
    try:
        buffer = model if isinstance(model, bytes) else Path(model).read_bytes()
        head = _HEADER.unpack_from(buffer, 0)
        magic, size, kind, _version, _nf, n_labels, n_attrs, off_feat = head[:8]
        off_labels, off_attrs, off_labelrefs, off_attrrefs = head[8:]
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError("not a crfsuite CRF1d model")
        if size != len(buffer):
            raise ValueError(f"the header gives {size} bytes, the model has {len(buffer)}")
        chunk, _chunk_size, n_features = struct.unpack_from("<4sII", buffer, off_feat)
        if chunk != b"FEAT":
            raise ValueError("the features are not where the header says")
        features = np.frombuffer(buffer, _FEATURE, count=n_features, offset=off_feat + _CHUNK)
        ftype, source, target = (features[f].astype(np.intp) for f in ("f0", "f1", "f2"))
        weights = features["f3"].astype(np.float64)
        labels = [s.decode() for s in _strings(buffer, off_labels, n_labels)]

        def references(base: int, chunk: bytes, count: int) -> npt.NDArray[np.intp]:
            """The feature ids a reference chunk lists, owner after owner, in order; each
            owner must be the source of the features it lists."""
            if buffer[base : base + 4] != chunk:
                raise ValueError(f"the {chunk.decode()} chunk is not where the header says")
            words = np.frombuffer(buffer, "<u4", count=(len(buffer) - base) // 4, offset=base)
            offsets = np.frombuffer(buffer, "<u4", count=count, offset=base + _CHUNK)
            offsets = offsets.astype(np.intp) - base
            if (offsets % 4).any() or (offsets < _CHUNK).any():
                raise ValueError("a feature reference is not where the chunk's words are")
            at = offsets // 4
            sizes = words[at].astype(np.intp)
            # bounded before anything is allocated: each list lies inside the file, and all
            # together name no more features than the file has
            if (at + 1 + sizes > len(words)).any() or int(sizes.sum()) > n_features:
                raise ValueError("a feature reference list runs past the model")
            ends = np.cumsum(sizes)
            index = np.arange(int(ends[-1]) if count else 0) + np.repeat(
                at + 1 - (ends - sizes), sizes
            )
            found: npt.NDArray[np.intp] = words[index].astype(np.intp)
            if (found >= n_features).any():
                raise ValueError("a feature reference names no feature")
            if (source[found] != np.repeat(np.arange(count), sizes)).any():
                raise ValueError("a feature reference names another owner's feature")
            return found

        moves = references(off_labelrefs, b"LFRF", n_labels)
        states = references(off_attrrefs, b"AFRF", n_attrs)
        if (ftype[moves] != 1).any() or (ftype[states] != 0).any():
            raise ValueError("a feature reference names a feature of the wrong kind")
        if (target[moves] >= n_labels).any() or (target[states] >= n_labels).any():
            raise ValueError("a feature goes to a label the model lacks")
        if (
            len(moves) + len(states) != n_features
            or not np.bincount(np.concatenate([moves, states]), minlength=n_features).all()
        ):
            raise ValueError("the references do not name each feature once")
        printed = _dump_weights(weights)
        transitions = [
            (labels[a], labels[b], w)
            for a, b, w in zip(
                source[moves].tolist(), target[moves].tolist(), printed[moves].tolist(), strict=True
            )
        ]
        attributes = _strings(buffer, off_attrs, n_attrs)
    except (OSError, struct.error, ValueError, IndexError, UnicodeDecodeError) as exc:
        raise ModelError(name, f"not a readable crfsuite model: {exc}") from exc
    return ModelEntries(
        labels, transitions, attributes, source[states], target[states], printed[states]
    )


def model_attributes(model: bytes) -> list[bytes]:
    """The attributes a crfsuite model's bytes name (its CQDB table of attribute strings, the
    one crfsuite looks each feature up in); `ModelError` when it is not a model crfsuite wrote."""
    try:
        head = _HEADER.unpack_from(model, 0)
        magic, size, kind, n_attrs, off_attrs = head[0], head[1], head[2], head[6], head[9]
        if magic != b"lCRF" or kind != b"FOMC" or size != len(model):
            raise ValueError("not a crfsuite CRF1d model")
        return _strings(model, off_attrs, n_attrs)
    except (struct.error, ValueError, IndexError) as exc:
        raise ModelError("<model bytes>", f"not a readable crfsuite model: {exc}") from exc
