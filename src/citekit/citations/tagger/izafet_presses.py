"""An Ottoman press named with the Persian izafet: `Matbaa-i Osmaniye`, `Matbaa-i Âmire`,
`Matbaa-yı Âmire`. A publisher's word joined by its `-i` to the name after it is one
publisher, no place (`Osmaniye` is the press's name), after its comma or its place's colon
(`İstanbul: Matbaa-i Osmaniye, 1306`); the izafet's names before it that the
model read as names (`Salname-i Devlet-i Aliyye-i Osmaniye, Matbaa-i Âmire, 1290.`) are the
work's title when the note has none. Any izafet chain is one name whatever its field: a title's
chain (`Tevârîh-i Âl-i Osman`, `Tezkire-i Şuarâ`) is never cut at its hyphens, so a chain the
title reaches is the title's whole."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, glued_to_previous, text_set
from citekit.languages import shipped_words

__all__ = ["izafet_press", "izafet_title"]

_HEAD: Final = frozenset({"author", OTHER})
_BEFORE: Final = frozenset({",", ":"})  # `…, Matbaa-i Âmire`, `İstanbul: Matbaa-i Osmaniye`


@functools.cache
def _izafet() -> frozenset[str]:
    """The izafet's suffixes after a hyphen (`[words] izafet`: `-i`, `-ı`, `-yı`, `-ü`)."""
    return frozenset(shipped_words("izafet"))


def _year(word: str) -> bool:
    """Whether `word` is a year as a press's imprint writes it (`1309`, Hijri or Rumi too)."""
    return word.isdecimal() and len(word) == 4


def _chained(tokens: list[Token]) -> bool:
    """Whether the note holds a hyphen and an izafet's suffix at all (each chain's link is
    both): a note without is passed at once (most notes)."""
    texts = text_set(tokens)
    return "-" in texts and not texts.isdisjoint(_izafet())


def _joined_end(tokens: list[Token], k: int) -> int:
    """Where the izafet chain that token `k` opens ends (`Matbaa-i Âmire` -> after `Âmire`);
    `k` when none opens there."""
    end = k
    while (
        end + 3 < len(tokens)
        and tokens[end + 1].text == "-"
        and tokens[end + 2].text in _izafet()
        and tokens[end + 3].text[:1].isupper()
        # `-i` glued, a space after
        and all(glued_to_previous(tokens, i) for i in (end + 1, end + 2))
    ):
        end += 3
    return end


def izafet_press(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a press's izafet name read as the one publisher (module docstring)."""
    if not _chained(tokens):
        return found
    k = next(
        (
            k
            for k in range(1, len(tokens) - 3)
            if "publisher" in marks[k] and tokens[k + 1].text == "-" and _joined_end(tokens, k) > k
        ),
        None,
    )
    if k is None or tokens[k - 1].text not in _BEFORE:
        return found  # the press stands after its comma or its place's colon (most notes have none)
    e = _joined_end(tokens, k) + 1
    out = painted(found, ("publisher", k, e))
    dated = e + 1 < len(tokens) and tokens[e].text == "," and _year(tokens[e + 1].text)
    if dated and "issued" not in (run[0] for run in out):  # `Matbaa-i Osmaniye, 1309`
        out = painted(out, ("issued", e + 1, e + 2))
    if any(run[0] == "title" for run in out):
        return out
    head = [run for run in out if run[2] <= k - 1]
    if head and all(run[0] in _HEAD for run in head) and head[0][0] == "author":
        out = painted(out, ("title", head[0][1], head[-1][2]))
    return out


def izafet_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with each izafet chain that a title run reaches made the title's whole
    (`Âşıkpaşazâde, Tevârîh-i Âl-i Osman, II`: the model's cut at `-i` undone)."""
    out = found
    if not _chained(tokens):
        return out
    k = 0
    while k < len(tokens) - 3:
        end = _joined_end(tokens, k)
        if end == k or (k and tokens[k].start == tokens[k - 1].end):
            k += 1
            continue
        touched = [run for run in out if run[1] <= end and run[2] > k]
        if any(run[0] == "title" for run in touched) and len(touched) > 1:
            out = painted(out, ("title", k, end + 1))
        k = end + 1
    return out
