"""GOST's host cited under its own author's heading: `Лихачев Д. С. Предисловие // Гумилев Л.
Н. Древняя Русь и Великая степь. М., 1989`, `Иванов В. В. Миф // Топоров В. Н. Мировое
древо. М., 2010`. The names right after `//`, a family with its initials (or the initials
first), closed by their period and followed by a capitalised word, are the host's authors:
no author of the part and no word of the host's title. The sentence after them is the host's
title, and the words between the part's author and `//` are the part's title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["host_heading"]

_NAMES: Final = 4  # the host's authors at most
_INITIALS: Final = 2  # initials of a name at most
_FAMILY: Final = 3  # letters of a family name at least (no initial)
_TITLES: Final = frozenset({"title", "container-title", "author", "editor", "translator"})


def _slashes(tokens: list[Token]) -> int | None:
    """The first token of the note's `//` (two slashes written together), None if none."""
    for k in range(len(tokens) - 1):
        if tokens[k].text == "/" == tokens[k + 1].text and tokens[k + 1].start == tokens[k].end:
            return k
    return None


def _initial(tokens: list[Token], k: int) -> bool:
    """Whether token k is an initial with its period (`Н.`, `Ch.`, `Дж.`; not `IV.`)."""
    word = tokens[k].text
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].text == "."
        and word.isalpha()
        and word[0].isupper()
        and (len(word) == 1 or (len(word) == 2 and word[1].islower()))
    )


def _family(tokens: list[Token], k: int) -> bool:
    """Whether token k is a capitalised word of three letters or more (`Гумилев`)."""
    word = tokens[k].text.replace("-", "")
    return word.isalpha() and word[0].isupper() and len(word) >= _FAMILY


def _initials_end(tokens: list[Token], k: int) -> int:
    """The end of one or two initials from token k (k when there are none)."""
    end = k
    while end - k < 2 * _INITIALS and end < len(tokens) and _initial(tokens, end):
        end += 2
    return end


def _name_end(tokens: list[Token], k: int) -> int | None:
    """The end of a name written with initials from token k, past its period: `Гумилев Л. Н.`
    or `Л. Н. Гумилев.`; None when no such name opens there."""
    if k >= len(tokens):
        return None
    if _family(tokens, k) and not _initial(tokens, k):
        end = _initials_end(tokens, k + 1)
        return end if end > k + 1 else None
    end = _initials_end(tokens, k)
    if end == k or end >= len(tokens) - 1 or not _family(tokens, end):
        return None
    return end + 2 if tokens[end + 1].text == "." else None


def _names_end(tokens: list[Token], k: int) -> int | None:
    """The end of the host's authors from token k: names with initials, commas between them,
    followed by the host title's capitalised first word; None otherwise."""
    end = None
    for _ in range(_NAMES):
        close = _name_end(tokens, k)
        if close is None:
            break
        end = close
        if close < len(tokens) and tokens[close].text == ",":
            k = close + 1
            continue
        break
    if end is None or end >= len(tokens) or not tokens[end].text[:1].isupper():
        return None
    return end


def host_heading(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a GOST host's own authors set apart and its title read (see the module)."""
    if "/" not in text_set(tokens) or not found or found[0][0] != "author":
        return found  # no slash, or no author heading the part (at C speed)
    slashes = _slashes(tokens)
    if slashes is None or slashes <= found[0][2]:
        return found
    e = _names_end(tokens, slashes + 2)
    if e is None:
        return found
    host = next((run for run in found if run[1] <= e < run[2]), None)
    if host is None or host[0] not in _TITLES or (host[0] == "title" and host[1] < e):
        return found
    # the host's title ends where its run ends, or at its first period when a name took it
    stop = host[2]
    if host[0] != "container-title":
        stop = next((k for k in range(e, host[2]) if tokens[k].text == "."), host[2])
    out = painted(found, (OTHER, slashes + 2, e))
    out = painted(out, ("container-title", e, stop))
    out = [run for run in sorted(out, key=lambda r: r[1]) if run[1] < run[2]]
    if not any(run[0] == "title" and run[2] <= slashes for run in out):
        out = _part_title(tokens, out, slashes)
    return out


def _part_title(tokens: list[Token], found: list[Run], slashes: int) -> list[Run]:
    """`found` with the words between the part's author and `//` read as the part's title, when
    the model gave them no field."""
    a = found[0][2]
    while a < slashes and tokens[a].text in {".", ","}:
        a += 1
    if a >= slashes or not tokens[a].text[:1].isupper():
        return found
    if any(run[0] != OTHER for run in found if a <= run[1] < slashes):
        return found
    return sorted(painted(found, ("title", a, slashes)), key=lambda r: r[1])
