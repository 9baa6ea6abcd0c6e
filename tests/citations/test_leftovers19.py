"""Leftovers of session 18 fixed in session 19: a part within a volume or an issue (`Т. 2,
ч. 1`: the volume, and the part as CSL 1.0.2's `part-number`). The notes are written for these
tests; they run through the shipped model."""

from __future__ import annotations

import json

import pytest

from citekit.citations import parse_note
from citekit.citations.type_cues import news_outlet
from citekit.model import Citation, Location


def _first(text: str) -> Citation:
    return parse_note(1, text, location=Location(path="t")).citations[0]


def _part(citation: Citation) -> str | None:
    found = dict(citation.extra).get("part-number")
    return None if found is None else str(json.loads(found))


@pytest.mark.parametrize(
    ("text", "title", "field", "number", "part"),
    [
        (
            "Ахметов А. Қазақ әдебиетінің тарихы. Т. 3, ч. 2. Алматы: Ғылым, 2005. 480 с.",
            "Қазақ әдебиетінің тарихы",
            "volume",
            "3",
            "2",
        ),
        (
            "Материалы по истории туркмен и Туркмении. Т. 1, ч. 2. М.; Л.: Изд-во АН СССР, "
            "1939. С. 45.",
            "Материалы по истории туркмен и Туркмении",
            "volume",
            "1",
            "2",
        ),
        (
            "Соловьёв С. М. История России с древнейших времён. М.: Голос, 1993. Т. 4, кн. 2. "
            "С. 305–307.",
            "История России с древнейших времён",
            "volume",
            "4",
            "2",
        ),
        (
            "Петров П. П. Земельная реформа в Туркестане // Известия Академии наук. 1927. "
            "Вып. 4, ч. 2. С. 77–90.",
            "Земельная реформа в Туркестане",
            "issue",
            "4",
            "2",
        ),
        (
            "Smith J. A History of the Steppe. Vol. 3, pt. 2. London: Macmillan, 1950. P. 45.",
            "A History of the Steppe",
            "volume",
            "3",
            "2",
        ),
    ],
)
def test_a_part_after_the_volumes_number_is_the_part_not_the_title(
    text: str, title: str, field: str, number: str, part: str
) -> None:
    citation = _first(text)
    assert citation.title == title
    assert getattr(citation, field) == number
    assert _part(citation) == part
    assert not any("ч." in u or "кн." in u or "pt." in u for u in citation.unparsed)


def test_a_part_word_with_no_volume_before_it_is_no_part() -> None:
    citation = _first("Иванов И. Очерки. Ч. 1. М.: Наука, 1990. 200 с.")
    assert _part(citation) is None


@pytest.mark.parametrize(
    ("host", "news"),
    [
        ("salamnews.tm", True),
        ("haberler.com", True),
        ("abcgazetesi.com", True),  # the news word with a short suffix closes the host
        ("ngs-novosti.ru", True),
        ("www.khabarovsk.ru", False),  # `habar` inside a city's name
        ("bestimesheets.com", False),  # `times` inside a longer word
    ],
)
def test_a_news_word_inside_a_longer_host_word_is_no_news_host(host: str, news: bool) -> None:
    assert news_outlet(host) is news
