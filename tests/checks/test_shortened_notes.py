"""A shortened note leaves to the full note what the reference list takes from it: the record
rules (issue 12) judge the source, not each note that names it."""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.pipeline import read_bytes

TR = """Türkmenistan ve Kazakistan arasındaki ilişkiler son yıllarda gelişmektedir.[1] Uzmanlar
bu gelişmeyi olumlu karşılamaktadır.[2] Ulaştırma koridorları önem kazanmaktadır.[3]

Dipnotlar
[1] Ahmet Yılmaz, Orta Asya’da Enerji Politikaları (İstanbul: Kitap Yayınevi, 2019), 45.
[2] Mehmet Kara, “Türkmenistan’ın Dış Politikası”, Avrasya Etüdleri, Cilt 12, Sayı 3, 2018, 77-98.
[3] Yılmaz, Orta Asya’da Enerji Politikaları, 60.
"""


def _found(text: str) -> list[tuple[str, int | None]]:
    doc = read_bytes(text.encode(), path="makale.txt")
    rules = {"book-without-publisher", "article-without-volume"}
    return [(f.rule, f.location.note) for f in check(doc, config=CheckConfig()) if f.rule in rules]


def test_a_shortened_note_after_the_full_one_is_not_a_book_without_publisher() -> None:
    assert _found(TR) == []


def test_a_book_no_note_gives_the_publisher_of_is_reported_once_at_its_first_note() -> None:
    text = TR.replace(" (İstanbul: Kitap Yayınevi, 2019)", "")
    assert _found(text) == [("book-without-publisher", 1)]


def test_a_shortened_note_of_an_article_is_not_judged_as_a_book() -> None:
    text = TR.replace(
        "[3] Yılmaz, Orta Asya’da Enerji Politikaları, 60.",
        "[3] Kara, “Türkmenistan’ın Dış Politikası”, 80.",
    )
    assert _found(text) == []


RU = """Экономика Казахстана растёт быстрее, чем ожидали аналитики.[1] Статьи это объясняют.[2]

Примечания
[1] Иванов И. И. Энергетическая политика Казахстана // Вопросы экономики. 2015.
[2] Иванов И. И. Энергетическая политика Казахстана. С. 50.
"""


def test_an_article_without_its_numbers_is_reported_once_at_its_full_note() -> None:
    assert _found(RU) == [("article-without-volume", 1)]
    full = RU.replace("экономики. 2015.", "экономики. 2015. № 3. С. 45–60.")
    assert _found(full) == []


def test_a_lone_shortened_note_is_reported() -> None:
    text = TR.replace("[1] Ahmet Yılmaz, Orta Asya’da Enerji Politikaları", "[1] Ali Demir, Kitap")
    assert _found(text) == [("book-without-publisher", 3)]
