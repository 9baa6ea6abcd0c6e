"""APA names a work's translator or editor in a bracket right after its title: `Title (K.
Cunningham & J. Gill, Trans.)`, `Title (Т. Г. Кабанова, Пер.; с. 54)`, `Başlık (A. Kaya, Çev.)`.
The bracket opens no part of the title: when its last words are a comma and a role's word with
its period before `)` or `;`, the names before them are the role's people and the title ends
at the bracket, however far the model ran the title into it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.roles import ROLES
from citekit.citations.tagger.tokens import Token

__all__ = ["role_bracket_after_title"]

_REACH: Final = 24  # tokens of a bracket of names and a role, at most
_ENDS: Final = frozenset({")", ";"})
# what the model may have read the title's last words and the bracket's names as
_READ: Final = frozenset({OTHER, "author", "editor", "translator", "title"})


def _role_at(tokens: list[Token], marks: list[set[str]], k: int) -> str | None:
    """The role whose word, with its period, closes the bracket's names at token `k`."""
    if tokens[k - 1].text != "," or k + 2 >= len(tokens) or tokens[k + 1].text != ".":
        return None
    if tokens[k + 2].text not in _ENDS:
        return None
    return next((ROLES[r] for r in ROLES if "B" + r in marks[k]), None)


def role_bracket_after_title(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a bracket of names and a role after the title read as the role's (see the
    module's doc)."""
    if marks_union(marks).isdisjoint(ROLES):
        return found
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    k = next((i for i in range(a + 2, min(len(tokens), b + _REACH)) if tokens[i].text == "("), None)
    if k is None:
        return found
    end = next(
        (i for i in range(k + 1, min(len(tokens), k + _REACH)) if tokens[i].text in _ENDS), None
    )
    if end is None or any(t.text == "(" for t in tokens[k + 1 : end]):
        return found
    role = _role_at(tokens, marks, end - 2) if end - 2 > k + 1 else None
    if role is None:
        return found
    held = [r for r in found[j + 1 :] if r[1] < k]
    if any(r[0] not in _READ for r in held):
        return found  # a host or a date between: the bracket is no longer the title's
    m = end - 2
    # the title's last words the model read as the bracket's names (`in the U.S. (K. …`) go
    # back to it; a note on it (`[История и память]`) stays apart
    stop = k if any(r[0] != OTHER for r in held) else b
    runs: list[Run] = [
        ("title", a, stop),
        (OTHER, stop, k + 1),
        (role, k + 1, m - 1),
        (OTHER, m - 1, m + 2),
    ]
    after = [r for r in found[j + 1 :] if r[1] >= m + 2]
    cut = [(lab, m + 2, e) for lab, s, e in found[j + 1 :] if s < m + 2 < e]
    return [*found[:j], *runs, *cut, *after]
