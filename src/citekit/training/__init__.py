"""Labelled training data for the note tagger: CSL items written out with the variable behind
each span, by hand-written families (GOST, İSNAD, Wikipedia's cite templates, DergiPark's
exports, archives, laws …, mixed by `WEIGHTS`) and by CSL styles through the instrumented
engine. ``python -m citekit.training --n 1000 --seed 1 --out notes.jsonl``."""

from citekit.training.samples import (
    FAMILIES,
    LABELS,
    WEIGHTS,
    Sample,
    StyleSet,
    generate,
    generate_samples,
)

__all__ = ["FAMILIES", "LABELS", "WEIGHTS", "Sample", "StyleSet", "generate", "generate_samples"]
