"""Kyrgyz beside Kazakh (session 28): Kazakh typed without its own letters spells many words as
Kyrgyz does (`тилинин`, `маселеси`, `-дагы`), so such a form tells the two apart no more than a
shared word; Kyrgyz's own endings (`-уу`, `-оо`, `-догу`, `-тук`) and its rounding, which writes
`ө`, `ү` syllable after syllable where Kazakh writes them in the first alone, decide. Uzbek is
weighed by its Cyrillic words too. The titles are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.langid import detect_language
from citekit.model import Location


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # Kyrgyz in Russian letters alone
        ("Манас эпосундагы мифологиялык образдар", "ky"),
        ("Жаштарды патриоттук рухта тарбиялоо", "ky"),
        ("Саясий партиялардын шайлоодогу ролу", "ky"),
        ("Суу ресурстарын башкаруунун маселелери", "ky"),
        ("Мамлекеттик тилди колдонуу маселеси", "ky"),
        ("Айыл жергесиндеги мектептердин абалы", "ky"),
        # Kyrgyz with the letters it shares with Kazakh, none of Kazakh's own
        ("Көчмөн элдердин салты", "ky"),
        ("Сөз түркүмдөрү", "ky"),
        ("Өмүр жолу", "ky"),
        ("Бүгүнкү күндүн көйгөйлөрү", "ky"),
        # Kazakh, with its letters or typed without them, stays Kazakh
        ("Сөз өнері", "kk"),
        ("Көкөніс шаруашылығы", "kk"),
        ("Түркі халықтарының өнері", "kk"),
        ("Казак тилиндеги создик кор", "kk"),
        ("Казакстан Республикасынын сырткы саясаты", "kk"),
        ("Абай шыгармаларындагы коркем бейнелер", "kk"),
        ("Улттык мемлекеттик саясат", "kk"),
        ("Мемлекет басшысы жаңа зауыт ашты", "kk"),
        # Uzbek in Cyrillic letters, a name's letter opening the title
        ("Ўзбек тили грамматикаси", "uz"),
        ("Ўзбек адабиёти тарихи", "uz"),
        # Russian titles whose words end as a Kyrgyz suffix would
        ("Последняя секунда эпохи", "ru"),
        ("Координация водопользования в бассейне Нарына", "ru"),
    ],
)
def test_title_language(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("note", "code"),
    [
        ("Асанов Т. Манас эпосундагы мифологиялык образдар. – Бишкек: Илим, 2005. – 180 б.", "ky"),
        ("Эсенов Т. Саясий партиялардын шайлоодогу ролу. – Бишкек: КРСУ, 2015. – 120 б.", "ky"),
        ("Каримов Ш. Ўзбек тили грамматикаси. – Тошкент: Фан, 1995. – 280 б.", "uz"),
        ("Қабдолов З. Сөз өнері. – Алматы: Мектеп, 1992. – 352 б.", "kk"),
    ],
)
def test_note_language(note: str, code: str) -> None:
    assert parse_note(1, note, location=Location(path="t")).citations[0].language == code
