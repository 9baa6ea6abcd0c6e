"""MEDLINE's title of an article not in English: its English translation in square brackets
where the title stands (`Kuznetsova EA, Volkov AV. [Hepatitis C treatment outcomes in the Omsk
region]. Zh Mikrobiol Epidemiol Immunobiol. 2016;(5):78-84. Russian.`). The bracket is the
title and the journal's name after it the host, which the model read as the title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["bracketed_head_title"]

_MIN_WORDS: Final = 3  # words in the bracket at least: a sentence, no mark (`[Internet]`)
_NUMBERS: Final = frozenset({"issued", "volume", "issue", "page"})


def bracketed_head_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bracketed sentence of no field between the authors and a title run that
    the journal's numbers follow read as the title, the title run as the host."""
    if any(run[0] == "container-title" for run in found):
        return found
    for j in range(1, len(found) - 2):
        label, a, b = found[j]
        if label != OTHER or found[j - 1][0] != "author" or found[j + 1][0] != "title":
            continue
        inside = [k for k in range(a, b) if tokens[k].text not in ".,"]
        if len(inside) < _MIN_WORDS + 2 or tokens[inside[0]].text != "[":
            return found
        if tokens[inside[-1]].text != "]" or any(
            t.text in "[]" for t in tokens[inside[0] + 1 : inside[-1]]
        ):
            return found
        if not any(run[0] in _NUMBERS for run in found[j + 2 :]):
            return found
        host = found[j + 1]
        if inside[-1] + 1 >= b or tokens[inside[-1] + 1].text != ".":
            return found  # `[Epub ahead of print] Title.`: a status note, no title's sentence
        if any(t.text == "." for t in tokens[host[1] : host[2]]):
            return found  # `[Published erratum …]. Title. Lancet.`: the title run holds both
        opened, closed = inside[0], inside[-1]
        return [
            *found[:j],
            (OTHER, a, opened + 1),
            ("title", opened + 1, closed),
            (OTHER, closed, b),
            ("container-title", host[1], host[2]),
            *found[j + 2 :],
        ]
    return found
