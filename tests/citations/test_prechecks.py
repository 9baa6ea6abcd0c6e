"""The cheap looks that answer before a pattern's scan give the pattern's answer: a note
kind's quote-or-"//" test, and a court decision's spaced "v" before its law report."""

from __future__ import annotations

import random
import re

import pytest

from citekit.citations._words import any_word
from citekit.citations.bracketed import _groups
from citekit.citations.court_cases import _CASE_NUMBER
from citekit.citations.court_cases import court_numbered as _court
from citekit.citations.note_kinds import _QUOTE_OR_GOST, _quote_or_gost, classify
from citekit.citations.tagger.decisions import CASE_REPORT
from citekit.citations.tagger.decisions import spaced_v as _spaced_v

# the marks the patterns turn on, and a few others around them
_ALPHABET = 'v.V, /:«»“„"\u00a0\t\n1234abМ'
_NOTES = [
    "Marbury v. Madison, 5 U.S. 137 (1803).",
    "Brown v Board of Education, 347 U.S. 483 (1954)",
    "Smith\u00a0v.\u00a0Jones, [1998] 2 AC 1",
    "Donoghue v.Stevenson, [1932] AC 562",
    "Иванов И. И. История // Вопросы истории. 2001. № 3. С. 5.",
    "https://example.org/page, 2020",
    "Yılmaz, “Hazar”, a.g.m., s. 45.",
    "Dava No. 2019/123, Anayasa Mahkemesi",
    "Journal of Asian Studies, vol. 3",
    "Вестник КазНУ. Серия журналистики. 2015. № 2.",
    "The Guardian, 12 March 2019, https://www.theguardian.com/world",
    "",
    "v",
    " v",
    "a v",
    "a v.",
]


def _random_texts(count: int, seed: int = 17) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 24))) for _ in range(count)]


def test_quote_or_gost_is_the_patterns_answer() -> None:
    for text in [*_NOTES, *_random_texts(3000)]:
        assert _quote_or_gost(text) == (_QUOTE_OR_GOST.search(text) is not None), text


def test_a_law_report_needs_a_spaced_v() -> None:
    for text in [*_NOTES, *_random_texts(3000, seed=18)]:
        if CASE_REPORT.search(text) is not None:
            assert _spaced_v(text), text


def test_a_spaced_v_is_found_where_written() -> None:
    assert _spaced_v("Marbury v. Madison")
    assert _spaced_v("Brown v Board")
    assert _spaced_v("Smith\u00a0v\u00a0Jones")
    assert not _spaced_v("vol. 5, Kiev")
    assert not _spaced_v("a v")  # nothing after it
    assert not _spaced_v("Savva v")


def test_a_case_number_needs_a_slash() -> None:
    for text in _random_texts(3000, seed=19):
        if _CASE_NUMBER.search(text) is not None:
            assert "/" in text


def test_the_court_and_the_kind_read_as_before() -> None:
    assert _court("Marbury v. Madison, 5 U.S. 137 (1803).")
    assert not _court("Иванов И. И. История. М., 2001.")
    assert classify("Yılmaz, “Hazar”, a.g.m., s. 45.").name != "COMMENT"


@pytest.mark.parametrize("seed", range(20))
def test_any_word_finds_a_word_where_the_alternation_does(seed: int) -> None:
    rng = random.Random(seed)
    letters = "abcаб. -"
    words = {"".join(rng.choices(letters, k=rng.randint(1, 4))) for _ in range(rng.randint(1, 12))}
    alternation = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    tree = any_word(words)
    for _ in range(300):
        text = "".join(rng.choices(letters, k=rng.randint(0, 12)))
        assert (tree.search(text) is None) == (alternation.search(text) is None)


@pytest.mark.parametrize(("key", "lexicon_too"), [("journal", True), ("news_site", False)])
def test_a_cues_first_words_are_found_as_before(key: str, lexicon_too: bool) -> None:
    from citekit.citations.type_cues import _cue_starts, casefold

    starts = _cue_starts(key, lexicon_too)
    assert starts is not None
    for text in _NOTES:
        found = starts.search(casefold(text)) is not None
        assert found == any(w in casefold(text) for w in _first_words(key, lexicon_too))


def _first_words(key: str, lexicon_too: bool) -> set[str]:
    from citekit.citations.tagger.features import lexicon
    from citekit.citations.type_cues import type_word_sequences as _type_words

    words = {w for w, found in _type_words().items() if any(k == key for _s, k in found)}
    if lexicon_too:
        words |= {w for w, found in lexicon().first.items() if any(k == key for _s, k, _b in found)}
    return words


def _groups_by_walk(text: str) -> list[tuple[int, int]]:
    """Outermost round brackets found by walking every character (what `_groups` answers)."""
    spans: list[tuple[int, int]] = []
    depth = start = 0
    for i, char in enumerate(text):
        if char == "(":
            if depth == 0:
                start = i
            depth += 1
        elif char == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
    return spans


def test_bracket_groups_found_by_jumps_equal_a_walk_over_every_character() -> None:
    rng = random.Random(17)
    texts = [*_NOTES, "a (b (c) d) e) (f", "))((", "(Князев А. // Вестник. 2010. (№ 3))"]
    texts += ["".join(rng.choice("ab() ") for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert _groups(text) == _groups_by_walk(text), text
