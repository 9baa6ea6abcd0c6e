"""Labelled training data for the note tagger: CSL items written out with the variable behind
each span, by hand-written families (GOST, İSNAD, Word's APA, ANKASAM …) and, later, the CSL
engine. ``python -m citekit.training.generate --n 1000 --seed 1 --out notes.jsonl``."""

from citekit.training.samples import (
    FAMILIES,
    LABELS,
    Sample,
    StyleSet,
    generate,
    generate_samples,
)

__all__ = ["FAMILIES", "LABELS", "Sample", "StyleSet", "generate", "generate_samples"]
