"""A page's dates after their labels (`// Госуслуги. Опубл. 12 янв. 2024; обновлено
04.03.2024. URL: …`, `Yayın tarihi: 06.02.2023, güncelleme: 15 Mart 2023`): the date after a
publication's label (`[types] published`) is the page's own, read whole as its date (a host
the model ran onto the label ends before it); the date after a last change's label (`[types]
modified`) is no date of the work when the note gives the work's date elsewhere."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, label_at, painted
from citekit.citations.tagger.phrases import Phrases, folded_phrases, phrase_heads, phrase_match
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_type_words

__all__ = ["labelled_page_dates"]

_DATE_TOKENS: Final = 8  # tokens of a written date at most (`12 янв. 2024`, `15 Mart 2023 10:00`)
_DATE_MARKS: Final = frozenset(".-/,:")
_ENDS: Final = frozenset({";", "(", "URL"})


def _phrases(key: str) -> Phrases:
    return folded_phrases(frozenset(shipped_type_words(key)))


@functools.cache
def _heads() -> frozenset[str]:
    return phrase_heads(_phrases("published")) | phrase_heads(_phrases("modified"))


def _labels(tokens: list[Token], key: str) -> list[tuple[int, int]]:
    """Where the `[types] key` labels stand in `tokens`, each's first and past-last token."""
    out: list[tuple[int, int]] = []
    phrases = _phrases(key)
    heads = phrase_heads(phrases)
    for k, token in enumerate(tokens):
        if token.text.casefold() in heads and (end := phrase_match(tokens, k, phrases)):
            out.append((k, end))
    return out


def _date_after(
    tokens: list[Token], found: list[Run], k: int, *, word_alone: bool
) -> tuple[int, int] | None:
    """The date right after a label ending at `k` (a colon between; a label of one word with
    no period of its own needs it), when the model read a part of it as a date."""
    if k < len(tokens) and tokens[k].text == ":":
        k += 1
    elif word_alone:  # `Hil Yayın, 1985`: a house's word; `Yayın: 06.02.2023` a label
        return None
    end, dated = k, False
    for j in range(k, min(len(tokens), k + _DATE_TOKENS)):
        text = tokens[j].text
        label = label_at(found, j)
        dating = label in _DATING
        if text in _ENDS or not (text.isdecimal() or text in _DATE_MARKS or dating):
            break
        if text == "," and not (j + 1 < len(tokens) and tokens[j + 1].text.isdecimal()):
            break  # `06.02.2023, güncelleme: …`: the next clause (`May 3, 2021` goes on)
        if text.isdecimal() or dating:
            end, dated = j + 1, dated or dating
    return (k, end) if dated else None


_DATING: Final = frozenset({"issued", "accessed"})  # a date's labels the model may give it


def _word_alone(tokens: list[Token], s: int, e: int) -> bool:
    """Whether the label `s:e` is one word with no period (`Yayın`, `updated`)."""
    return e - s == 1 and tokens[s].text.isalpha()


def labelled_page_dates(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the dates after a page's date labels read as the module's doc says."""
    if _heads().isdisjoint(casefolded_set(tokens)):
        return found
    for s, e in _labels(tokens, "published"):
        date = _date_after(tokens, found, e, word_alone=_word_alone(tokens, s, e))
        if date is not None:
            found = painted(painted(found, (OTHER, s, date[0])), ("issued", *date))
            break
    for s, e in _labels(tokens, "modified"):
        date = _date_after(tokens, found, e, word_alone=_word_alone(tokens, s, e))
        if date is None:
            continue
        elsewhere = any(label == "issued" and (b <= s or a >= date[1]) for label, a, b in found)
        if elsewhere:
            found = painted(found, (OTHER, s, date[1]))
    return found
