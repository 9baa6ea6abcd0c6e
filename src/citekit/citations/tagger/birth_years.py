"""An informant's or a person's year of birth (`Интервью с Н. П. Сидоровой (1931 г. р.)`,
`Сұхбат: Сәрсенбаева Күләш (1936 ж.т.)`, `Ayşe Demir ile görüşme (d. 1940)`): the year is
the person's, no date of the work. A year the language files' `[words] born_after` follow or
`born_before` open is read as no field; the work's date is the other one the note gives."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.phrases import Phrases, folded_phrases, phrase_match
from citekit.citations.tagger.tokens import Token, decimal_set
from citekit.languages import shipped_words

__all__ = ["birth_year"]

_YEAR_DIGITS = 4


def _phrases(key: str) -> Phrases:
    """The `[words] key` phrases as case-folded token texts (`г`, `.`, `р`, `.`)."""
    return folded_phrases(frozenset(shipped_words(key)))


def _after(tokens: list[Token], k: int) -> int:
    """Where a `born_after` phrase right after token `k` ends, or `k + 1` when none does."""
    end = phrase_match(tokens, k + 1, _phrases("born_after"))
    return k + 1 if end is None else end


def _before(tokens: list[Token], k: int) -> int:
    """Where a `born_before` phrase right before token `k` opens after a bracket, or `k`."""
    for phrase in _phrases("born_before"):
        start = k - len(phrase)
        if start < 1 or tokens[start - 1].text != "(":
            continue
        if tuple(t.text.casefold() for t in tokens[start:k]) == phrase:
            return start
    return k


def birth_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with each year marked as a birth's read as no field (see the module's doc)."""
    if not any(len(d) == _YEAR_DIGITS for d in decimal_set(tokens)):
        return found
    for k, token in enumerate(tokens):
        if len(token.text) != _YEAR_DIGITS or not token.text.isdecimal():
            continue
        end, start = _after(tokens, k), _before(tokens, k)
        if end == k + 1 and start == k:
            continue
        found = painted(found, (OTHER, start, end))
    return found
