"""GOST's host written by the part's own authors: `Маркс К., Энгельс Ф. Манифест … //
Маркс К., Энгельс Ф. Соч. 2-е изд. Т. 4`. The names right after `//` that repeat the heading's
names, in its order, are the host's authors (the same persons, never the host's title), and
the title that follows them is the host's, not a second title of the part."""

from __future__ import annotations

from typing import Final

from citekit._text import unmixed_word
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["abbreviation_in_host", "repeated_host_authors"]

_AUTHOR: Final = "author"


def _slashes(tokens: list[Token], start: int) -> int | None:
    """The first token of the note's `//` (two slashes written together) from `start`."""
    for k in range(start, len(tokens) - 1):
        if tokens[k].text == "/" == tokens[k + 1].text and tokens[k + 1].start == tokens[k].end:
            return k
    return None


def _repeats(tokens: list[Token], names: list[Run], k: int) -> list[Run]:
    """The runs of the heading's `names` written again, in order, from token `k` (commas
    between them): as many as are repeated, [] when the first is not."""
    out: list[Run] = []
    for _, a, b in names:
        if k < len(tokens) and tokens[k].text == "," and out:
            k += 1
        width = b - a
        # the same words, a look-alike letter of the other alphabet read as its twin
        # (`Топоров … // Топоpов`: a Latin `p` typed in the repeat)
        if [unmixed_word(t.text) for t in tokens[k : k + width]] != [
            unmixed_word(t.text) for t in tokens[a:b]
        ]:
            break
        out.append((_AUTHOR, k, k + width))
        k += width
    return out


def repeated_host_authors(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the heading's names repeated after `//` read as the authors again, and the
    title after them as the host's title (a title before `//` is the part's)."""
    if "/" not in text_set(tokens) or not found or found[0][0] != _AUTHOR:
        return list(found)  # no slash, or no heading name (at C speed)
    names = []
    for run in found:
        if run[0] == _AUTHOR:
            names.append(run)
        elif run[0] != OTHER:
            break
    slashes = _slashes(tokens, names[-1][2])
    if slashes is None or not any(r[0] == "title" and r[2] <= slashes for r in found):
        return list(found)
    repeated = _repeats(tokens, names, slashes + 2)
    if not repeated:
        return list(found)
    e = repeated[-1][2]
    if e >= len(tokens) or not (tokens[e].text[:1].isupper() or tokens[e].text[:1] in '«"'):
        return list(found)  # no host's title after the names
    out = painted(found, (OTHER, slashes + 2, e))
    for run in repeated:
        out = painted(out, run)
    out = [run for run in sorted(out, key=lambda r: r[1]) if run[1] < run[2]]
    for j, (label, a, b) in enumerate(out):
        if a == e and label == "title":
            out[j] = ("container-title", a, b)
        if a >= e:
            break
    return out


def abbreviation_in_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an abbreviated word of a host's description after `//` that the model read
    as an author (`// Культурное наследие : материалы Республ. науч.-практ. конф.`) read as no
    field: a word whose period a word in small letters follows names no person."""
    if "/" not in text_set(tokens):
        return found
    slashes = _slashes(tokens, 0)
    if slashes is None:
        return found
    out = list(found)
    hosted = False
    for j, (label, a, b) in enumerate(found):
        hosted = hosted or (label == "container-title" and a > slashes)
        if label != _AUTHOR or not hosted or b - a != 1 or b + 1 >= len(tokens):
            continue
        after = tokens[b + 1].text
        if tokens[b].text == "." and after.isalpha() and after.islower():
            out[j] = (OTHER, a, b)
    return out
