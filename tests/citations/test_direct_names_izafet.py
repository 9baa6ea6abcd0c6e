"""A direct-order name's comma ends it (initials after it open a title about a person), and an
izafet chain a title reaches is the title's whole."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation

# initials after a direct-order name's comma open a title about a person
_INITIALS_AFTER_DIRECT_NAMES = [
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
]

# an initial, a given name and a family open the note: the name is theirs
_INITIAL_GIVEN_AND_FAMILY = [
    (
        "M. Şakir Ülkütaşır, Atatürk ve Harf Devrimi, Ankara: TDK Yayınları, 1973, s. 45.",
        "Atatürk ve Harf Devrimi",
        "Ülkütaşır",
    ),
    (
        "M. Fuad Köprülü, Türk Edebiyatında İlk Mutasavvıflar, Ankara: Diyanet İşleri "
        "Başkanlığı Yayınları, 1976, s. 112.",
        "Türk Edebiyatında İlk Mutasavvıflar",
        "Köprülü",
    ),
    (
        "İ. Hakkı Uzunçarşılı, Osmanlı Tarihi, C. II, Ankara: TTK Yayınları, 1988, s. 77.",
        "Osmanlı Tarihi",
        "Uzunçarşılı",
    ),
]


@pytest.mark.parametrize(
    ("note", "title", "family"),
    [*_INITIALS_AFTER_DIRECT_NAMES, *_INITIAL_GIVEN_AND_FAMILY],
)
def test_the_opening_name_ends_where_the_title_begins(note: str, title: str, family: str) -> None:
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


@pytest.mark.parametrize(
    ("note", "title", "editors"),
    [
        (
            "Brower, Daniel R., and Edward J. Lazzerini, eds. Russia's Orient: Imperial "
            "Borderlands and Peoples. Bloomington: Indiana University Press, 1997.",
            "Russia's Orient: Imperial Borderlands and Peoples",
            ["Brower", "Lazzerini"],
        ),
        (
            "Burbank, Jane, and David L. Ransel, eds. Imperial Russia: New Histories for the "
            "Empire. Bloomington: Indiana University Press, 1998.",
            "Imperial Russia: New Histories for the Empire",
            ["Burbank", "Ransel"],
        ),
    ],
)
def test_after_a_heading_of_editors_comes_the_books_title(
    note: str, title: str, editors: list[str]
) -> None:
    cite = first_citation(note)
    assert (cite.type, cite.title) == ("book", title)
    assert [e.family for e in cite.editors] == editors
