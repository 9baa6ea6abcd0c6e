"""An edition named by its kind alone. `(Rev. ed.)`, `Revised edn.`, `Revised and Expanded
ed.` give no number: the qualifying words before the edition's word (`[words]
edition_kind`) are the edition (`Rev.`), never the title's last words nor no field's; so is an
ordinal spelled out (`Second edition`, `İkinci baskı`: `[words] edition_ordinal`), and a bracket
of them the model took for a host (APA's `Title (Revised and expanded ed.). Publisher.`, whose
last name is then the publisher). The kind words between an edition's number and its word are
the edition's with the number (`2nd rev. ed.` -> `2nd rev.`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import LONG_DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = ["abbreviated_kind", "kind_after_number", "kind_only_edition", "number_and_kind"]

_FREE: Final = frozenset({OTHER, "title"})  # the labels the kind's words may have had
_CLOSERS: Final = LONG_DASHES | {".", ",", ";", ")", "]"}  # what may close an edition
_BRACKETED: Final = frozenset({*_FREE, "container-title"})  # … inside a bracket of their own


@functools.cache
def _kinds() -> frozenset[str]:
    """The edition's kind words as tokens read them (`Rev.` -> `Rev`)."""
    words = shipped_words("edition_kind") | shipped_words("edition_ordinal")
    return frozenset(p.rstrip(".") for w in words for p in w.split())


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
    label_at = labels_at(found, len(tokens))
    for k in range(1, len(tokens)):
        if "Bedition" not in marks[k] or tokens[k].text in kinds:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].text not in _CLOSERS:
            continue  # `Title: Second Edition Revised: …`: the words go on, a title's own
        j = k - 1 if tokens[k - 1].text == "." else k
        start = j
        while start > 0 and tokens[start - 1].text in kinds:
            start -= 1
        while start < j and tokens[start].text in joins:
            start += 1
        if start == j or start == 0:
            continue
        # … or after the host's comma (`in The Encyclopaedia of Islam, new ed., ed. …`)
        free = _BRACKETED if tokens[start - 1].text in ("(", ",") else _FREE
        if any(label not in free for label in label_at[start:k]):
            continue
        if tokens[start - 1].text not in "(.,;:?!" and label_at[start - 1] == "title":
            continue  # `A Revised Edition of …` inside a title: a title's words
        if label_at[start] == "title" and label_at[start - 1] != "title":
            continue  # a title that opens with the word is the title's
        end = j + 1 if j < k else j  # the last kind word's period with it
        out = painted(found, ("edition", start, end))
        out = painted(out, (OTHER, end, k)) if end < k else out
        if "container-title" not in label_at[start:k] or tokens[start - 1].text == ",":
            return out
        return _publisher_after(_title_before(out, start - 1), end)
    return found


def _title_before(found: list[Run], bracket: int) -> list[Run]:
    """`found` with a host's run that ends at the edition's bracket (`A history of | Inner Asia
    (`), right after the title's, read as the title's end: a bracket of an edition follows
    its book's title."""
    j = next(
        (i for i, r in enumerate(found) if r[0] == "container-title" and r[2] == bracket + 1), None
    )
    if j is None or j == 0 or found[j - 1][0] != "title" or found[j - 1][2] != found[j][1]:
        return found
    a = found[j - 1][1]
    return [*found[: j - 1], ("title", a, bracket), (OTHER, bracket, bracket + 1), *found[j + 1 :]]


def _publisher_after(found: list[Run], end: int) -> list[Run]:
    """`found` with the host's run closing the note after a bracketed edition read as the
    publisher: APA's book gives its edition after its title, its publisher last (`Title
    (Revised ed.). Carnegie Endowment.`)."""
    named = [i for i, run in enumerate(found) if run[0] != OTHER and run[1] >= end]
    if len(named) != 1 or found[named[0]][0] != "container-title":
        return found
    _, a, b = found[named[0]]
    return [*found[: named[0]], ("publisher", a, b), *found[named[0] + 1 :]]


def number_and_kind(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the edition's run a..b closes with kind words after its number (`2nd rev.`):
    then the run as written is the edition."""
    k = b - 1 if b - 1 > a and tokens[b - 1].text == "." else b
    return k > a + 1 and tokens[k - 1].text in _kinds() and tokens[a].text[:1].isdecimal()


def kind_after_number(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the kind words between an edition's number and its word (`2nd rev. ed.`,
    `3rd revised edition`) taken into the edition's run."""
    for label, a, b in found:
        if label != "edition" or b >= len(tokens) or not tokens[a].text[:1].isdecimal():
            continue
        kinds, k = _kinds(), b
        while k < len(tokens) and (tokens[k].text in kinds or (k > b and tokens[k].text == ".")):
            k += 1
        if k == b or k >= len(tokens) or "Bedition" not in marks[k]:
            return found
        return painted(found, ("edition", a, k))
    return found


@functools.cache
def _abbreviated() -> frozenset[str]:
    """The kind words the language files write with their period (`Rev.`, `enl.`)."""
    return frozenset(w for w in shipped_words("edition_kind") if w.endswith("."))


def abbreviated_kind(tokens: list[Token], b: int, value: str) -> str:
    """`value`, an edition read up to token `b`, with its abbreviated kind word's period
    (`Rev. ed.` -> `Rev.`, not `Rev`): the period is the word's, not the sentence's."""
    last = value.split()[-1] if value.split() else ""
    if f"{last}." not in _abbreviated() or value.endswith("."):
        return value
    glued = b < len(tokens) and tokens[b].text == "." and tokens[b].start == tokens[b - 1].end
    return f"{value}." if glued or tokens[b - 1].text == "." else value
