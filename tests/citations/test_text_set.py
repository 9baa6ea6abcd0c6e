"""`tokens.text_set` and `casefolded_set`: a note's token texts as a set, made once per list."""

from __future__ import annotations

from citekit.citations.tagger.tokens import casefolded_set, text_set, tokenize


def test_the_set_holds_every_token_text() -> None:
    tokens = tokenize("Иванов И. И. Записки / ред. А. Петров. — М.: Наука, 2015. — 304 с.")
    assert text_set(tokens) == frozenset(t.text for t in tokens)
    assert "/" in text_set(tokens)
    assert "*" not in text_set(tokens)


def test_each_list_has_its_own_set() -> None:
    first = tokenize("Smith J. *Title*, 2019.")
    second = tokenize("Smith J. Title, 2019.")
    assert "*" in text_set(first)
    assert "*" not in text_set(second)
    assert "*" in text_set(first)  # asked again after another list: still its own
    assert text_set(second) is text_set(second)  # made once for one list


def test_a_slice_is_read_anew() -> None:
    tokens = tokenize("(1924–1925) М., 1958")
    assert "(" in text_set(tokens)
    assert "(" not in text_set(tokens[1:])


def test_the_casefolded_set_folds_each_text() -> None:
    tokens = tokenize("REPRINT, London: Dover, 1965")
    assert casefolded_set(tokens) == frozenset(t.text.casefold() for t in tokens)
    assert "reprint" in casefolded_set(tokens)
    assert "reprint" not in casefolded_set(tokenize("London: Dover, 1965"))
