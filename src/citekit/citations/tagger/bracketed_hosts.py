"""GOST's host stands after `//`. A bracketed clause before the `//` (`Конституция Российской
Федерации (принята всенародным голосованием 12.12.1993 с изменениями, одобренными в ходе
общероссийского голосования 01.07.2020) // Российская газета.`) says how the work came to
be: no run of it is the host when the note names its host after the `//`, and its dates are
the act's (adopted, amended), never an access date. A bracket of words in small letters right
after the host's name (`// Қазақстан тарихы (көне заманнан бүгінге дейін). – Алматы`) is its
subtitle: the host's."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.proceedings import host_mark
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["host_not_in_brackets", "subtitle_bracket_in_host"]

_NOT_HERE: Final = frozenset({"container-title", "accessed"})


def host_not_in_brackets(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's or an access date's run inside a bracket before `//` given to no
    field, when a host's run follows the `//`."""
    texts = text_set(tokens)
    if "(" not in texts or "/" not in texts:
        return found  # most notes (at C speed): no bracket or no slash
    labels = [run[0] for run in found]
    if labels.count("container-title") < 2:
        return found
    start = host_mark(tokens)
    if start is None or not any(r[0] == "container-title" and r[1] >= start for r in found):
        return found
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label not in _NOT_HERE or b > start:
            continue
        before = [t.text for t in tokens[:a]]
        if before.count("(") > before.count(")"):  # inside a bracket still open
            out[j] = (OTHER, a, b)
    return out


_SUBTITLE_WORDS: Final = 3  # words of a bracketed subtitle at least (`(көне заманнан … дейін)`)


def _imprint_after(tokens: list[Token], k: int) -> bool:
    """Whether GOST's imprint area follows from token `k`: a period, a dash, then a place and
    its colon or comma (`. – Алматы: Атамұра`): a book's host, not a periodical's."""
    texts = [t.text for t in tokens[k : k + 4]]
    return (
        len(texts) == 4
        and texts[0] == "."
        and texts[1] in "–—-"
        and texts[2][:1].isupper()
        and texts[3] in ":,"
    )


def subtitle_bracket_in_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the bracket of words in small letters (three or more, no abbreviation,
    number nor capital) right after a book host's run, before its imprint area, given to no
    field, read as the host's."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        nxt = found[j + 1]
        if label != "container-title" or nxt[0] != OTHER or tokens[b].text != "(":
            continue
        close = next((k for k in range(b + 1, nxt[2]) if tokens[k].text == ")"), None)
        if close is None:
            continue
        words = tokens[b + 1 : close]
        if len(words) < _SUBTITLE_WORDS or not all(
            w.text.isalpha() and w.text.islower() for w in words
        ):
            continue
        if not _imprint_after(tokens, close + 1):
            continue  # a periodical's bracket (`Central Asian Survey (special issue …) 29`)
        rest = [(OTHER, close + 1, nxt[2])] if nxt[2] > close + 1 else []
        return [*found[:j], ("container-title", a, close + 1), *rest, *found[j + 2 :]]
    return found
