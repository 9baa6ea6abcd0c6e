"""A quoted head's subtitle after a colon is the title's. A title may open with a quoted word or
phrase and go on after the closing quote and a colon (`“Basmacılar”: Türkistan Millî Mücadele
Tarihi (1917-1934). Ankara: TDV, 1997.`, `«Ақтабан шұбырынды»: Тарихи зерттеу. – Алматы`).
A part's host is never joined to its quoted title by a bare colon (an "in" word, `//` or a
comma does that), so the run the model read as a host there is the subtitle, and a bracketed
span of years right after it is what the work is about when the note dates it later."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["quoted_head_subtitle"]

_HOST: Final = "container-title"
_OPENING: Final = frozenset(QUOTES)


def _bracket_end(tokens: list[Token], found: list[Run], k: int) -> int | None:
    """The index of the run whose first token closes a bracket of years that opens with the
    run `found[k]` (`(` `1917 - 1934` `) .`), when a later date follows it, else None."""
    if k + 2 >= len(found) or found[k + 1][0] != "issued" or found[k][0] != OTHER:
        return None
    _, s, e = found[k]
    if e - s != 1 or tokens[s].text != "(":
        return None
    closed = found[k + 2]
    if closed[0] != OTHER or tokens[closed[1]].text != ")":
        return None
    return k + 2 if any(run[0] == "issued" for run in found[k + 3 :]) else None


def _words_on(tokens: list[Token], title: Run, rest: list[Run]) -> list[Run]:
    """`title` and the runs after it, the words of no field that end its sentence
    (`Mücadele` + `Tarihi .`) given to it."""
    if not rest or rest[0][0] != OTHER:
        return [title, *rest]
    _, s, e = rest[0]
    words = [t.text for t in tokens[s : e - 1]]
    if tokens[e - 1].text != "." or not words or not all(w.isalpha() for w in words):
        return [title, *rest]
    return [("title", title[1], e - 1), (OTHER, e - 1, e), *rest[1:]]


def quoted_head_subtitle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted title, its closing quote and a colon, and the host's run right after
    them read as one title."""
    if _OPENING.isdisjoint(text_set(tokens)):
        return found  # no quote (most notes)
    for j in range(1, len(found) - 2):
        label, a, _b = found[j]
        if label != "title" or a == 0 or tokens[a - 1].text not in QUOTES:
            continue
        gap, host = found[j + 1], found[j + 2]
        closer = QUOTES[tokens[a - 1].text]
        if gap[0] != OTHER or [t.text for t in tokens[gap[1] : gap[2]]] != [closer, ":"]:
            return found
        if host[0] != _HOST or sum(run[0] == _HOST for run in found) != 1:
            return found
        k = _bracket_end(tokens, found, j + 3)
        if k is None:
            return [*found[:j], *_words_on(tokens, ("title", a, host[2]), found[j + 3 :])]
        _, s, e = found[k]  # `) .`: the bracket's close is the title's, the period no field's
        rest: list[Run] = [(OTHER, s + 1, e)] if e > s + 1 else []
        return [*found[:j], ("title", a, s + 1), *rest, *found[k + 1 :]]
    return found
