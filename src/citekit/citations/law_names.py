"""Laws' names: whether a name is an act's, told by where its legislation words stand."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.type_cues import (
    CLOSE_QUOTES,
    OPENING_ONLY,
    folded_words,
    has_cue,
    type_word_sequences,
)

__all__ = ["law_at_ends", "law_name"]

_LAW_EDGE: Final = 2  # a law's word stands among the first or the last two words of its name


def law_name(name: str, authors: object) -> bool:
    """Whether `name` is a law's: a legislation word among its first or last two words, or
    closing what stands before the act's quoted name, its date or number (`… PF-4947-son
    Farmoni «Harakatlar strategiyasi to'g'risida»`, `… № 220 Жарлығы «…»`), and no person
    wrote it (a body may: "Верховна Рада України")."""
    if not name or not has_cue("legislation", name):
        return False
    if isinstance(authors, tuple) and any(getattr(n, "family", None) for n in authors):
        return False
    head = _before_quoted(name)
    if head and any(c.isdigit() for c in head) and _law_edges(head, last_only=True):
        return True  # its date or number before the kind: no headline (`Токаев подписал указ «…»`)
    return _law_edges(name)


_PARTS: Final = re.compile(r"[:.;—–]")


def law_at_ends(name: str) -> bool:
    """Whether a legislation word opens `name` or closes one of its parts (`Yükseköğretim
    Kanunu`, `… Hakkında Kanun: Tebliğ 251`, `Freedom of Information Act`), as an act's name
    is written; a headline has it inside (`Yeni Anayasa Taslağı Meclis'te`)."""
    words = [w for w in folded_words(name) if w.isalnum()]
    if words and has_cue("legislation", words[0]):
        return True
    for part in _PARTS.split(name):
        last = [w for w in folded_words(part) if w.isalnum()][-1:]
        if last and has_cue("legislation", last[0]):
            return True
    return False


def _before_quoted(name: str) -> str:
    """What stands before a quoted part closing `name` (`… Farmoni «…»`), or ""."""
    if name[-1:] not in CLOSE_QUOTES:
        return ""
    at = max(name.rfind(mark, 0, len(name) - 1) for mark in OPENING_ONLY)
    return name[:at].rstrip() if at > 0 else ""


def _law_edges(name: str, *, last_only: bool = False) -> bool:
    """Whether a legislation word stands among the first or the last two words of `name`
    (the last ones only, with `last_only`)."""
    words = [w for w in folded_words(name) if w.isalnum()]
    first = set() if last_only else set(range(min(_LAW_EDGE, len(words))))
    edges = first | set(range(max(0, len(words) - _LAW_EDGE), len(words)))
    for i, word in enumerate(words):
        for seq, key in type_word_sequences().get(word, ()):
            if key == "legislation" and tuple(words[i : i + len(seq)]) == seq and i in edges:
                return True
    return any(has_cue("legislation", words[i]) for i in sorted(edges))
