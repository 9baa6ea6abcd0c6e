"""Roles written as words in a statement of responsibility: `/ пер. с фр. Л. Е. Куббеля ;
вступ. ст. и ред. Ю. Н. Афанасьева`. A run of nothing but role words (a preface's, an
editor's, a translator's: `[words] contributor`, `editor`, `translator`) and the words that
join them, right before a person's run or right after the statement's slash or semicolon
(`; предисл. и коммент. С. Н. Иванова`: a preface's writer is no field of ours), names roles:
no host, publisher or place of the work."""

from __future__ import annotations

import functools
from typing import Final

from citekit._text import fold
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.contributors import contributor_words_in
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token, tokenize
from citekit.languages import shipped_words

__all__ = ["role_word_runs"]

_TAKEN: Final = frozenset({"container-title", "publisher", "publisher-place"})
# what opens a statement of responsibility's part: its slash, the semicolon between its roles
_STATEMENT: Final = frozenset({"/", ";"})


@functools.cache
def _contributing() -> frozenset[str]:
    """The folded words of the contributor entries."""
    return frozenset(
        fold(t.text) for w in shipped_words("contributor") for t in tokenize(w) if t.text.isalnum()
    )


@functools.cache
def _roles() -> frozenset[str]:
    """The folded words of every role entry, and the words that join two roles."""
    words = shipped_words("editor") | shipped_words("translator") | shipped_words("and_")
    return _contributing() | frozenset(
        fold(t.text) for w in words for t in tokenize(w) if t.text.isalnum()
    )


def role_word_runs(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's, publisher's or place's run of role words alone before a
    person's run read as no field's (`вступ. ст. и` before `ред. Ю. Н. Афанасьева`)."""
    if not contributor_words_in(tokens):
        return found  # no preface's or illustrator's word (most notes)
    out = list(found)
    for j, (label, a, b) in enumerate(out):
        if label not in _TAKEN:
            continue
        stated = a > 0 and tokens[a - 1].text in _STATEMENT
        if stated and _role_words_then_initial(tokens, a, b):
            out[j] = (OTHER, a, b)  # `; примеч. и коммент. Н. И. Пригариной`: no host
            continue
        if not _role_words_only(tokens, a, b):
            continue
        after = next((run for run in out[j + 1 :] if run[0] != OTHER), None)
        if (after is not None and after[0] in PERSONS) or stated:
            out[j] = (OTHER, a, b)
    return out


def _role_words_only(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the words of tokens `a`..`b` are role words and joining words alone (`_roles`),
    one of them a contributor's: each word folded in turn, up to the first that is none (a
    host's or publisher's first word, in most runs)."""
    roles, contributing = _roles(), _contributing()
    words = False
    contributor = False
    for token in tokens[a:b]:
        if not token.text.isalnum():
            continue
        word = fold(token.text)
        if word not in roles:
            return False
        words = True
        contributor = contributor or word in contributing
    return words and contributor


def _role_words_then_initial(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` open with role words (a contributor's among them) and go on
    with a person's initial (`примеч. и коммент. Н. И. Пригариной`)."""
    k = a
    while k < b and (not tokens[k].text.isalnum() or fold(tokens[k].text) in _roles()):
        k += 1
    if k == a or k + 1 >= b or not _role_words_only(tokens, a, k):
        return False
    initial = tokens[k].text
    return len(initial) == 1 and initial.isupper() and tokens[k + 1].text == "."
