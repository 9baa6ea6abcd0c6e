"""An edition named by its kind alone. `(Rev. ed.)`, `Revised edn.`, `Revised and Expanded
ed.` give no number: the qualifying words before the edition's word (`[words]
edition_kind`) are the edition (`Rev.`), never the title's last words nor no field's."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["kind_only_edition"]

_FREE: Final = frozenset({OTHER, "title"})  # the labels the kind's words may have had


@functools.cache
def _kinds() -> frozenset[str]:
    """The edition's kind words as tokens read them (`Rev.` -> `Rev`)."""
    return frozenset(p.rstrip(".") for w in shipped_words("edition_kind") for p in w.split())


@functools.cache
def _joins() -> frozenset[str]:
    """The languages' "and" words (`[words] and`): they join two kinds, never open one."""
    return frozenset(shipped_words("and_"))


@functools.cache
def _openers() -> frozenset[str]:
    """The kind words that may open an edition's kind (all but the "and" words)."""
    return _kinds() - _joins()


def kind_only_edition(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the kind words before an edition's word, no number between, read as the
    edition when no run is the edition yet (`Travels in Central Asia (Rev. ed.)`)."""
    if text_set(tokens).isdisjoint(_openers()):
        return found  # most notes (at C speed): no kind word
    kinds, joins = _kinds(), _joins()
    if "edition" in (run[0] for run in found):
        return found
    label_at = [OTHER] * len(tokens)
    for label, a, b in found:
        label_at[a:b] = [label] * (b - a)
    for k in range(1, len(tokens)):
        if "Bedition" not in marks[k] or tokens[k].text in kinds:
            continue
        j = k - 1 if tokens[k - 1].text == "." else k
        start = j
        while start > 0 and tokens[start - 1].text in kinds:
            start -= 1
        while start < j and tokens[start].text in joins:
            start += 1
        if start == j or start == 0:
            continue
        if any(label not in _FREE for label in label_at[start:k]):
            continue
        if tokens[start - 1].text not in "(.,;:?!" and label_at[start - 1] == "title":
            continue  # `A Revised Edition of …` inside a title: a title's words
        if label_at[start] == "title" and label_at[start - 1] != "title":
            continue  # a title that opens with the word is the title's
        end = j + 1 if j < k else j  # the last kind word's period with it
        out = painted(found, ("edition", start, end))
        return painted(out, (OTHER, end, k)) if end < k else out
    return found
