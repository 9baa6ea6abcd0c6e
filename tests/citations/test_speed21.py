"""Session 21 (speed21): the tagger's per-note path compiled, the dates compiled, and plain
dict caches in place of `lru_cache` on the hottest look-ups; the answers are the same."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from citekit import dates
from citekit.citations import _words
from citekit.citations.structure import find_exact
from citekit.citations.tagger import Rows, Tagger, load_tagger, tag_runs
from citekit.citations.tagger.abbreviations import may_hold_dotted
from citekit.citations.tagger.persons import nameless_persons
from citekit.citations.tagger.tagging import plain_labels
from citekit.citations.tagger.tokens import Token, tokenize

NOTE = "Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975. 304 с."


class _Counting(Tagger):
    """The shipped model, counting the calls of its `label_runs`."""

    calls = 0

    def label_runs(
        self,
        rows: Rows,
        fixed: Sequence[bool] = (),
        tokens: Sequence[Token] | None = None,
        *,
        titled: bool = True,
    ) -> tuple[list[str], set[int]]:
        type(self).calls += 1
        return super().label_runs(rows, fixed, tokens, titled=titled)


def test_a_taggers_own_label_runs_is_the_one_tag_runs_calls() -> None:
    mine = _Counting(load_tagger().path)
    shipped = tag_runs(NOTE, find_exact(NOTE))
    found = tag_runs(NOTE, find_exact(NOTE), tagger=mine)
    assert _Counting.calls == 1
    assert found[0] == shipped[0]
    assert found[1:] == shipped[1:]


def test_plain_labels_drop_the_run_prefixes_only() -> None:
    assert plain_labels(["B-author", "I-author", "other", "B-", "Bauthor"]) == [
        "author",
        "author",
        "other",
        "",
        "Bauthor",
    ]


def test_a_person_run_without_a_name_word_is_nameless() -> None:
    tokens = tokenize("Аз и Я. Алма-Ата")
    labels = ["title", "title", "author", "author", "publisher-place", "publisher-place"]
    labels += ["publisher-place"] * (len(tokens) - len(labels))
    assert nameless_persons(tokens, labels) == {2, 3}
    assert nameless_persons(tokens, ["author"] * len(tokens)) == set()


def test_lower_keeps_its_answers_bounded() -> None:
    for k in range(_words._MAX_LOWERED + 10):
        assert _words.lower(f"İSTANBUL {k}") == f"istanbul {k}"
    assert len(_words._LOWERED) <= _words._MAX_LOWERED
    long = "İ" * (_words._CACHED_CHARACTERS + 1)
    assert _words.lower(long) == "i" * len(long)
    assert long not in _words._LOWERED


def test_a_date_reading_is_still_read_from_the_dates_package() -> None:
    reading = dates.read_date("Erişim tarihi: 25.10.2021")
    assert isinstance(reading, dates.DateReading)
    assert reading.date is not None
    assert reading.date.isoformat() == "2021-10-25"
    assert reading == dates.DateReading(reading.date, None, reading.start, reading.end, "tr")


@given(st.text(alphabet=st.sampled_from(list("U.S R\u00a0\t\nС.Ш.А.ab")), max_size=16))
def test_may_hold_dotted_is_the_two_dotted_pattern(text: str) -> None:
    assert may_hold_dotted(text) == (re.search(r"\S\.\S\.", text) is not None)


def test_may_hold_dotted_on_written_notes() -> None:
    assert may_hold_dotted("La révolte des nations en U.R.S.S., Paris")
    assert may_hold_dotted("С.Ш.А.")
    assert not may_hold_dotted("Иванов И. И. История. М., 2001.")
    assert not may_hold_dotted("a. b. c.")
    assert not may_hold_dotted("U.S")
