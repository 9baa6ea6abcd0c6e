"""A journal's name before Vancouver's and AMA's numbers. `Title. JAMA. 2020;323(5):441-449.`:
the sentence between a title and a year that `;` glues to its volume is the journal's name,
however short (`JAMA`, `BMJ`, `Lancet`), when the model left it no field's."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["vancouver_journal"]

_MAX_WORDS: Final = 8  # words of a journal's name at most


def _numbers_after(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether the year run `j` is followed by `;` glued to it and a volume (`2020;323`)."""
    _, _, b = found[j]
    if b + 1 >= len(tokens) or tokens[b].text != ";" or tokens[b].start != tokens[b - 1].end:
        return False
    return j + 2 < len(found) and found[j + 2][0] == "volume" and found[j + 2][1] == b + 1


def _name(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The journal's words in an unlabelled run `a:b` written `. Name .` (its tokens)."""
    start, end = a, b
    while start < end and tokens[start].text in ".,":
        start += 1
    while end > start and tokens[end - 1].text in ".,":
        end -= 1
    words = [t for t in tokens[start:end] if t.text.isalpha()]
    if not words or len(words) > _MAX_WORDS or not words[0].text[:1].isupper():
        return None
    if any(not (t.text.isalpha() or t.text in ".&-") for t in tokens[start:end]):
        return None
    return start, end


def vancouver_journal(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the unlabelled sentence between a title and Vancouver's `Year;Volume` read
    as the journal when the note has no host."""
    if ";" not in {t.text for t in tokens} or any(r[0] == "container-title" for r in found):
        return found  # no `;`, or a host already (the common case)
    for j in range(2, len(found)):
        if found[j][0] != "issued" or not _numbers_after(tokens, found, j):
            continue
        label, a, b = found[j - 1]
        if label != OTHER or found[j - 2][0] != "title":
            return found
        name = _name(tokens, a, b)
        if name is None:
            return found
        s, e = name
        runs: list[Run] = [(OTHER, a, s)] if a < s else []
        runs.append(("container-title", s, e))
        if e < b:
            runs.append((OTHER, e, b))
        return [*found[: j - 1], *runs, *found[j:]]
    return found
