"""Names written in full, family first and closed by the father's name (`Жуков Андрей
Сергеевич, Ким Ольга Павловна ПРОБЛЕМЫ …`, as cyberleninka's and elibrary's "how to cite"
forms list a paper's authors): after an author and a comma, such a name that opens the title's
run is the next author, for a father's name closes a person's name, never a title's first
words. The endings are the language files' (`[names] patronymic`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import fathers_name
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["full_names_in_title"]

_WORDS: Final = 3  # family, given and father's name


def _capitalised(word: str) -> bool:
    """Whether a word is written as a name is (`Ольга`, not `ОЛЬГА` nor `ольга`)."""
    return word.isalpha() and word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _full_name(tokens: list[Token], k: int, b: int) -> bool:
    """Whether tokens `k`..`k+3` (before `b`) are a family, a given and a father's name."""
    if k + _WORDS > b:
        return False
    words = [t.text for t in tokens[k : k + _WORDS]]
    return all(map(_capitalised, words)) and fathers_name(words[2]) and not fathers_name(words[1])


def full_names_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the full names that open a title's run after an author's comma read as
    authors."""
    for j in range(2, len(found)):
        label, a, b = found[j]
        if label != "title" or found[j - 2][0] != "author":
            continue
        _, c, d = found[j - 1]
        if found[j - 1][0] != OTHER or d - c != 1 or tokens[c].text != ",":
            continue
        names: list[Run] = []
        k = a
        while _full_name(tokens, k, b):
            names.append(("author", k, k + _WORDS))
            k += _WORDS
            if k < b and tokens[k].text == "," and _full_name(tokens, k + 1, b):
                names.append((OTHER, k, k + 1))
                k += 1
        if names and k < b:
            return [*found[:j], *names, ("title", k, b), *found[j + 1 :]]
    return list(found)
