"""A book's edition written after its title's last comma, before its bracketed imprint:
Turkish law books cite `Medenî Hukuk: Giriş, Kaynaklar, Temel Kavramlar, 27. Bası (İstanbul:
Vedat Kitapçılık, 2021)`, `Borçlar Hukuku Genel Hükümler, 26. Baskı (Ankara: Yetkin, 2022)`,
English ones `Public International Law, 9th ed. (Oxford: OUP, 2019)`. The run between the
title's comma and the edition is the title's last part (a book has no host), and the number
before the edition's word (`[words] edition`) is the edition. A quoted title is a part's, and
the run after it its host (`“Yurt”, Oxford English Dictionary, 3rd ed. (…)`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["edition_after_title"]

_NUMBER: Final = 3  # digits of an edition's number at most
_CLOSING: Final = frozenset({"”", "’", "»", '"', "'"})  # a quoted part's title closes with one
_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th", "d", "."})  # `9th`, `2d`, `27.`


def _edition_at(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether an edition's number, its ordinal mark and its word open at `k`."""
    if k >= len(tokens) or not tokens[k].text.isdecimal() or len(tokens[k].text) > _NUMBER:
        return False
    word = k + 1
    if word < len(tokens) and tokens[word].text in _SUFFIXES:
        word += 1
    return word < len(tokens) and "Bedition" in marks[word]


def edition_after_title(
    tokens: list[Token], marks: list[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with a host's run between a title's comma and an edition read as the title's
    last part, before a bracketed imprint (see the module's doc)."""
    out = list(labels)
    if "(" not in text_set(tokens) or "publisher" not in out:
        return out  # no bracketed imprint (most notes)
    for a in range(2, len(tokens) - 3):
        if out[a] != "container-title" or tokens[a - 1].text != "," or out[a - 2] != "title":
            continue
        if tokens[a - 2].text in _CLOSING:
            continue  # `“Yurt”, Oxford English Dictionary, 3rd ed.`: a quoted part in its host
        b = a
        while b < len(tokens) and out[b] == "container-title":
            b += 1
        if b >= len(tokens) or tokens[b].text != "," or not _edition_at(tokens, marks, b + 1):
            continue
        if "(" not in {t.text for t in tokens[b + 1 : b + 6]}:
            continue
        out[a - 1 : b] = ["title"] * (b - a + 1)
        out[b + 1] = "edition"
        return out
    return out
