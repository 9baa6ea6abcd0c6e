"""Title languages, session 23: Ukrainian titles with `і` alone (Kazakh spells a word with `і`
by front harmony: no `о`, `я`, `ь` after it), short Kyrgyz titles (long vowels written double,
Kyrgyz words Kazakh typed plainly shares), a title given again in another language in brackets,
and a journal named in another alphabet. The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations.marked_titles import before_parallel, names_alike
from citekit.langid import detect_language
from citekit.languages import language
from tests.scoring import predict


def _language(note: str) -> object:
    return predict({"note": note, "prev": []}).get("language")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Ukrainian: `і` before `о`, `я`, `ь` in one word, or an apostrophe before `я`
        ("Лісова пісня", "uk"),
        ("Кінець епохи", "uk"),
        ("Літопис Самовидця", "uk"),
        ("Кайдашева сім'я", "uk"),
        ("Мова та культура", "uk"),
        # Kazakh keeps `і` with its suffixes, loan words too
        ("Қазіргі қазақ тілі", "kk"),
        ("Университетінде", "kk"),
        ("Оңтүстік Қазақстан", "kk"),
        # Kyrgyz: a long vowel written double, Kyrgyz words
        ("Кандуу жылдар", "ky"),
        ("Кыргыз тили", "ky"),
        ("Токтогул ырлары", "ky"),
        ("Ала-Тоонун балдары", "ky"),  # a back rounded genitive: Kazakh `-ның`
        # … Kazakh typed with Russian letters stays Kazakh
        ("Казак тили", "kk"),
        # Russian: `история`, which neither Kazakh nor Kyrgyz writes
        ("История Кыргызстана", "ru"),
        # German: the compounds of the area literature
        ("Der Islam in Zentralasien", "de"),
        ("Chinesisch-Turkestan", "de"),
    ],
)
def test_a_short_title_is_in_the_language_its_spelling_tells(title: str, expected: str) -> None:
    assert detect_language(title) == expected


def test_never_after_is_language_data() -> None:
    assert "о" in language("kk").never_after["і"]
    assert not language("uk").never_after


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Коцюбинський М. Кінець епохи. – Київ, 1985.", "other"),
        ("Айтматов Ч. Кандуу жылдар. – Фрунзе, 1966.", "other"),
        ("Сыздықова Р. Қазақ тілі. – Алматы: Ғылым, 1993.", "kk"),
        # the title before a bracketed title in another language
        ("Ибраимов Ж. История Кыргызстана (Кыргызстандын тарыхы). – Бишкек, 2010.", "ru"),
        ("Gurbanow A. Türkmenistanyň taryhy (История Туркменистана). – Aşgabat, 2016.", "tk"),
        # a journal named in another alphabet tells nothing of the title's language
        ("Кочевники Мангышлака // Qazaq tarihy. – 2020. – № 4.", "ru"),
    ],
)
def test_a_note_gives_its_title_language(note: str, expected: str) -> None:
    assert _language(note) == expected


def test_before_parallel_keeps_a_bracket_in_the_titles_own_language() -> None:
    assert before_parallel("История Кыргызстана (Кыргызстандын тарыхы)") == "История Кыргызстана"
    assert before_parallel("Очерки истории (1900–1920)") == "Очерки истории (1900–1920)"
    assert before_parallel("Манас (кыргыз эпосу)") == "Манас (кыргыз эпосу)"  # `Манас`: none


def test_a_latin_name_tells_nothing_of_a_cyrillic_title() -> None:
    assert not names_alike("Кочевники Мангышлака", "Qazaq tarihy")
    assert names_alike("Жырау", "Ұлт тағылымы")
    assert names_alike("Etika Kanta", "Материалы конференции")  # a title romanised
    assert names_alike("1916", "Qazaq tarihy")  # no letters: no alphabet
