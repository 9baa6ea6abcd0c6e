"""Titles that are a number or end in one: `Orwell, George. 1984. London: Secker & Warburg,
1949.`, `Оруэлл Дж. 1984. – М.: АСТ, 2020.`, `Yaşar Kemal, İnce Memed 1, İstanbul: …`. A
number alone as the sentence after the author's, with the imprint's own year later, is the
work's name, no date; a number after the title that no field took is the title's last word."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, decimal_set

__all__ = ["number_title"]

_HEAD: Final = frozenset({"author", "title", OTHER})
_IMPRINT: Final = frozenset({"publisher", "publisher-place"})
_MAX_NAME: Final = 8  # tokens of the author's name at most (`Orwell , George`, `Оруэлл Дж`)
_MAX_DIGITS: Final = 4
_NAME_WORDS: Final = 3  # words of the author's name at most (`García Márquez, Gabriel`)


def _numbered_sentence(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """`found` with a number standing alone after the opening name read as the title."""
    a = next((k for k in range(2, min(len(tokens) - 1, _MAX_NAME + 2)) if _alone(tokens, k)), None)
    if a is None or any(t.text[:1].isdecimal() for t in tokens[: a - 1]):
        return None
    if sum(t.text.isalpha() for t in tokens[: a - 1]) > _NAME_WORDS:
        return None  # `Толстой Л. Н. Собрание сочинений. 5.`: a title's before the number
    b = a + 1
    if any(run[0] not in _HEAD for run in found if run[1] < a):
        return None
    if any(run[0] not in ("issued", OTHER) for run in found if run[1] <= a < run[2]):
        return None  # the model's year or no field: never a title's or a name's number
    after = [run for run in found if run[1] > a]
    rest = [run[0] for run in after]
    if _IMPRINT.isdisjoint(rest) or "issued" not in rest or "title" in rest:
        return None  # the imprint with its own year names the date
    head = (OTHER, b, after[0][1]) if after and after[0][1] > b else None
    return [
        ("author", 0, a - 1),
        (OTHER, a - 1, a),
        ("title", a, b),
        *([head] if head else []),
        *after,
    ]


def _alone(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a number standing as a sentence of its own (`. 1984.`)."""
    return (
        tokens[k].text.isdecimal()
        and tokens[k - 1].text == "."
        and k + 1 < len(tokens)
        and tokens[k + 1].text == "."
    )


def _number_ends_title(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """`found` with a number no field took, right after the title and before its comma or
    period, read as the title's last word (`İnce Memed 1,`)."""
    for j, (label, a, b) in enumerate(found[:-1]):
        if label != "title":
            continue
        nxt = found[j + 1]
        if nxt[0] != OTHER or nxt[1] != b or b + 1 >= len(tokens):
            return None
        number = tokens[b].text
        if not number.isdecimal() or len(number) >= _MAX_DIGITS or tokens[b + 1].text not in ",.":
            return None
        if tokens[b].start == tokens[b - 1].end:
            return None  # glued to the word before: no word of its own
        out = [*found[:j], ("title", a, b + 1)]
        if b + 1 < nxt[2]:
            out.append((OTHER, b + 1, nxt[2]))
        return [*out, *found[j + 2 :]]
    return None


def number_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a numbered title read whole (module docstring)."""
    if not decimal_set(tokens):
        return found  # no number in the note (one look-up)
    return _numbered_sentence(tokens, found) or _number_ends_title(tokens, found) or found
