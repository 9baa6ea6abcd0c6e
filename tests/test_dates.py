from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit import PartialDate, load_language, parse_date, read_date
from citekit.errors import UnknownLanguageError
from tests.conftest import DATA, load_jsonl
from tests.linear import assert_linear

ROWS = load_jsonl(DATA / "dates" / "dates-dev.jsonl")
HINTS = {"tr", "ru", "kk", "tk", "en", "uk", "uz", "az"}


def _accuracy(use_hint: bool) -> float:
    right = 0
    for row in ROWS:
        hint = row["lang"] if use_hint and row["lang"] in HINTS else None
        date = parse_date(row["text"], hint)
        right += (date.isoformat() if date else None) == row["gold"]
    return right / len(ROWS)


@pytest.mark.parametrize("use_hint", [True, False])
def test_dev_set_accuracy_is_at_least_99_percent(use_hint: bool) -> None:
    accuracy = _accuracy(use_hint)
    print(f"dates accuracy (hint={use_hint}): {accuracy:.3f}")
    assert accuracy >= 0.99


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("25.10.2021", None, "2021-10-25"),
        ("25/10/2021", "tr", "2021-10-25"),
        ("2021-10-25", None, "2021-10-25"),
        ("25.X.2021", None, "2021-10-25"),
        ("25 Ekim 2021", None, "2021-10-25"),
        ("25 октября 2021 г.", None, "2021-10-25"),
        ("2021 жылғы 25 қазан", None, "2021-10-25"),
        ("25-nji oktýabr 2021 ý.", None, "2021-10-25"),
        ("October 25, 2021", None, "2021-10-25"),
        ("Erişim Tarihi: 25.10.2021", None, "2021-10-25"),
        ("(дата обращения: 25.10.2021)", None, "2021-10-25"),
        ("Date of Accession: 25.10.2021", None, "2021-10-25"),
        ("в ноябре 2023 года", "ru", "2023-11"),
        ("EKİM 2021", None, "2021-10"),
        ("heise online, 2014.", None, "2014"),
        ("17 Alp Arslan 2004 ý.", "tk", "2004-08-17"),
        ("2021-nji ýylyň 25-nji oktýabrynda", None, "2021-10-25"),
        ("12 листоп. 2020", "uk", "2020-11-12"),  # DSTU 3582 abbreviations
        ("3 берез. 2019", "uk", "2019-03-03"),
        ("15 көкек 2020", "kk", "2020-04-15"),  # April's older Kazakh name
    ],
)
def test_reads_the_forms_notes_use(text: str, lang: str | None, expected: str) -> None:
    date = parse_date(text, lang)
    assert date is not None
    assert expected == date.isoformat()


def test_ambiguous_numeric_date_follows_language_and_says_so() -> None:
    tr = parse_date("03/04/2021", "tr")
    en = parse_date("Accessed 03/04/2021")
    assert tr is not None
    assert en is not None
    assert (tr.isoformat(), tr.ambiguous) == ("2021-04-03", True)
    assert (en.isoformat(), en.ambiguous) == ("2021-03-04", True)


def test_weekday_settles_an_ambiguous_date() -> None:
    date = parse_date("пт, 09/06/2024 - 09:57")  # Friday 6 September 2024
    assert date is not None
    assert (date.isoformat(), date.ambiguous) == ("2024-09-06", False)


def test_impossible_date_is_none_with_a_reason() -> None:
    reading = read_date("Erişim Tarihi: 31.02.2021")
    assert reading.date is None
    assert reading.reason is not None
    assert "does not exist" in reading.reason
    assert read_date("Erişim Tarihi: 25.13.2021").reason == "impossible date: there is no month 13"


def test_impossible_day_does_not_fall_back_to_month() -> None:
    assert parse_date("29-njy fewral 2023 ý.", "tk") is None


def test_no_date_gives_none_not_today() -> None:
    assert parse_date("Erişim Tarihi:") is None
    assert parse_date("") is None
    assert parse_date("\x00\xff garbage \ufffd") is None


def test_unknown_language_hint_raises() -> None:
    with pytest.raises(UnknownLanguageError) as info:
        parse_date("25.10.2021", "xx")
    assert info.value.code == "xx"


def test_long_text_is_read_in_linear_time() -> None:
    assert_linear(lambda n: "Lorem ipsum 12 dolor, sit amet. " * n, parse_date, 2000)


def test_sixth_language_is_data_only(tmp_path: Path) -> None:
    (tmp_path / "xz.toml").write_text(
        'code = "xz"\nname = "Made-up Uzbek"\nscript = "Latn"\n'
        "[months]\n"
        'extra = { 1 = ["yanvarq"], 2 = ["fevralq"], 3 = ["martq"], 4 = ["aprelq"], '
        '5 = ["mayq"], 6 = ["iyunq"], 7 = ["iyulq"], 8 = ["avgustq"], 9 = ["sentyabrq"], '
        '10 = ["oktabrq"], 11 = ["noyabrq"], 12 = ["dekabrq"] }\n'
        '[words]\nyear = ["yilq"]\n',
        encoding="utf-8",
    )
    made_up = load_language(tmp_path / "xz.toml")
    date = parse_date("25 oktabrq 2021 yilq", made_up)
    assert date is not None
    assert date.isoformat() == "2021-10-25"


_XZ_MONTHS = [f"q{m}e" for m in ("yanvr", "fevr", "mart", "aprel", "may", "iyun", "iyul")]
_XZ_MONTHS += [f"q{m}e" for m in ("avgust", "sentyabr", "oktabr", "noyabr", "dekabr")]


@pytest.mark.parametrize(("vowels", "read"), [('stem_vowels = "ae"\n', "2021-10-25"), ("", "2021")])
def test_inflected_months_follow_the_language_files_stem_vowels(
    tmp_path: Path, vowels: str, read: str
) -> None:
    months = ", ".join(f'{m} = ["{n}"]' for m, n in enumerate(_XZ_MONTHS, 1))
    (tmp_path / "xz.toml").write_text(
        f'code = "xz"\n[months]\n{vowels}extra = {{ {months} }}\n', encoding="utf-8"
    )
    date = parse_date("25 qoktabrda 2021", load_language(tmp_path / "xz.toml"))
    assert date is not None
    assert date.isoformat() == read  # without the vowels, no month: the year alone


@given(
    st.integers(1900, 2099),
    st.one_of(st.none(), st.integers(1, 12)),
    st.integers(1, 28),
)
def test_isoformat_round_trips(year: int, month: int | None, day: int) -> None:
    date = PartialDate(year, month, day if month else None)
    assert date == parse_date(date.isoformat())


@given(st.text(max_size=300))
def test_any_text_never_raises(text: str) -> None:
    read_date(text)


def test_a_short_text_read_again_gives_the_same_reading() -> None:
    from citekit.dates import _read_date  # the reading itself, without the cache of short texts

    for text in ("2019", "25.10.2021", "Ekim 2021", "31.02.2021", "1999–2000", "12/03/2020"):
        for lang in (None, "ru", "en"):
            first = read_date(text, lang)
            assert first == _read_date(text, lang) == read_date(text, lang)


@pytest.mark.parametrize("text", ["1.1.1", "5.3.9", "1/1/1", "Bölüm 5.3.9"])
def test_a_one_digit_year_is_no_year(text: str) -> None:
    # "1.1.1" was 0001-01-01, a date no one wrote, which the ISO form could not read back
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "iso"), [("25.10.21", "2021-10-25"), ("1.1.01", "2001-01-01")])
def test_two_digit_years_still_read(text: str, iso: str) -> None:
    date = parse_date(text)
    assert date is not None
    assert date.isoformat() == iso
