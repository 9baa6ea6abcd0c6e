"""A data set cited on its portal: the set's quoted name, then a data set's word, outside the
quotes or in a bracket after them (`Portal (data.gov.uz), “Export by country, 2023” dataset,
accessed …`, `Портал открытых данных data.gov.kg: «…» (набор данных, обновлён 15.03.2023)`;
the language files' `[types] data_set`). The quoted name is the title, the genre's word none
of it; the name the note opens with, before the quote, is the portal the set is in, its host
(its address alone when a lead sentence names it: `Данные портала … data.egov.kz: «…»`). An
unquoted name closed by the bracketed word (`Численность населения (набор данных).`) is the
title without it."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.lexicons import fold
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["data_set"]

_HOST: Final = "container-title"
_DOMAIN: Final = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")  # `data.egov.kz`
_LEAD_READ: Final = frozenset({"title", "author", _HOST, OTHER})


@functools.cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    found = {tuple(fold(w).split()) for w in shipped_type_words("data_set")}
    return tuple(sorted(found, key=len, reverse=True))


def _phrase_after(tokens: list[Token], k: int) -> int | None:
    """The end of a data set's phrase at token `k` (or after a bracket there), else None."""
    if k < len(tokens) and tokens[k].text == "(":
        k += 1
    for phrase in _phrases():
        words = [fold(t.text) for t in tokens[k : k + len(phrase)]]
        if tuple(words) == phrase:
            return k + len(phrase)
    return None


def _bracketed_genre(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title closed by a bracket that holds a data set's word alone
    (`Численность населения (набор данных). stat.gov.kz.`) cut before the bracket."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or tokens[b - 1].text != ")":
            continue
        opening = next((k for k in range(b - 2, a, -1) if tokens[k].text == "("), None)
        if opening is not None and _phrase_after(tokens, opening) == b - 1:
            return [*found[:j], ("title", a, opening), (OTHER, opening, b), *found[j + 1 :]]
    return found


def data_set(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a data set's quoted name as the title and its portal as the host (see
    the module's doc)."""
    found = _bracketed_genre(tokens, found)
    for q, token in enumerate(tokens):
        if token.text not in QUOTES:
            continue
        close = QUOTES[token.text]
        c = next((j for j in range(q + 1, len(tokens)) if tokens[j].text == close), None)
        end = _phrase_after(tokens, c + 1) if c is not None and c > q + 1 else None
        if c is None or end is None:
            continue
        labels = labels_at(found, len(tokens))
        labels[q + 1 : c] = ["title"] * (c - q - 1)
        labels[c:end] = [OTHER] * (end - c)
        labels[q] = OTHER
        lead = q - 1 if q > 0 and tokens[q - 1].text in ",:" else q
        if lead > 0 and set(labels[:lead]) <= _LEAD_READ and tokens[0].text[:1].isupper():
            labels[: lead + 1] = [OTHER] * (lead + 1)
            domains = [k for k in range(lead) if _DOMAIN.fullmatch(tokens[k].text)]
            if tokens[lead].text == ":" and domains:
                labels[domains[-1]] = _HOST  # `Данные портала … data.egov.kz: «…»`
            else:
                labels[:lead] = [_HOST] * lead  # `Portal (data.gov.uz), “…” dataset`
        return runs(labels)
    return found
