"""İSNAD's bibliography writes a part of a book with the part's numbers between its host and
the imprint: `Author. “Part”. Host. ed. Names. 9/415-460. Place: Publisher, Year.` (İSNAD 2,
a chapter: the host's editors after their role word, then the volume and pages, `Cilt/Sayfa`,
or the pages alone, each a sentence of its own). Between the part's quoted title and the
numbers, the words up to a role word that opens a sentence (`ed.`, `haz.`, `çev.`) are the
host's name and those after it the host's editors or translators (a closing `vd.` is no
name); the numbers are the volume and the pages, never the host's."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.roles import ROLES
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.languages import shipped_words

__all__ = ["part_numbers"]

_QUOTE_MARKS: Final = frozenset(QUOTES) | frozenset(QUOTES.values())


@functools.cache
def _et_al() -> frozenset[str]:
    """The words for "and others" a list closes with, as tokens (`vd`, `al`)."""
    return frozenset(w.rstrip(".").split()[-1] for w in shipped_words("et_al"))


def _numbers(tokens: list[Token], end: int) -> tuple[int, int | None] | None:
    """Where a sentence of numbers that closes at token `end` (its period) starts, and the
    token of its volume's slash (`9/415-460.`), or None (`415-460.`); None if it is none."""
    k = end - 1
    if k < 3 or not tokens[k].text.isdigit() or tokens[k - 1].text not in DASHES:
        return None
    k -= 2
    if not tokens[k].text.isdigit():
        return None
    slash = None
    if tokens[k - 1].text == "/" and tokens[k - 2].text.isdigit():
        slash = k - 1
        k -= 2
    return (k, slash) if tokens[k - 1].text == "." else None


def part_numbers(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an İSNAD bibliography's host, its editors and the part's volume and pages
    read between the part's quoted title and `Place: Publisher`."""
    labels = [run[0] for run in found]
    if "title" not in labels or "publisher-place" not in labels or "publisher" not in labels:
        return found
    t, p = labels.index("title"), labels.index("publisher-place")
    _, _, tb = found[t]
    pa = found[p][1]
    if p < t or pa < 2 or tokens[pa - 1].text != "." or (got := _numbers(tokens, pa - 1)) is None:
        return found
    start, slash = got
    h = tb
    while h < start and not tokens[h].text.isalnum():
        h += 1
    marks_between = "".join(tk.text for tk in tokens[tb:h])
    if not marks_between.endswith(".") or not set(marks_between) <= _QUOTE_MARKS | {"."}:
        return found  # `“Part”. Host`: the part's title is quoted, then its own sentence
    if not any(c in _QUOTE_MARKS for c in marks_between) or h >= start - 1:
        return found
    host_end, role, names = start - 1, "", (start - 1, start - 1)
    for r in range(h + 1, start - 2):
        found_roles = [label for mark, label in ROLES.items() if mark in marks[r]]
        if found_roles and tokens[r - 1].text == "." and tokens[r + 1].text == ".":
            host_end, role = r - 1, found_roles[0]
            e = start - 1
            if tokens[e - 1].text in _et_al():
                e -= 1
            names = (r + 2, e)
            break
    if host_end <= h or (role and names[0] >= names[1]):
        return found
    if any(marks[k] & ROLES.keys() for k in range(h, host_end)):
        return (
            found  # a role word the host opens with (`çev. X. Host`) or one not opening a sentence
        )
    runs: list[Run] = [*found[: t + 1], (OTHER, tb, h), ("container-title", h, host_end)]
    if role:
        runs += [(OTHER, host_end, names[0]), (role, *names), (OTHER, names[1], start)]
    else:
        runs.append((OTHER, host_end, start))
    if slash is not None:
        runs += [("volume", start, slash), (OTHER, slash, slash + 1)]
    page_start = start if slash is None else slash + 1
    runs += [("page", page_start, pa - 1), (OTHER, pa - 1, pa), *found[p:]]
    return runs
