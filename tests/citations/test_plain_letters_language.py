"""The cited title's language when its letters are typed plainly (session 21): Kazakh typed
with Russian letters (`ы` after `г к х ж ш ч щ`, which Russian spelling never writes; the
note's own labels when the title's words are even between languages), Turkmen without its
letters, romanised Russian and Kazakh titles in English notes. The notes are written for these
tests; they run through the shipped model."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.langid import detect_language
from citekit.model import Location


def _language(text: str) -> str | None:
    return parse_note(1, text, location=Location(path="t")).citations[0].language


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Гылыми терминология", "kk"),  # Ғылыми typed with г
        ("Шыгармалары", "kk"),
        ("Казак тарихы", "kk"),
        ("Омирге умит сыйлаймыз", "kk"),  # the first person plural -мыз
        # a name keeps its spelling in a Russian title: its letters tell nothing
        ("История Кызылорды", "ru"),
        ("Очерки истории Кызылорды и Шымкента", "ru"),
        ("Книги и жизнь", "ru"),
    ],
)
def test_kazakh_spelling_typed_with_russian_letters(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("note", "code"),
    [
        # the title's words are even between Kazakh and Russian: the note's labels tell
        ("Токаева А. Еки – он. – Алматы, 2010. – 252 б.", "kk"),
        ("Абишев Ж. Дайекти сан. Нур-Султан, «Арыс», 1990 жыл, 120 бет.", "kk"),
        ("Оразгаликызы З. Дала. 141-173-б.", "kk"),
        # … and a Russian note's labels keep a Russian reading
        ("Петров А. Дала. – М.: Наука, 1990. – 200 с.", "ru"),
        # a Turkmen note's Latin labels say nothing of a Cyrillic title
        ("Giňişleýin seret: Крейцерова соната // Энциклопедия Кругосвет. – 2020.", "ru"),
        # a title with words of its own keeps them beside another language's labels
        ("Масанов Н. Кочевая цивилизация казахов. – Алматы, 1995. – 320 б.", "ru"),
    ],
)
def test_a_title_even_between_languages_is_its_notes_labels(note: str, code: str) -> None:
    assert _language(note) == code


@pytest.mark.parametrize(
    ("note", "code"),
    [
        ("Gulyyew M. Halk doredijiligi. – Asgabat: Ylym, 1993. – 150 sah.", "tk"),
        ("Amangeldiyew R. Duye caly. Tehniki sertler. Garagum. 1983;1(19):53-65.", "tk"),
        ("Annayew B. Turkmen halkynyn taryhy we medeniyeti. – Asgabat, 2012. – 220 s.", "tk"),
        # Turkish typed in ASCII stays Turkish
        ("Ozturk S., Turk dilinin tarihi gelisimi, Istanbul: Dergah Yayinlari, 2008.", "tr"),
        ("Celik H., Kuresel isinma ve iklim degisikligi, Ankara: Nobel, 2019.", "tr"),
    ],
)
def test_turkmen_typed_plainly(note: str, code: str) -> None:
    assert _language(note) == code


@pytest.mark.parametrize(
    ("note", "code"),
    [
        ("Bartold, V. V. Turkestan v epokhu mongol'skogo nashestviya. St Petersburg, 1900.", "ru"),
        ("Masanov, N. E. Kochevaya tsivilizatsiya kazakhov. Moscow: Gorizont, 1995.", "ru"),
        (
            "S. E. Tolybekov, Kochevoe obshchestvo kazakhov v XVII – nachale XX veka"
            " (Alma-Ata: Nauka, 1971), 212.",
            "ru",
        ),
        ("Seidimbek, A. Qazaqtyn auyzsha tarikhy. Astana: Foliant, 2008.", "kk"),
        ('"Elimizde zhana mektepter ashyldy," Egemen Qazaqstan, 5 June 2020.', "kk"),
        ("Baitursynov, A. Til quraly. Orynbor, 1914.", "kk"),
        # Roman numerals are no romanised Russian `v`, `i`
        ("“Popülizm. Cilt V”, Türk Dünyası Ortak Edebiyat Ansiklopedisi, Cilt 34, 1967.", "tr"),
        ("Smith J. Central Asian trade routes in the nineteenth century. London, 2010.", "en"),
    ],
)
def test_romanised_titles_in_english_notes(note: str, code: str) -> None:
    assert _language(note) == code
