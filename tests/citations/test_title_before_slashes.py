"""GOST's part before `//` is the work's title, also a single word after the initials."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    ("note", "author", "title", "host"),
    [
        ("Иванов И. Глава // Очерки. Ч. 1. М., 1990. С. 5–20.", "Иванов", "Глава", "Очерки"),
        (
            "Кузнецов К. Обзор // Труды института. Вып. 3. Л., 1935. С. 1–15.",
            "Кузнецов",
            "Обзор",
            "Труды института",
        ),
        (
            "Сидоров С. Предисловие // Абай. Слова назидания. Алматы, 1995. С. 3–8.",
            "Сидоров",
            "Предисловие",
            None,
        ),
        (
            "Петров П. П. Введение // История Казахстана. Т. 2. Алматы, 1997. С. 3–10.",
            "Петров",
            "Введение",
            "История Казахстана",
        ),
    ],
)
def test_title_before_slashes(note: str, author: str, title: str, host: str | None) -> None:
    (citation,) = parse_note(1, note, location=Location(path="n")).citations
    assert [a.family for a in citation.authors] == [author]
    assert citation.title == title
    if host is not None:
        assert citation.container == host


@pytest.mark.parametrize(
    ("note", "author", "title", "host"),
    [
        (
            "Смирнов В. Послесловие // Чокан Валиханов. Избранное. Алма-Ата, 1986. С. 400–412.",
            "Смирнов",
            "Послесловие",
            "Избранное",
        ),
        (
            "Петров П. П. Комментарии // Чокан Валиханов. Собрание сочинений. Алма-Ата, 1985.",
            "Петров",
            "Комментарии",
            "Собрание сочинений",
        ),
    ],
)
def test_person_after_slashes_is_the_hosts(note: str, author: str, title: str, host: str) -> None:
    (citation,) = parse_note(1, note, location=Location(path="n")).citations
    assert [a.family for a in citation.authors] == [author]
    assert citation.title == title
    assert citation.container == host
