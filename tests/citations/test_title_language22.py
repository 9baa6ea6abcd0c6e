"""Title languages beside the five (session 22): Kyrgyz and Tatar titles typed with the vowel
letters Kazakh shares (`ө ү ә һ`) but none of Kazakh's own frequent ones (`і қ ғ ұ`); romanised
Kazakh (`sh`, `zh`, `kh`), which Turkmen never writes; Uzbek Latin typed without `o‘`, `g‘`.
The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language, language_evidence
from tests.scoring import predict


def _language(note: str) -> object:
    return predict({"note": note, "prev": []}).get("language")


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # Kyrgyz: `ө`, `ү` with no `і`, `қ`, `ғ`
        ("Бакиров Б. Кыргыз тилиндеги сөз жасоо. Бишкек: КУУ, 2016. 210 б.", "other"),
        ("Өкмөттүн жыйынында бюджет маселеси каралды // Азаттык. – 2020. – 3 март.", "other"),
        # Tatar: `ә`, `һ` with no `і`, `қ`, `ғ`
        (
            "Гыйльманов Р. Татар халкының тарихы һәм мәдәнияте // Фән һәм тел. – 2015. – №2.",
            "other",
        ),
        # Kazakh keeps them: `і` (`Ұлттық`), or `ң` alone (no vowel letter calls for them)
        ("Оразбаева Ф. Ана тілі және ұлттық мәдениет. – Алматы: Мектеп, 2009.", "kk"),
        ("“Мемлекет басшысы жаңа зауыт ашты”, Дала мен қала, 14.06.2012.", "kk"),
        # romanised Kazakh: `sh`, `gh`, `zh` are no Turkmen spelling
        ("Abai. Shygharmalary. – Almaty: Zhazushy, 1995. – 320 b.", "kk"),
        ("Zhubanov Q. Qazaq tili zhonindegi zertteuler. – Almaty: Gylym, 1966.", "kk"),
        # Turkmen typed plainly stays Turkmen
        ("Atayew A. Turkmen dilinin sozlugi. – Asgabat: Ylym, 2015. – 540 s.", "tk"),
        # Uzbek Latin without `o‘`, `g‘`
        ("Rahimov S. Ozbek tilining izohli lugati. Toshkent, 2006.", "other"),
    ],
)
def test_a_title_is_in_the_language_its_letters_tell(note: str, expected: str) -> None:
    assert _language(note) == expected


def test_kazakh_frequent_letters_tell_kyrgyz_and_tatar_apart() -> None:
    assert detect_language("Кыргыз тилиндеги сөз жасоо") == "ky"
    assert detect_language("Татар халкының тарихы һәм мәдәнияте") == "tt"
    assert detect_language("Қазақ тілінің сөздігі") == "kk"
    assert detect_language("Мемлекет басшысы жаңа зауыт ашты") == "kk"  # `ң` alone
    assert detect_language("Өнер") != "ky"  # too short to call for them
    # a name's letters call for none in a title in sentence case
    assert detect_language("Балсана Әлиманованың жасы 57-де") == "kk"


def test_turkmen_writes_no_romanised_groups() -> None:
    assert detect_language("Shygharmalary") == "kk"
    assert detect_language("Türkmenistanyň taryhy") == "tk"


def test_a_turkish_title_stays_turkish_beside_azerbaijani_labels() -> None:
    # the title's letters tell first: no `ə`, `q`, `x` in a title of some length is no
    # Azerbaijani; the labels (`səh.`) decide only what the title leaves even
    note = "Ortaylı İ. Osmanlı İmparatorluğu'nda Alman Nüfuzu. İstanbul: Kronik, 2018, səh. 45."
    assert _language(note) == "tr"
    evidence = dict(language_evidence("Osmanlı devletinde toprak düzeni"))
    assert evidence["tr"] - evidence["az"] > 5  # was 1.5: no `ə`, `q`, `x`
    assert _language("Məmmədov N. Azərbaycan ədəbiyyatı tarixi. Bakı: Elm, 2005, səh. 34.") == (
        "other"
    )
    assert detect_language("Türk xalqlarının tarixi") == "az"
