"""A direct-order name's comma ends it (initials after it open a title about a person), and an
izafet chain a title reaches is the title's whole."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "family"),
    [
        (
            "Асқар Есімов, Ш. Уәлиханов және қазақ мәдениеті, Алматы: Ғылым, 2005, 45-б.",
            "Ш. Уәлиханов және қазақ мәдениеті",
            "Есімов",
        ),
        (
            "Иван Петров, А. С. Пушкин и его эпоха, Москва: Наука, 1999, с. 34.",
            "А. С. Пушкин и его эпоха",
            "Петров",
        ),
        (
            "Сергей Орлов, Л. Н. Толстой в Ясной Поляне, Тула: Приокское изд-во, 1978, с. 15.",
            "Л. Н. Толстой в Ясной Поляне",
            "Орлов",
        ),
        (
            "Marat Seyitov, A. Kunanbayev ve Kazak Edebiyatı, Ankara: Kültür Bakanlığı "
            "Yayınları, 1995, s. 67.",
            "A. Kunanbayev ve Kazak Edebiyatı",
            "Seyitov",
        ),
    ],
)
def test_initials_after_a_direct_name_open_the_title(note: str, title: str, family: str) -> None:
    cite = first_citation(note)
    assert cite.title == title
    assert [a.family for a in cite.authors] == [family]


def test_an_inverted_two_word_family_keeps_its_initials() -> None:
    cite = first_citation(
        "Jones, B. and Martin Stanley, M.K. (1977) Exploiting rich fonts. Boston: Beacon."
    )
    assert [a.family for a in cite.authors] == ["Jones", "Martin Stanley"]


@pytest.mark.parametrize(
    ("note", "title"),
    [
        ("Âşıkpaşazâde, Tevârîh-i Âl-i Osman, II, 37-38.", "Tevârîh-i Âl-i Osman"),
        (
            "Lütfî Paşa, Tevârîh-i Âl-i Osman, İstanbul: Matbaa-i Âmire, 1925, s. 12.",
            "Tevârîh-i Âl-i Osman",
        ),
        (
            "Sehî Bey, Tezkire-i Şuarâ, haz. Mehmet Şükrü Kaya, İstanbul 1980, s. 33.",
            "Tezkire-i Şuarâ",
        ),
        (
            "Neşrî, Kitâb-ı Cihan-nümâ, nşr. Faik Reşit Unat, Ankara: TTK, 1949, s. 56.",
            "Kitâb-ı Cihan-nümâ",
        ),
    ],
)
def test_an_izafet_chain_is_the_titles_whole(note: str, title: str) -> None:
    assert first_citation(note).title == title
