"""A thesis's advisor named after the role's word (`Danışman: Prof. Dr. Ahmet Kaya`, `науч.
рук. А. Б. Иванов`, `Supervisor: John Smith`; `[words] advisor`): the record has no field
for the advisor, so the phrase and the name are no field's, whatever the model read them as
(the word before its colon is no place of publication, the name no title nor publisher). The
advisor's academic titles (`Prof. Dr.`, `Doç. Dr.`) stand between the word and the name.
They are fixed before the model labels the rest, as a role phrase's names are
(`role_phrases`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from citekit.citations._words import lower
from citekit.citations.name_sets import honorifics
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.prechecks import folds_as_casefold
from citekit.citations.tagger.role_phrases import names_end, opens_part
from citekit.citations.tagger.tokens import Token, casefolded_set, tokenize
from citekit.languages import shipped_words

__all__ = ["advisor_names"]


@functools.cache
def _advisor_words() -> frozenset[tuple[str, ...]]:
    """The `[words] advisor` entries of every shipped language, as lower-cased words."""
    return frozenset(
        words
        for entry in shipped_words("advisor")
        if (words := tuple(lower(t.text) for t in tokenize(entry) if t.text.isalnum()))
    )


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word of each `[words] advisor` entry, lower-cased (made once)."""
    return frozenset(words[0] for words in _advisor_words())


@functools.cache
def _folded_first_words() -> frozenset[str]:
    """`_first_words`, casefolded."""
    return frozenset(w.casefold() for w in _first_words())


def _phrase_end(tokens: Sequence[Token], k: int) -> int | None:
    """Where the advisor's words that open at `k` end (their periods with them), or None."""
    for words in _advisor_words():
        i, matched = k, 0
        while i < len(tokens) and matched < len(words):
            text = tokens[i].text
            if text == ".":
                i += 1
                continue
            if lower(text) != words[matched]:
                break
            matched += 1
            i += 1
        if matched == len(words):
            return i + 1 if i < len(tokens) and tokens[i].text == "." else i
    return None


def _after_titles(tokens: Sequence[Token], p: int) -> int:
    """`p` past the academic titles that stand there (`Prof. Dr.`, `Doç. Dr.`, `Dr. Öğr.
    Üyesi`)."""
    titles = honorifics()
    while p < len(tokens):
        text = tokens[p].text
        dotted = p + 1 < len(tokens) and tokens[p + 1].text == "."
        if dotted and lower(text + ".") in titles:
            p += 2
        elif lower(text) in titles:
            p += 1
        else:
            break
    return p


def advisor_names(tokens: Sequence[Token], marks: list[set[str]]) -> list[str | None]:
    """Per token, `other` on an advisor's phrase and name, else None."""
    out: list[str | None] = [None] * len(tokens)
    # a text that lowers to a first word casefolds to its casefolded form (`str.casefold`
    # reads a lower-cased text as it reads the text), unless it holds Turkish `İ`
    folded = casefolded_set(tokens)
    if _folded_first_words().isdisjoint(folded) and folds_as_casefold(folded):
        return out  # no phrase's first word in the note (most notes: one look-up)
    firsts = _first_words()
    for k in range(1, len(tokens) - 2):
        if lower(tokens[k].text) not in firsts or not opens_part(tokens, k):
            continue
        p = _phrase_end(tokens, k)
        if p is None:
            continue
        if p < len(tokens) and tokens[p].text == ":":
            p += 1
        end = names_end(tokens, marks, _after_titles(tokens, p))
        if end is not None:
            out[k:end] = [OTHER] * (end - k)
    return out
