"""The language of a cited title (session 17): a name's letters in a title of another language,
Arabic and Persian titles, titles in languages citekit only tells (Spanish, Italian, Polish),
and Russian titles romanised. The notes and titles are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.langid import detect_language
from citekit.languages import available_languages, language
from citekit.model import Location


def _language(note: str) -> str | None:
    (citation,) = parse_note(1, note, location=Location(path="a.md")).citations
    return citation.language


@pytest.mark.parametrize(
    "note",
    [
        "Мырзахметов М. Абай Құнанбаев: жизнь и творчество. – Алматы: Ғылым, 1995. – С. 12.",
        "История Қазақстана в документах / под ред. Т. Омарбекова. – Алматы, 2008. – С. 55.",
        "Абдрахманов Т. Языковая политика Қазақстана // Вестник КазНУ. – 2019. – № 2. – С. 15–22.",
    ],
)
def test_a_kazakh_name_keeps_its_letters_in_a_russian_title(note: str) -> None:
    assert _language(note) == "ru"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Қазақ хандығы", "kk"),  # `хандығы` writes ғ: a Kazakh word
        ("Қазақ тарихы", "kk"),  # `тарихы` is a Kazakh word, Kazakh writes қ
        ("Ұлы дала", "kk"),  # no word tells another language
        ("Абай және Шәкәрім", "kk"),
        ("Táýelsizdik shejiresi", "kk"),  # the first word's capital opens the title
        ("MAÇIN ÖNEMLİ ANLARI", "tr"),  # all capitals: no names
        ("Kazakistan'da Olağanüstü Hal İlan Edildi", "tr"),  # title case: every word capitalised
        ("Efes'in Kayıp Kütüphanesi", "tr"),  # `Efes'in`: a name and its suffix, no English `in`
    ],
)
def test_a_titles_own_letters_stay_its_evidence(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("تاریخ ایران در دوره صفویه", "fa"),
        ("سیاست خارجی ترکیه", "fa"),
        ("العلاقات التركية الروسية", "ar"),
        ("الدولة العثمانية", "ar"),
        ("قازاقستان رەسپۋبليكاسى", "kk"),  # Kazakh in the Arabic script keeps its letters
    ],
)
def test_arabic_and_persian_titles_are_no_kazakh(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Historia de España", "es"),
        ("Los turcos y el Imperio otomano", "es"),
        ("Storia dell’Asia centrale", "it"),
        ("Polityka zagraniczna Rosji", "pl"),
        ("Historia Polski", "pl"),
    ],
)
def test_a_spanish_italian_or_polish_title_is_told(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    "title",
    ["Kent ve Toplum", "Milli medeni miras", "Yryzdyqtan úmit mol", "Central Asia"],
)
def test_the_titles_only_languages_take_no_title_of_ours(title: str) -> None:
    assert detect_language(title) in ("tr", "tk", "kk", "en", "und")


def test_the_titles_only_languages_read_no_words_of_a_sentence() -> None:
    # their notes' own markers (ibid, access labels) and their months read only between a
    # day and a year, never "and" nor a year word
    for code in ("es", "it", "pl", "pt", "ar", "fa"):
        lang = language(code)
        assert lang.titles_only
        assert not lang.words.and_
        assert not lang.words.year
    assert not language("tr").titles_only
    assert "es" in available_languages()


def test_a_container_names_no_language_of_titles_only() -> None:
    note = "Smith J. Conference Program. New York: Prentice-Hall, Inc, 1999."
    assert _language(note) in (None, "en")


def test_the_mayo_clinic_is_no_month() -> None:
    note = "Smith J. The Mayo Clinic and Its Patients. New York: Wiley, 2001. P. 4."
    (citation,) = parse_note(1, note, location=Location(path="a.md")).citations
    assert citation.issued is not None
    assert citation.issued.year == 2001
    assert citation.issued.month is None


@pytest.mark.parametrize(
    "note",
    [
        "Ivanov, I. (2010). Ekonomika Kazakhstana [The economy of Kazakhstan]. Moscow: Nauka.",
        "Petrov P. Trudy po istorii Kazakhstana. Alma-Ata: Nauka, 1978. 210 p.",
        "Sidorov, S. (2005). Voprosy yazykovoy politiki v Respublike Kazakhstan. Almaty: Gylym.",
    ],
)
def test_a_romanised_russian_title_is_russian(note: str) -> None:
    assert _language(note) == "ru"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Kazakhstan 2050", "en"),
        ("Post-Soviet Kazakhstan", "en"),
        ("Kazakhstan’s Foreign Policy", "en"),
        ("Türkmenistanyň daşary syýasaty", "tk"),
        ("Qazaq tili", "kk"),
    ],
)
def test_english_and_turkic_latin_titles_stay_theirs(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Бірінші президент", "kk"),
        ("Козацька держава", "uk"),
        ("Кыргызстандын тарыхы", "ky"),
        ("Татар әдәбияты", "tt"),
        ("O'zbekiston Respublikasi Konstitutsiyasi", "uz"),
    ],
)
def test_neighbour_languages_by_their_words(title: str, code: str) -> None:
    assert detect_language(title) == code
