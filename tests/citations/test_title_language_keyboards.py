"""The language of a cited title (session 25, second pass): a name in another alphabet's
letters opening a title whose other words tell its language; Turkic Latin titles in capitals,
whose `I` is the capital of `ı`; Turkmen typed on a Turkish keyboard (`ı` for `y`, `ñ` for
`ň`); Kyrgyz titles typed without their letters, told by the note's place. The notes are
written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.langid import BY_SCRIPT, detect_language
from citekit.model import Location


def _language(note: str) -> str | None:
    parsed = parse_note(1, note, location=Location(path="t"))
    assert parsed.citations
    return parsed.citations[0].language


@pytest.mark.parametrize(
    "note",
    [
        "Нурпеисов К. Қазақстан и Россия: история взаимоотношений. — Алматы, 2003. — 288 с.",
        "Абылхожин Ж. Қазақстан в годы новой экономической политики // Вопросы истории. "
        "— 1998. — № 5. — С. 12–25.",
        "Омаров А. Көкшетау: история города в документах. — Кокшетау, 2012. — 215 с.",
        "Сейфуллин Т. Қарағанды и его шахтёры в годы войны. — Караганда, 2005. — 198 с.",
        "Жұмабаев М. Ұлытау и его окрестности: очерки краеведа. — Караганда, 1995. — 140 с.",
    ],
)
def test_a_kazakh_name_opening_a_russian_title_leaves_it_russian(note: str) -> None:
    assert _language(note) == "ru"


@pytest.mark.parametrize(
    "title",
    [
        "Қазақстан тарихы: оқулық",
        "Қазақ поэзиясы мен прозасы",
        "Қазақстан жолы",
        "Қазақ хандығының тарихы",
        "Ұлытау өңірінің тарихи ескерткіштері",
    ],
)
def test_a_kazakh_title_opening_with_a_name_stays_kazakh(title: str) -> None:
    assert detect_language(title) == "kk"


def test_a_first_word_before_words_in_their_own_letters_is_no_name() -> None:
    # `теленең` is a Tatar word too; `ң`, `һ` are no Russian letters: `ҡ` is the title's
    assert detect_language("Башҡорт теленең грамматикаһы") == "ba"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("XALQ MAHNILARI", "az"),  # `mahnıları`
        ("XALQ DASTANLARI", "az"),
        ("XALQ MAQOLLARI", "uz"),  # no Azerbaijani word, read either way
        ("O'ZBEK XALQ TARIXI", "uz"),
        ("TÜRK DILI VE EDEBIYATI", "tr"),
        ("OSMANLI TARIHI", "tr"),
    ],
)
def test_a_title_in_capitals_reads_its_i_as_dotless(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Umumı dil bilimi", "tk"),
        ("Türkmen diliniñ grammatikası", "tk"),
        ("Türkmen halkının tarıhı", "tk"),
        ("Gorkut ata dessanları", "tk"),
        # Turkish: its words read so are Turkish ones (`edebiyatı`, `arasında`, `asır`)
        ("Balkanlarda Halk Edebiyatı (XIX. Yüzyıl)", "tr"),
        ("Türkmen halkının medeniyeti", "tr"),
        ("Türkmen edebiyatının tarihi", "tr"),
        ("Türkler arasında ıslahat", "tr"),
        ("XX. asır Türk edebiyatı", "tr"),
        ("Osmanlı tarihinde kadın", "tr"),
    ],
)
def test_turkmen_typed_with_turkish_letters_is_turkmen(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("note", "code"),
    [
        ("Айтматов Ч. Ак кеме. Фрунзе: Мектеп, 1975. 190 б.", "ky"),
        ("Мамбетов А. Ала-Тоо. — Бишкек: Шам, 2001. — 96 б.", "ky"),
        ("Айтматов Ч. Жамийла. — Фрунзе: Мектеп, 1980. — 96 б.", "ky"),
        ("Сейфуллин С. Көкшетау. — Алматы: Мектеп, 1990. — 96 б.", "kk"),
        ("Айтматов Ч. Белый пароход. — Фрунзе: Мектеп, 1970. — 200 с.", "ru"),
    ],
)
def test_a_kyrgyz_title_without_its_letters_is_told_by_its_place(note: str, code: str) -> None:
    assert _language(note) == code


def test_a_title_in_han_characters_is_told_by_its_script() -> None:
    assert detect_language("中国与海外华人") in BY_SCRIPT
    assert detect_language("日本のことば") in BY_SCRIPT
