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
the same floats as before, in a fraction of the time.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING

from citekit.errors import ModelError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["ModelEntries", "dumped_entries"]

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = 12  # chunk id, size, number of items
_FEATURE = "<u4,<u4,<u4,<f8"  # type, source, destination, weight: 20 bytes, packed


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
    chunk, _size, _flag, order, backward_size, backward = struct.unpack_from(
        "<4sIIIII", buffer, base
    )
    if chunk != b"CQDB" or order != 0x62445371 or backward == 0 or backward_size < count:
        raise ValueError("a string table is not a CQDB table")
    offsets = struct.unpack_from(f"<{count}I", buffer, base + backward)
    out: list[bytes] = []
    for offset in offsets:
        start = base + offset + 8
        (size,) = struct.unpack_from("<I", buffer, base + offset + 4)
        out.append(buffer[start : start + size - 1])
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


def dumped_entries(path: str | Path) -> ModelEntries:
    """The transitions and state features of the crfsuite model file at `path`, as its text
    dump lists them (see the module's docstring); `ModelError` when it is not one."""
    import numpy as np

    try:
        buffer = Path(path).read_bytes()
        head = _HEADER.unpack_from(buffer, 0)
        magic, _size, kind, _version, _nf, n_labels, n_attrs, off_feat = head[:8]
        off_labels, off_attrs, off_labelrefs, off_attrrefs = head[8:]
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError("not a crfsuite CRF1d model")
        (n_features,) = struct.unpack_from("<I", buffer, off_feat + 8)
        features = np.frombuffer(buffer, _FEATURE, count=n_features, offset=off_feat + _CHUNK)
        ftype, source, target = (features[f].astype(np.intp) for f in ("f0", "f1", "f2"))
        weights = features["f3"].astype(np.float64)
        labels = [s.decode() for s in _strings(buffer, off_labels, n_labels)]

        def references(base: int, count: int) -> npt.NDArray[np.intp]:
            """The feature ids a reference chunk lists, owner after owner, in order."""
            words = np.frombuffer(buffer, "<u4", count=(len(buffer) - base) // 4, offset=base)
            offsets = np.frombuffer(buffer, "<u4", count=count, offset=base + _CHUNK) - base
            if (offsets % 4).any():
                raise ValueError("a feature reference is not where the chunk's words are")
            at = offsets // 4
            sizes = words[at].astype(np.intp)
            ends = np.cumsum(sizes)
            index = np.arange(int(ends[-1]) if count else 0) + np.repeat(
                at.astype(np.intp) + 1 - (ends - sizes), sizes
            )
            found: npt.NDArray[np.intp] = words[index].astype(np.intp)
            return found

        moves = references(off_labelrefs, n_labels)
        states = references(off_attrrefs, n_attrs)
        if (ftype[moves] != 1).any() or (ftype[states] != 0).any():
            raise ValueError("a feature reference names a feature of the wrong kind")
        printed = _dump_weights(weights)
        transitions = [
            (labels[a], labels[b], w)
            for a, b, w in zip(
                source[moves].tolist(), target[moves].tolist(), printed[moves].tolist(), strict=True
            )
        ]
        attributes = _strings(buffer, off_attrs, n_attrs)
    except (OSError, struct.error, ValueError, IndexError, UnicodeDecodeError) as exc:
        raise ModelError(str(path), f"not a readable crfsuite model: {exc}") from exc
    return ModelEntries(
        labels, transitions, attributes, source[states], target[states], printed[states]
    )
