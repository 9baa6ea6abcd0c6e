"""Session 27 (second round) facts of the language of a cited title: Azerbaijani and Kyrgyz typed
without their own letters, Turkish spelling `Azerbaycan` as its own word, English title words
Turkic notes never write, the short conjunctions of Belarusian and Ukrainian. The notes are
written for these tests."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mammadov, R. Azerbaycan edebiyyati tarixi. Baki: Elm, 2012. 420 s.", "az"),
        ("Aliyeva, N. (2019). Muasir Azerbaycan dilinin leksikologiyasi. Baki: Nurlan.", "az"),
        ("Huseynov A. Azerbaycanin xarici siyaseti. Baki: Qanun, 2016.", "az"),
        ("Juldashev K. Кыргызча-орусча создук. Бишкек: Шам, 2001.", "ky"),
        ("Осмонов О. Кыргыз тилинин создугу. Бишкек: Бийиктик, 2005. 320 б.", "ky"),
        ("Peker, A. (2019). Big Data Analytics. Istanbul: Papatya Yayincilik.", "en"),
        ("Быкаў В. Песні і думы. Мінск: Юнацтва, 1990.", "be"),
        (
            "Петренко О. Уряд запропонував створити транспортний коридор [Електронний ресурс]"
            " // Урядовий кур'єр. 2010. Режим доступу: https://ukurier.gov.ua/a/1",
            "uk",
        ),
    ],
)
def test_a_note_typed_plainly_keeps_its_titles_language(text: str, language: str) -> None:
    assert _first(text).language == language


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Azerbaycan Türkleri", "tr"),
        ("Tarih Yazıcılığı: Azerbaycan Örneği", "tr"),
        ("Türkiye ve Azerbaycan", "tr"),
        ("Azerbaycan edebiyyati tarixi", "az"),
        ("Data Science", "en"),
        ("Кыргыз Республикасынын тышкы саясаты", "ky"),
        ("Кыргыздардын каада-салттары", "ky"),
        ("Казак тарихынын очерктери", "kk"),
        ("Қазақстанның тарихы", "kk"),
        ("Smart Cities", "en"),
        ("Кыргызча-орусча создук", "ky"),
        ("Казакша-орысша создик", "kk"),
        ("Автор и читатель", "ru"),
        ("Дзеці вайны", "be"),
        ("Сад й город", "uk"),
        ("Заттарды (і) Шымкенттен, Алматыдан арнайы заказбен алдырамыз", "kk"),
        ("Освіта й наука", "uk"),
    ],
)
def test_title_language(title: str, language: str) -> None:
    assert detect_language(title) == language
