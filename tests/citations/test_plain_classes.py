"""The tokenizer's and the exact rules' classes are plain classes (mypyc compiles them as
native classes) that behave as the attrs classes they replace: equal by value, hashable,
picklable, with the same repr."""

from __future__ import annotations

import copy
import pickle

from citekit.citations.legal import Legal, find_legal
from citekit.citations.structure import Exact, find_exact
from citekit.citations.tagger.tokens import Token, tokenize


def test_tokens_are_equal_by_text_and_offsets() -> None:
    first, again = tokenize("Ibid., 5."), tokenize("Ibid., 5.")
    assert first == again
    assert first[0] is not again[0]
    assert Token("Ibid", 0, 4) == first[0]
    assert Token("Ibid", 1, 5) != first[0]
    assert first[0] != "Ibid"
    assert len({*first, *again}) == len(first)
    assert repr(first[0]) == "Token(text='Ibid', start=0, end=4)"


def test_tokens_survive_pickling_and_copying() -> None:
    tokens = tokenize("Сулейменов О. Аз и Я. 304 с.")
    assert pickle.loads(pickle.dumps(tokens)) == tokens
    assert copy.deepcopy(tokens) == tokens


def test_exact_findings_are_values() -> None:
    text = "Закон РК от 27.07.2007 № 319-III «Об образовании». URL: https://adilet.zan.kz/rus"
    found = find_exact(text)
    assert found == find_exact(text)
    assert hash(found) == hash(find_exact(text))
    assert found.legal.number == "319-III"
    assert found.url == "https://adilet.zan.kz/rus"
    assert pickle.loads(pickle.dumps(found)) == found
    assert repr(found).startswith("Exact(url='https://adilet.zan.kz/rus', doi=None, isbn=None,")
    assert Exact() == Exact(legal=Legal())
    assert Exact().legal == Legal()


def test_a_note_with_no_digit_has_no_legal_finding() -> None:
    assert find_legal("Ibid.") == Legal()
    assert repr(Legal(number="5")) == (
        "Legal(number='5', section=None, archive=None, archive_location=None, page=None,"
        " issue=None, law=False, spans=())"
    )
