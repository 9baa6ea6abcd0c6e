"""A document's kind named alone: `Конституция Республики Казахстан (принята …). — Алматы,
2015`, `Türkiye Cumhuriyeti Anayasası, Resmî Gazete, …`. A law's kind (`Закон Республики
Казахстан`) is its genre when a title follows in quotes; with no title in the note, the kind
names the document and is its title."""

from __future__ import annotations

from collections.abc import Sequence

from citekit.citations.tagger.align import Run, run_label

__all__ = ["genre_alone"]


def genre_alone(found: Sequence[Run]) -> list[Run]:
    """`found` with its one genre run read as the title when no run is a title."""
    labels = list(map(run_label, found))
    if "title" in labels or labels.count("genre") != 1:
        return list(found)
    j = labels.index("genre")
    return [*found[:j], ("title", found[j][1], found[j][2]), *found[j + 1 :]]
