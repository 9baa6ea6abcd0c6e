from __future__ import annotations

from pathlib import Path

import pytest

from citekit import language, load_language
from citekit.errors import LanguageDataError, UnknownLanguageError
from citekit.languages import available_languages


@pytest.mark.parametrize("code", available_languages())
def test_every_language_file_is_complete(code: str) -> None:
    lang = language(code)
    assert code == lang.code
    # a language citekit only tells titles in (Spanish, Persian) reads no dates
    assert lang.titles_only or all(lang.months[m] for m in range(1, 13))
    assert lang.alphabets, "langid needs at least one alphabet"
    assert lang.numeric_order in ("DMY", "MDY", "YMD")


@pytest.mark.parametrize("code", ["tr", "ru", "kk", "tk", "en"])
def test_main_languages_have_note_words(code: str) -> None:
    words = language(code).words
    assert words.ibid
    assert words.accessed
    assert words.notes_heading
    assert {"accessed", "ibid", "page"} <= set(language(code).terms)


def test_months_come_from_cldr() -> None:
    assert "октября" in language("ru").months[10]
    assert "қазан" in language("kk").months[10]


def test_unknown_code_raises_with_code() -> None:
    with pytest.raises(UnknownLanguageError) as info:
        language("zz")
    assert info.value.code == "zz"


def test_malformed_file_names_file_and_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('code = "bad"\n[months]\nextra = { 13 = ["x"] }\n', encoding="utf-8")
    with pytest.raises(LanguageDataError, match="month number"):
        load_language(bad)


@pytest.mark.parametrize("code", ["tr", "ru", "kk", "tk", "en"])
def test_main_languages_give_the_tagger_its_words(code: str) -> None:
    words = language(code).words
    for key in ("publisher", "editor", "translator", "extent", "see", "cities", "journal"):
        assert getattr(words, key), f"{code}: [words] {key} is empty"


def test_an_unknown_word_key_names_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('code = "bad"\ncldr = "en"\n[words]\npublishers = ["Press"]\n', "utf-8")
    with pytest.raises(LanguageDataError, match=r"unknown key.*publishers") as info:
        load_language(bad)
    assert info.value.path == str(bad)


def test_type_words_are_read_and_a_bad_table_names_the_file(tmp_path: Path) -> None:
    assert "Raporu" in language("tr").type_words["report"]
    bad = tmp_path / "bad.toml"
    bad.write_text('code = "bad"\ncldr = "en"\n[types]\nreport = "Report"\n', "utf-8")
    with pytest.raises(LanguageDataError, match="'report' must be a list") as info:
        load_language(bad)
    assert info.value.path == str(bad)
