"""A pass that skips itself on a precheck (`tagger.prechecks`) skips only notes it could not
change: on the notes the precheck turns away, the work it saves finds nothing, and the
counts `langid` takes by few letters are the counts of whole letter sets."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from citekit.citations.tagger.content import _BRACKETED, without_medium
from citekit.citations.tagger.contributors import _contributor_vocabulary, contributor_words_in
from citekit.citations.tagger.decisions import _case, case_numbers
from citekit.citations.tagger.features import token_marks
from citekit.citations.tagger.handwritten import _ROLE_MARKS as _HANDWRITTEN_ROLES
from citekit.citations.tagger.lexicons import fold as lexicon_fold
from citekit.citations.tagger.named_roles import _ROLE_MARKS as _NAMED_ROLES
from citekit.citations.tagger.periods import date_given_back
from citekit.citations.tagger.prechecks import folds_as_casefold, marks_union, slashed_digits
from citekit.citations.tagger.tokens import casefolded_set, text_set, tokenize
from citekit.citations.tagger.values import _APOSTROPHE, PAIRS, balanced
from citekit.citations.tagger.years import (
    _NUMBERED_WORDS,
    edition_word_in_title,
    number_before_word,
    page_before_word,
)
from citekit.langid import _WHOLE_WORDS
from citekit.langid_profiles import BASIC, LETTERS, by_script, row_extras
from citekit.training import generate_samples

# marks the checks turn on and letters around them: decimal digits of two scripts, a digit
# that is no decimal (`²`), Turkish capitals whose casefold gains a dot
_ALPHABET = "/ 12٣²aİIıiE.№:-\u0307"
_WRITTEN = [
    "Yargıtay 4. HD, E. 2019/123, K. 2020/45, T. 15.01.2020",
    "AYM, B. No: 2018/12345, 25.06.2020",
    "App. no. 74025/01, ECHR",
    "https://example.org/a/b/2020/",
    "Иванов И. И. История. М., 2001 / худож. В. Г. Петров.",
    "İSTANBUL: İletişim, 2005; resimleyen Ali Kaya",
    "Kemal H. Karpat, İslam'ın Siyasallaşması, Çev. Şiar Yalçın, İstanbul 2004",
    "Переклад з англ.; авт. передм. О. Забужко. Київ: Основи, 1998",
]


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 20))) for _ in range(count)]


@pytest.fixture(scope="module")
def notes() -> list[str]:
    """A few hundred generated notes and the written ones."""
    return [*_WRITTEN, *dict.fromkeys(s.text.text for s in generate_samples(400, seed=11))]


def test_slashed_digits_is_a_digit_slash_digit() -> None:
    for text in [*_WRITTEN, *_random_texts(5000, seed=3)]:
        assert slashed_digits(text) == (re.search(r"\d/\d", text) is not None), text


def test_no_case_number_where_no_slash_stands_between_digits(notes: list[str]) -> None:
    skipped = 0
    for text in notes:
        if not slashed_digits(text):
            skipped += 1
            assert _case().search(text) is None, text
    assert skipped > 100  # most notes are turned away


def test_case_numbers_changes_nothing_it_skips(notes: list[str]) -> None:
    for text in notes:
        if slashed_digits(text) or (" v" in text):
            continue
        tokens = tokenize(text)
        found = [("title", 0, len(tokens))] if tokens else []
        marks: list[set[str]] = [set() for _ in tokens]
        assert case_numbers(tokens, text, marks, found) == found


def test_case_numbers_are_still_found() -> None:
    text = _WRITTEN[0]
    tokens = tokenize(text)
    found = [("title", 0, len(tokens))]
    marks: list[set[str]] = [set() for _ in tokens]
    assert case_numbers(tokens, text, marks, found) != found


def test_casefold_is_the_lexicon_fold_without_a_dot() -> None:
    for text in [*_WRITTEN, *_random_texts(3000, seed=5)]:
        for word in text.split():
            if folds_as_casefold({word.casefold()}):
                assert lexicon_fold(word) == word.casefold(), word


def test_contributor_words_in_is_the_folded_look_up(notes: list[str]) -> None:
    vocabulary = _contributor_vocabulary()
    seen = 0
    for text in notes:
        tokens = tokenize(text)
        expected = not vocabulary.isdisjoint(map(lexicon_fold, text_set(tokens)))
        assert contributor_words_in(tokens) == expected, text
        seen += expected
        casefolded_set(tokens)  # the shared set, as the passes make it
    assert seen >= 2  # `худож.`, `авт. передм.`, `resimleyen` are found


def test_langid_counts_a_row_by_its_few_letters() -> None:
    rng = random.Random(9)
    for script, rows in by_script().items():
        basic = BASIC.get(script, frozenset())
        pool = sorted(basic | frozenset().union(*(row[1] for row in rows)) | {"ß", "ω"})
        extras = row_extras(script)
        assert len(extras) == len(rows)
        for _ in range(300):
            distinct = set(rng.sample(pool, rng.randint(0, min(len(pool), 30))))
            special = distinct - basic
            for row, (lacking, groups) in zip(rows, extras, strict=True):
                letters = row[1]
                missing = sum(1 for char in special if char not in letters)
                outside = missing + sum(1 for char in lacking if char in distinct)
                assert outside == len(distinct - letters)
                assert len(special) - missing == len(special & letters)
                assert [group[-1] for group in groups] == list(row[4])


def test_marks_union_is_every_tokens_marks(notes: list[str]) -> None:
    lists = [token_marks(tokenize(text)) for text in notes[:200]]
    for marks in [*lists, *reversed(lists)]:  # each list its own, asked in any order
        assert marks_union(marks) == frozenset().union(*marks)
    copy = [set(m) for m in lists[0]]
    assert marks_union(copy) == marks_union(lists[0])


def test_number_before_word_changes_nothing_it_skips(notes: list[str]) -> None:
    skipped = 0
    for text in notes:
        tokens = tokenize(text)
        marks = token_marks(tokens)
        if not _NUMBERED_WORDS.isdisjoint(marks_union(marks)):
            continue
        skipped += 1
        found = [("title", 0, len(tokens))] if tokens else []
        assert number_before_word(tokens, marks, found) == found
        # with the union unasked, no token past the second holds a numbered word either
        assert all(_NUMBERED_WORDS.isdisjoint(m) for m in marks[2:])
    assert skipped > 100


def test_union_checks_are_the_per_token_checks(notes: list[str]) -> None:
    for text in notes:
        marks = token_marks(tokenize(text))
        union = marks_union(marks)
        for mark in ("Blegislation", "in", "Barchived", "Barchive"):
            assert (mark in union) == any(mark in m for m in marks)
        for keys in (_HANDWRITTEN_ROLES, _NAMED_ROLES):
            assert keys.isdisjoint(union) == all(map(keys.isdisjoint, marks))


def _balanced_walk(text: str, opener: str) -> bool:
    """`balanced` as a walk over every opener and closer (its definition)."""
    closer = PAIRS[opener]
    if closer in "’'":
        text = _APOSTROPHE.sub("", text)
    if opener == closer:
        return text.count(opener) % 2 == 0
    depth = 0
    for char in text:
        depth += (char == opener) - (char == closer)
        if depth < 0:
            return False
    return depth == 0


def test_balanced_counts_as_the_walk_does() -> None:
    rng = random.Random(21)
    marks = "".join(PAIRS) + "".join(PAIRS.values()) + "ab 1’'"
    texts = ["".join(rng.choices(marks, k=rng.randint(0, 12))) for _ in range(5000)]
    for text in [*texts, "(ML 16.1) K-means (part 1", "«Вестник «НАН» РК»", "O'Brien's"]:
        for opener in PAIRS:
            assert balanced(text, opener) == _balanced_walk(text, opener), (text, opener)


def test_a_designation_needs_its_closing_bracket() -> None:
    assert without_medium("Развитие культуры [Электронный ресурс]") == "Развитие культуры"
    for text in ["Развитие культуры [Электронный ресурс", "Title", "[Текст"]:
        assert _BRACKETED.search(text) is None
        assert without_medium(text) == text


def test_whole_words_hold_every_run_of_letters(notes: list[str]) -> None:
    rng = random.Random(23)
    texts = ["".join(rng.choices("ab-- 1_’'ä", k=rng.randint(0, 16))) for _ in range(5000)]
    for text in [*texts, *notes, "ун-та", "İnceleme-Metin-Dizin", "a--b-", "-a-"]:
        whole = _WHOLE_WORDS.findall(text)
        parts = "-".join(whole).split("-") if whole else []
        assert parts == LETTERS.findall(text), text


@pytest.mark.parametrize(
    ("mark", "step"),
    [
        ("Bedition", edition_word_in_title),
        ("Bpage", page_before_word),
        ("Bmonth", date_given_back),
    ],
)
def test_a_pass_with_no_mark_of_its_word_changes_nothing(
    notes: list[str], mark: str, step: Callable[..., list[tuple[str, int, int]]]
) -> None:
    seen = 0
    for text in notes:
        tokens = tokenize(text)
        marks = token_marks(tokens)
        if mark in marks_union(marks) or len(tokens) < 4:
            continue
        seen += 1
        n = len(tokens)
        for found in (
            [("title", 0, n // 2), ("issued", n // 2, n)],
            [("title", 0, 2), ("volume", 2, 3), ("issued", 3, n)],
        ):
            assert step(tokens, marks, found) == found
    assert seen > 50


def test_note_wide_skips_turn_away_only_notes_without_the_word(notes: list[str]) -> None:
    """speed24's prechecks: a platform's first word (`social_post`), a last-change label's
    last word (`modified_label`), a year's word (`worded_year`) and a part's word (`unplaced`'s
    `part_word`) stand nowhere in a note the precheck turns away."""
    from citekit.citations.tagger.handles import _firsts
    from citekit.citations.tagger.parts import part_word, part_words_in
    from citekit.citations.tagger.sites import _modified_lasts

    written = [
        "@MFA_Kazakhstan, “Statement”, Twitter, 12 March 2021.",
        "“Astana”, Wikipedia, last modified April 12, 2023, https://en.wikipedia.org/wiki/Astana.",
        "Курс русской истории. Т. 2, ч. 1. М., 1904.",
        "СЗ СССР, 1923 г., № 81.",
    ]
    turned = dict.fromkeys(["platform", "modified", "year", "part"], 0)
    for text in [*written, *notes]:
        tokens = tokenize(text)
        marks = token_marks(tokens)
        folded = casefolded_set(tokens)
        plain = folds_as_casefold(folded)
        if _firsts().isdisjoint(folded) and plain:
            turned["platform"] += 1
            assert all(lexicon_fold(t.text) not in _firsts() for t in tokens), text
        if _modified_lasts().isdisjoint(folded):
            turned["modified"] += 1
            assert all(t.text.casefold() not in _modified_lasts() for t in tokens), text
        if "year" not in marks_union(marks):
            turned["year"] += 1
            assert not any("year" in m for m in marks), text
        if not part_words_in(tokens):
            turned["part"] += 1
            assert not any(part_word(tokens, marks, k) for k in range(len(tokens))), text
    assert all(count > 100 for count in turned.values())  # most notes are turned away
    for text in written:  # … and a note with the word is not
        tokens = tokenize(text)
        assert not (
            _firsts().isdisjoint(casefolded_set(tokens))
            and _modified_lasts().isdisjoint(casefolded_set(tokens))
            and "year" not in marks_union(token_marks(tokens))
            and not part_words_in(tokens)
        ), text


def test_social_post_and_modified_label_still_read_their_notes() -> None:
    from citekit.citations.tagger.features import token_marks
    from citekit.citations.tagger.handles import social_post
    from citekit.citations.tagger.sites import modified_label

    text = "@MFA_Kazakhstan, “Statement”, Twitter, 12 March 2021."
    tokens = tokenize(text)
    twitter = next(k for k, t in enumerate(tokens) if t.text == "Twitter")
    found = [("other", 0, twitter), ("other", twitter, twitter + 1)]
    found.append(("other", twitter + 1, len(tokens)))
    assert ("container-title", twitter, twitter + 1) in social_post(tokens, found)
    text = "Wikipedia, last modified April 12, 2023"
    tokens = tokenize(text)
    comma = next(k for k, t in enumerate(tokens) if t.text == ",")
    month = next(k for k, t in enumerate(tokens) if t.text == "April")
    found = [("container-title", 0, month), ("issued", month, len(tokens))]
    marks = token_marks(tokens)
    assert modified_label(tokens, marks, found)[0] == ("container-title", 0, comma)


def test_windowed_and_literal_prechecks_are_their_patterns() -> None:
    """`double_volumes._has_form` (the pattern tried only before each ` (`) and
    `generations._spaced` (a suffix after a space) say what the patterns say."""
    from citekit.citations.tagger.double_volumes import _FORM, _has_form
    from citekit.citations.tagger.generations import _precheck, _spaced

    rng = random.Random(24)
    pieces = [*" (-–,.aZ1234567890", "Jr", "Sr", "II", "III", "IV", "Studia Iranica 23–24 (1995)"]
    texts = ["".join(rng.choices(pieces, k=rng.randint(0, 30))) for _ in range(20000)]
    texts += ["Studia Iranica 23–24 (1995)", "X 1 - 2 (", "King, Martin Luther, Jr. Title"]
    forms = suffixes = 0
    for text in texts:
        found = _FORM.search(text) is not None
        assert _has_form(text) == found, text
        forms += found
        if _precheck().search(text) is not None:
            suffixes += 1
            assert any(word in text for word in _spaced()), text
    assert forms > 50
    assert suffixes > 20
