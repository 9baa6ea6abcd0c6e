"""Forms of GOST, hand-written and İSNAD notes: a short title read into the name before it,
a volume written `4 т.` after the year, a book's volume and part (`C. III/1`), a title cut at
its statement of responsibility, co-editors joined by a spaced dash."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "family", "title", "host"),
    [
        ("Смирнов К. Земство, Новый мир, 2001, № 2, с. 45.", "Смирнов", "Земство", "Новый мир"),
        ("Орлов Б. Дума, Звезда, 1999, № 3, с. 10.", "Орлов", "Дума", "Звезда"),
        ("Лебедев В. Реформа, Знамя, 2004, № 8, с. 150.", "Лебедев", "Реформа", "Знамя"),
        (
            "Попов И. И. Старообрядцы, Наука и жизнь, 1990, № 5, с. 70.",
            "Попов",
            "Старообрядцы",
            "Наука и жизнь",
        ),
    ],
)
def test_a_short_title_after_the_initials_is_no_name(
    note: str, family: str, title: str, host: str
) -> None:
    found = first_citation(note)
    assert (found.authors[0].family, found.title, found.container) == (family, title, host)


@pytest.mark.parametrize(
    ("note", "volume"),
    [
        ("Байтұрсынұлы А. Шығармалары. – Алматы: Ана тілі, 2013. – 4 т. – 512 б.", "4"),
        ("Байтұрсынұлы А. Шығармалары. – Алматы: Ана тілі, 2013. – 4 том. – 512 б.", "4"),
        ("Жұмабаев М. Шығармалары. – Алматы: Жазушы, 1989. – 2 т.", "2"),
        ("Тыныстанов К. Тандалган чыгармалар. – Бишкек: Кыргызстан, 2004. – 2 том. – 310 б.", "2"),
        ("Бөкейхан Ә. Шығармалар жинағы. – Астана: Сарыарқа, 2009. – 2-т. – 380 б.", "2"),
    ],
)
def test_a_volume_after_the_year_without_its_hyphen(note: str, volume: str) -> None:
    found = first_citation(note)
    assert (found.volume, found.type) == (volume, "book")


def test_pages_stay_the_extent() -> None:
    found = first_citation("Иванов И. Собрание сочинений. – М.: Наука, 1990. – 312 с.")
    assert (found.volume, found.number_of_pages) == (None, "312")


@pytest.mark.parametrize(
    ("note", "volume"),
    [
        ("İsmail Hakkı Uzunçarşılı, Osmanlı Tarihi, Ankara: TTK, 1988, C. III/1, s. 45.", "III/1"),
        (
            "İbn Haldun, Mukaddime, haz. Süleyman Uludağ, İstanbul: Dergâh Yayınları, 2004, "
            "C. II/1, s. 210.",
            "II/1",
        ),
        ("Ключевский В. О. Сочинения. М.: Мысль, 1988. Т. 2/1. С. 45.", "2/1"),
    ],
)
def test_a_books_volume_and_part(note: str, volume: str) -> None:
    found = first_citation(note)
    assert (found.volume, found.issue) == (volume, None)


def test_a_periodicals_volume_and_issue_stay_apart() -> None:
    found = first_citation("Ahmet Yılmaz, “Tanzimat ve Taşra”, Türk Kültürü, C. 12/3, 2001, s. 5.")
    assert (found.volume, found.issue) == ("12", "3")


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Абенова Г. Т. Тарихи зерттеулер / Ин-т истории. – Алматы, 2008. – 210 с.",
            "Тарихи зерттеулер",
        ),
        (
            "Иванов П. Очерки истории края / Ин-т истории. – Алматы, 2008. – 210 с.",
            "Очерки истории края",
        ),
        (
            "Сидоров А. А. Дипломатия Петра I / Рос. акад. наук. – М.: Наука, 2001. – 300 с.",
            "Дипломатия Петра I",
        ),
        (
            "Петренко О. Козацькі літописи / НАН України, Ін-т історії України. – Київ, "
            "2012. – 410 с.",
            "Козацькі літописи",
        ),
    ],
)
def test_a_named_authors_title_ends_at_the_slash(note: str, title: str) -> None:
    assert first_citation(note).title == title


@pytest.mark.parametrize(
    ("note", "editors", "title"),
    [
        (
            "Mehmet Kaplan - İnci Enginün (haz.), Yeni Türk Edebiyatı Antolojisi, İstanbul: "
            "Marmara Üniversitesi, 1988, s. 45.",
            ["Kaplan", "Enginün"],
            "Yeni Türk Edebiyatı Antolojisi",
        ),
        (
            "A. Turan - M. Ö. Kaya (haz.), Osmanlı Belgeleri, Ankara: TTK, 2010, s. 3.",
            ["Turan", "Kaya"],
            "Osmanlı Belgeleri",
        ),
        (
            "Ali Yıldız – H. Ahmet Şimşek (ed.), Türk Dış Politikası, Ankara: Nobel, 2015, s. 77.",
            ["Yıldız", "Şimşek"],
            "Türk Dış Politikası",
        ),
        (
            "M. Fuad Köprülü - A. Nihat Tarlan (haz.), Divan Şiiri Antolojisi, İstanbul: MEB, "
            "1950, s. 9.",
            ["Köprülü", "Tarlan"],
            "Divan Şiiri Antolojisi",
        ),
    ],
)
def test_co_editors_joined_by_a_dash(note: str, editors: list[str], title: str) -> None:
    found = first_citation(note)
    assert ([n.family for n in found.editors], found.title, found.authors) == (editors, title, ())


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        (
            "Қасымбаев Ж. Қазақ хандығы / ҚР БҒМ Тарих институты. – Алматы: Ғылым, 2005. – 320 б.",
            ["Қасымбаев"],
        ),
        (
            "Петренко О. Козацькі літописи / НАН України, Ін-т історії України. – Київ, "
            "2012. – 410 с.",
            ["Петренко"],
        ),
        (
            "Мельник В. Економіка регіонів / НАН України, Ін-т економіки. – Київ: Наукова "
            "думка, 2016. – 280 с.",
            ["Мельник"],
        ),
        (
            "Иванов И. И. История края / И. И. Иванов, П. П. Петров. – М., 2005. – 320 с.",
            ["Иванов", "Петров"],
        ),
    ],
)
def test_a_body_after_a_named_authors_slash_is_no_author(note: str, authors: list[str]) -> None:
    assert [n.family for n in first_citation(note).authors] == authors
