"""A translator or an editor named first, the role word opening the note (`Çev. Ali Demir.
Moğolların Gizli Tarihi, Ankara, …`, `Ed. John Smith. Steppe Studies. London: …`): two to
four capitalised words after the role word's period, closed by a period, are that role's
person, whatever the model read them as (the role word and a given name it does not know to
no field, the name as the title); the work after the name is the title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["role_opens_note"]

_ROLES: Final = {"Btranslator": "translator", "Beditor": "editor"}
_NAMES: Final = frozenset({OTHER, "author", "editor", "translator", "title"})
_WORKS: Final = frozenset({"publisher", "container-title", "title"})
_NAME_WORDS: Final = (2, 4)  # a given name and a family at least, four words at most


def _name_end(tokens: list[Token]) -> int | None:
    """The index of the period that closes two to four capitalised words from token 2."""
    low, high = _NAME_WORDS
    for k in range(2, min(len(tokens), 2 + high + 1)):
        text = tokens[k].text
        if text == ".":
            return k if k - 2 >= low else None
        if not (text.isalpha() and text[0].isupper() and not text.isupper() and len(text) > 1):
            return None
    return None


def role_opens_note(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with `Role. Given Family. Title` opening the note read as that role's person
    and the work."""
    if not found or found[0][1] != 0 or len(tokens) < 6 or tokens[1].text != ".":
        return list(found)  # most notes
    roles = [role for mark, role in _ROLES.items() if mark in marks[0]]
    if len(roles) != 1 or (end := _name_end(tokens)) is None:
        return list(found)
    if any(run[0] not in _NAMES for run in found if run[1] < end):
        return list(found)
    if (roles[0], 2, end) in found:
        return list(found)  # read as the role's person already
    out = painted(painted(list(found), (OTHER, 0, 2)), (roles[0], 2, end))
    out = painted(out, (OTHER, end, end + 1))
    after = [j for j, run in enumerate(out) if run[1] > end and run[0] != OTHER]
    if after and not any(run[0] == "title" for run in out):
        j = after[0]
        label, a, b = out[j]
        if label in _WORKS and tokens[a].text[:1].isupper():
            out[j] = ("title", a, b)
    return out
