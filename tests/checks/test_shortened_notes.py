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


def test_a_book_no_note_gives_the_publisher_of_is_still_reported_in_each_note() -> None:
    text = TR.replace(" (İstanbul: Kitap Yayınevi, 2019)", "")
    assert _found(text) == [("book-without-publisher", 1), ("book-without-publisher", 3)]


def test_a_lone_shortened_note_is_reported() -> None:
    text = TR.replace("[1] Ahmet Yılmaz, Orta Asya’da Enerji Politikaları", "[1] Ali Demir, Kitap")
    assert _found(text) == [("book-without-publisher", 3)]
