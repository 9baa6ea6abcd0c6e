"""A letter cited by its kind, writer and addressee before `//` is titled by that whole head."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation

LETTERS = [
    (
        "Письмо А. П. Чехова к А. С. Суворину от 12 мая 1890 г. // Чехов А. П. Полное собрание "
        "сочинений и писем. Т. 4. М.: Наука, 1977. С. 87.",
        "Письмо А. П. Чехова к А. С. Суворину от 12 мая 1890 г.",
        1977,
    ),
    (
        "Телеграмма Ф. И. Голощекина И. В. Сталину от 9 сентября 1928 г. // Трагедия казахского "
        "аула. Т. 1. Алматы: Аруна, 2013. С. 112.",
        "Телеграмма Ф. И. Голощекина И. В. Сталину от 9 сентября 1928 г.",
        2013,
    ),
    (
        "Письмо И. Алтынсарина Н. И. Ильминскому, 1882 г. // Алтынсарин И. Собрание сочинений. "
        "Т. 3. Алма-Ата: Наука, 1978. С. 43.",
        "Письмо И. Алтынсарина Н. И. Ильминскому, 1882 г.",
        1978,
    ),
    (
        "Лист І. Франка до М. Драгоманова від 14 квітня 1890 р. // Франко І. Зібрання творів у "
        "50 т. Т. 49. К.: Наукова думка, 1986. С. 245.",
        "Лист І. Франка до М. Драгоманова від 14 квітня 1890 р.",
        1986,
    ),
]


@pytest.mark.parametrize(("note", "title", "year"), LETTERS)
def test_letter_head_is_the_title(note: str, title: str, year: int) -> None:
    found = first_citation(note)
    assert found.title == title
    assert not found.authors
    assert found.issued is not None
    assert found.issued.year == year


def test_plain_author_before_slashes_stays() -> None:
    found = first_citation(
        "Иванов И. И. Письма о Сибири // Сибирский сборник. Иркутск, 1999. С. 5–9."
    )
    assert [name.family for name in found.authors] == ["Иванов"]


@pytest.mark.parametrize(
    ("note", "title", "year"),
    [
        (
            "Letter from Charles Darwin to Asa Gray, 22 May 1860, in The Correspondence of Charles "
            "Darwin, vol. 8 (Cambridge: Cambridge University Press, 1993), 224.",
            "Letter from Charles Darwin to Asa Gray, 22 May 1860",
            1993,
        ),
        (
            "Telegram from George Kennan to the Secretary of State, 22 February 1946, in Foreign "
            "Relations of the United States, 1946, vol. 6 (Washington, DC: GPO, 1969), 696.",
            "Telegram from George Kennan to the Secretary of State, 22 February 1946",
            1969,
        ),
        (  # the "in" word with its colon, as many hands write it
            "Letter from Charles Darwin to Joseph Hooker, 13 July 1856, In: The Correspondence of "
            "Charles Darwin, vol. 6 (Cambridge: Cambridge University Press, 1990), 178.",
            "Letter from Charles Darwin to Joseph Hooker, 13 July 1856",
            1990,
        ),
        (
            "Memorandum from Dean Acheson to Harry Truman, 3 May 1950, in: Foreign Relations of "
            "the United States, 1950, vol. 3 (Washington, DC: GPO, 1977), 1007.",
            "Memorandum from Dean Acheson to Harry Truman, 3 May 1950",
            1977,
        ),
    ],
)
def test_letter_date_before_its_collection(note: str, title: str, year: int) -> None:
    found = first_citation(note)
    assert found.title == title
    assert found.issued is not None
    assert found.issued.year == year
