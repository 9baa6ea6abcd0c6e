"""Two shapes of the humanities' styles the model runs together:

- MLA's host after the quoted title: `"After Pamuk: The Istanbul Novel." The Cambridge
  Companion to the Turkish Novel, edited by …`: the words after the closing quote, up to the
  host's comma, are the host, whatever the model made of its small words (`to the`);
- a thesis's institution after its kind (OSCOLA's `(PhD thesis, University of Dundee 2017)`):
  the words between the kind's comma and the year, two at least (one may be a city: `(PhD
  thesis, Osh 2005)`), are the degree's grantor, the publisher."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.quotes import CLOSING_MARKS, OPENING_MARKS
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import available_languages, language

__all__ = ["mla_forms"]

_GRANTOR_WORDS: Final = 2  # words of a grantor's name at least (`Osh 2005`: a place alone)


@functools.cache
def _small_words() -> frozenset[str]:
    """The small words title case leaves in lower case in each language (`[casing]
    title_lowercase`: `to`, `the`, `of`), single words only."""
    words = (w for code in available_languages() for w in language(code).title_lowercase)
    return frozenset(w for w in words if w.isalpha())


def _host_after_quote(tokens: list[Token], marks: list[set[str]], labels: list[str]) -> bool:
    """The host after a quoted title's closing quote read to its comma (see the module)."""
    if not tokens or tokens[0].text in OPENING_MARKS:
        return False
    opening = next((k for k, t in enumerate(tokens) if t.text in OPENING_MARKS), None)
    if opening is None or labels[opening + 1 : opening + 2] != ["title"]:
        return False
    close = next(
        (k for k in range(opening + 2, len(tokens)) if tokens[k].text in CLOSING_MARKS), None
    )
    if close is None or close + 1 >= len(tokens) or labels[close + 1] not in ("title", OTHER):
        return False
    if not tokens[close + 1].text[:1].isupper() or marks[close + 1]:
        return False  # `” In Histories of Eurasia, edited by`: a word of the lexicon's
    end = close + 1
    while end < len(tokens) and tokens[end].text != ",":
        word = tokens[end].text
        if labels[end] not in ("title", "container-title", OTHER) or not word[0].isalpha():
            return False
        if labels[end] == OTHER and not (word in _small_words() or word[0].isupper()):
            return False
        end += 1
    if end >= len(tokens) or "container-title" not in labels[close + 1 : end]:
        return False
    labels[close] = OTHER
    labels[close + 1 : end] = ["container-title"] * (end - close - 1)
    return True


def _thesis_grantor(tokens: list[Token], labels: list[str]) -> bool:
    """The institution between a thesis's kind and its year (see the module)."""
    for k in range(1, len(tokens) - 2):
        if labels[k - 1] != "genre" or tokens[k].text != ",":
            continue
        end = k + 1
        while end < len(tokens) and labels[end] == OTHER and tokens[end].text[:1].isalpha():
            end += 1
        if end - k <= _GRANTOR_WORDS or end >= len(tokens) or labels[end] != "issued":
            continue
        if not tokens[k + 1].text[:1].isupper() or "publisher" in labels:
            return False
        labels[k + 1 : end] = ["publisher"] * (end - k - 1)
        return True
    return False


def mla_forms(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the two shapes of the module's doc read."""
    if "," not in text_set(tokens):
        return found
    labels = labels_at(found, len(tokens))
    changed = _host_after_quote(tokens, marks, labels)
    if "genre" in labels:
        changed = _thesis_grantor(tokens, labels) or changed
    return runs(labels) if changed else found
