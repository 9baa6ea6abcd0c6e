"""Initials and names at a title's head after a complete author (session 28, titles28b): the
author keeps two initials, one person's initials are written in one script and one manner (a
dotted acronym after spaced initials opens the title), and in an author-date note the authors
end at the closed year. Notes written for these tests."""

from __future__ import annotations

import pytest

from citekit.model import Citation
from tests.citations.parsed import first_citation as _first


def _families(found: Citation) -> list[str]:
    return [str(person.family) for person in found.authors]


@pytest.mark.parametrize(
    ("note", "title", "families"),
    [
        (
            "Журавлева, Р. С. Л. Н. Гумилёв и евразийство. — М.: Наука, 1998. — 240 с.",
            "Л. Н. Гумилёв и евразийство",
            ["Журавлева"],
        ),
        (
            "Сергеев, П. В. Н. Н. Миклухо-Маклай и его время. СПб.: Алетейя, 2011. 312 с.",
            "Н. Н. Миклухо-Маклай и его время",
            ["Сергеев"],
        ),
        (
            "Brown, K. L. T. S. Eliot and the Idea of Tradition. London: Faber, 1987.",
            "T. S. Eliot and the Idea of Tradition",
            ["Brown"],
        ),
        (
            "Hughes, R. A. W. E. B. Du Bois and the Color Line. Boston: Beacon Press, 2003.",
            "W. E. B. Du Bois and the Color Line",
            ["Hughes"],
        ),
        (
            "Osipova Yu. G. L. N. Gumilev i evraziyskaya ideya. Kazan: Izd-vo KGU, 2004. 128 p.",
            "L. N. Gumilev i evraziyskaya ideya",
            ["Osipova"],
        ),
        (
            "Zimin S. Ye., Kolesova A. A. J. S. Mill and the Russian liberals. Moscow: Nauka.",
            "J. S. Mill and the Russian liberals",
            ["Zimin", "Kolesova"],
        ),
    ],
)
def test_initials_past_the_second_open_the_title(
    note: str, title: str, families: list[str]
) -> None:
    found = _first(note)
    assert (found.title, _families(found)) == (title, families)


@pytest.mark.parametrize(
    ("note", "title", "family"),
    [
        (
            "Самашев З. J. S. Mill on Liberty in Kazakh translation // Адам әлемі. 2012. № 3.",
            "J. S. Mill on Liberty in Kazakh translation",
            "Самашев",
        ),
        (
            "Gurbanow Ý. Л. Н. Гумилёв и тюркский мир // Мирас. 2005. № 2. С. 10–18.",
            "Л. Н. Гумилёв и тюркский мир",
            "Gurbanow",
        ),
    ],
)
def test_initials_change_script_at_the_title(note: str, title: str, family: str) -> None:
    found = _first(note)
    assert (found.title, _families(found)) == (title, [family])


@pytest.mark.parametrize(
    ("note", "title", "family"),
    [
        (
            "Kara, H. A.B.D. politikası ve Orta Asya. İstanbul: Ötüken, 2008.",
            "A.B.D. politikası ve Orta Asya",
            "Kara",
        ),
        (
            "Петров В. В. С.Ш.А. и Европа в годы холодной войны. — М.: Мысль, 1991. — 320 с.",
            "С.Ш.А. и Европа в годы холодной войны",
            "Петров",
        ),
    ],
)
def test_dotted_acronym_after_spaced_initials(note: str, title: str, family: str) -> None:
    found = _first(note)
    assert (found.title, _families(found)) == (title, [family])


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Кузьмин Л. А. (1999). А. С. Пушкин и Оренбургский край. Оренбург: Южный Урал.",
            "А. С. Пушкин и Оренбургский край",
        ),
        (
            "Lee, H. K. (2008). F. D. Roosevelt and the New Deal Coalition. Political Science "
            "Quarterly, 123(4), 601–625.",
            "F. D. Roosevelt and the New Deal Coalition",
        ),
        (
            "Иванова, М. П. (2003). Ф. М. Достоевский и Сибирь. Омск: Омский гос. ун-т.",
            "Ф. М. Достоевский и Сибирь",
        ),
        (
            "Әлиев, Б., & Нұрпейісов, Ә. (2015). Ш. Уәлиханов және қазақ ғылымы. Алматы: Білім.",
            "Ш. Уәлиханов және қазақ ғылымы",
        ),
    ],
)
def test_names_after_the_closed_year_are_the_titles(note: str, title: str) -> None:
    found = _first(note)
    assert found.title == title
    assert not found.translators
    assert not found.editors


@pytest.mark.parametrize(
    ("note", "title", "family"),
    [
        ("Иванов И. И. Пушкин и Кавказ. — М.: Правда, 1949. — 64 с.", "Пушкин и Кавказ", "Иванов"),
        (
            "Lewis, C. S. The Four Loves. London: Geoffrey Bles, 1960.",
            "The Four Loves",
            "Lewis",
        ),
    ],
)
def test_an_authors_own_initials_stay(note: str, title: str, family: str) -> None:
    found = _first(note)
    assert (found.title, _families(found)) == (title, [family])


@pytest.mark.parametrize(
    ("note", "title", "families"),
    [
        (
            "Ш. Уәлиханов және қазақ тарихы // Егемен Қазақстан. 2015. 12 қазан.",
            "Ш. Уәлиханов және қазақ тарихы",
            [],
        ),
        (
            "Есімов Ә., Ш. Уәлиханов және Орта Азия. Алматы: Ғылым, 1998. 210 б.",
            "Ш. Уәлиханов және Орта Азия",
            ["Есімов"],
        ),
        (
            "Kaya, Mehmet. 2009. Ahmet Yesevi ve Hikmet Geleneği. İstanbul: Dergâh Yayınları.",
            "Ahmet Yesevi ve Hikmet Geleneği",
            ["Kaya"],
        ),
        (
            "Lewis, B. The U.S.A. and the Middle East. Princeton: Princeton Univ. Press, 1995.",
            "The U.S.A. and the Middle East",
            ["Lewis"],
        ),
    ],
)
def test_a_name_joined_to_the_title_by_and_is_the_titles(
    note: str, title: str, families: list[str]
) -> None:
    found = _first(note)
    assert (found.title, _families(found)) == (title, families)
