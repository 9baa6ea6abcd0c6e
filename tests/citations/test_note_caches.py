"""The per-note caches the decoding passes share (`text_set`, `casefolded_set`,
`marks_union`): each answers for the list it is asked about, made once for that list and
made again for another one (one slot of a `Final` list, replaced whole)."""

from __future__ import annotations

import pytest

from citekit.citations.tagger.features import token_marks
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import casefolded_set, text_set, tokenize

NOTES = [
    "Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975. 304 с.",
    "İnalcık, Halil. Osmanlı İmparatorluğu. İstanbul: YKY, 2003, s. 45.",
    "Smith, J. (2019). Title of the work. Journal, 12(3), 45-67.",
    "Тоқаев Қ. Ж. Ұлы дала. Нұр-Сұлтан, 2020.",
]


@pytest.mark.parametrize("note", NOTES)
def test_text_set_answers_for_each_list(note: str) -> None:
    tokens = tokenize(note)
    other = tokenize("Ibid., 5.")
    assert text_set(tokens) == frozenset(t.text for t in tokens)
    assert text_set(tokens) is text_set(tokens)  # made once for the list
    assert text_set(other) == {"Ibid", ",", ".", "5"}
    assert text_set(tokens) == frozenset(t.text for t in tokens)  # made again after another


@pytest.mark.parametrize("note", NOTES)
def test_casefolded_set_answers_for_each_list(note: str) -> None:
    tokens = tokenize(note)
    assert casefolded_set(tokens) == frozenset(t.text.casefold() for t in tokens)
    assert casefolded_set(tokenize("Reprint, 1899")) == {"reprint", ",", "1899"}
    assert casefolded_set(tokens) == frozenset(t.text.casefold() for t in tokens)


@pytest.mark.parametrize("note", NOTES)
def test_marks_union_answers_for_each_list(note: str) -> None:
    marks = token_marks(tokenize(note))
    union = frozenset().union(*marks)
    assert marks_union(marks) == union
    assert marks_union(marks) is marks_union(marks)
    assert marks_union([set(), {"page"}]) == {"page"}
    assert marks_union(marks) == union
