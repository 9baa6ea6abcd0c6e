"""The rest of a role's list of persons after its first name (`haz. Robert Dankoff, Seyit Ali
Kahraman ve Yücel Dağlı, c. 1 (İstanbul: …)`, `ed. A. Smith, Jane Doe, and Paul Roe`): the
names after a role's person, set off by commas and closed by an "and" word, are that role's
too, whatever field the model read them as. Each name is two or three capitalised words (a
title's `Savaş ve Barış` is one word a side) with no word of a place, a house or a number,
and the list is closed by its "and" before the note goes on. A second name a slash joins to
a role's person, closed by a bracket or a comma, is that role's as well (`(Ed. Ali
Demirbaş/Nermin Uysal)`, as Turkish law reviews write them)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["listed_persons"]

_ROLES: Final = frozenset({"editor", "translator"})
_READ_AS: Final = frozenset({"container-title", "title", "author", "publisher", *_ROLES})
_NAME_WORDS: Final = range(2, 4)  # capitalised words of one name
_NOT_NAMES: Final = frozenset({"cities", "places", "publisher", "journal", "newspaper", "month"})


def listed_persons(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the names listed after a role's person read in that role."""
    for j, (role, _, _) in enumerate(found):
        if role not in _ROLES:
            continue
        slashed = _slashed(tokens, marks, found, j)
        if slashed is not None:
            return slashed
        listed = _listed(tokens, marks, found, j)
        if listed:
            out = list(found)
            for k in listed:
                _, a, b = out[k]
                out[k] = (role, a, b)
            return out
    return found


def _listed(tokens: list[Token], marks: list[set[str]], found: list[Run], j: int) -> list[int]:
    """The runs after run `j` that go on with its list, or none when no "and" closes it."""
    listed: list[int] = []
    k = j + 1
    while k + 1 < len(found):
        gap, run = found[k], found[k + 1]
        words = [t.text for t in tokens[gap[1] : gap[2]]]
        anded = any("and" in marks[i] for i in range(gap[1], gap[2]))
        if gap[0] != OTHER or words[:1] != [","] or len(words) > 1 + anded:
            break
        if run[0] not in _READ_AS:
            break
        inner = _names(tokens, marks, run[1], run[2])
        if inner is None:
            break
        if run[0] != found[j][0]:
            listed.append(k + 1)
        if anded or inner:
            return listed if _closed(tokens, found, k + 2) else []
        k += 2
    return []


def _names(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool | None:
    """Whether tokens a..b are two names joined by an "and" word (True), one name (False), or
    no name (None)."""
    ands = [i for i in range(a, b) if "and" in marks[i]]
    if len(ands) > 1:
        return None
    parts = [(a, ands[0]), (ands[0] + 1, b)] if ands else [(a, b)]
    for s, e in parts:
        words = 0
        for i in range(s, e):
            text = tokens[i].text
            if text == "." and i > s and len(tokens[i - 1].text) == 1:
                continue  # an initial's period (`Ahmet E. Uysal`)
            if not (text[:1].isupper() and text.isalpha()) or not marks[i].isdisjoint(_NOT_NAMES):
                return None
            words += 1
        if words not in _NAME_WORDS:
            return None
    return bool(ands)


def _closed(tokens: list[Token], found: list[Run], k: int) -> bool:
    """Whether the list ends where the note goes on with a comma or a bracket, or ends."""
    if k >= len(found):
        return True
    label, a, _ = found[k]
    return label == OTHER and tokens[a].text in {",", "(", ")", "."}


def _slashed(
    tokens: list[Token], marks: list[set[str]], found: list[Run], j: int
) -> list[Run] | None:
    """`found` with the name after a slash right after role run `j` read in its role (the
    slash the model gave to that name's run, or to no field), or None."""
    role, _, e = found[j]
    if j + 1 >= len(found) or e >= len(tokens) or tokens[e].text != "/":
        return None
    k = j + 1 if found[j + 1][1] < e + 1 < found[j + 1][2] else j + 2
    if k >= len(found) or (k == j + 2 and found[j + 1][2] != e + 1):
        return None
    label, _, b = found[k]
    if label not in _READ_AS or _names(tokens, marks, e + 1, b) is not False:
        return None
    if not _closed(tokens, found, k + 1) or (k + 1 < len(found) and tokens[b].text == "."):
        return None
    return [*found[: j + 1], (OTHER, e, e + 1), (role, e + 1, b), *found[k + 1 :]]
