"""Notes citing Russian works (session 24, russian24): a host written by the part's own
authors, an edition closing the host's name, a journal's named series in a note without
GOST's dashes, and a set's count opening a sentence. The notes are written for these tests;
they run through the shipped model."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location


def _first(text: str) -> Citation:
    return parse_note(1, text, location=Location(path="t")).citations[0]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Маркс К., Энгельс Ф. Манифест Коммунистической партии // Маркс К., Энгельс Ф. "
            "Сочинения. 2-е изд. Т. 4. М.: Госполитиздат, 1955. С. 419–459.",
            "Сочинения",
        ),
        (
            "Бахтин М. М. Проблемы творчества Достоевского // Бахтин М. М. Собрание "
            "сочинений: в 7 т. М.: Русские словари, 2000. Т. 2. С. 5–175.",
            "Собрание сочинений",
        ),
    ],
)
def test_the_heading_names_repeated_after_the_slashes_open_the_host(text: str, host: str) -> None:
    found = _first(text)
    assert (found.container or "").rstrip(".") == host
    assert found.type == "chapter"
    assert len(found.authors) == len({(n.family, n.given) for n in found.authors})


def test_an_edition_closing_the_hosts_name_is_the_edition() -> None:
    found = _first(
        "Маркс К., Энгельс Ф. Манифест Коммунистической партии // Маркс К., Энгельс Ф. Соч. "
        "2-е изд. Т. 4. М.: Госполитиздат, 1955. С. 419–459."
    )
    assert found.edition == "2-е"
    assert (found.container or "").rstrip(".") == "Соч"
    assert found.volume == "4"


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Петров А. А. Экономика региона // Вестник Московского университета. Сер. 6: "
            "Экономика. 2019. № 2. С. 55–71.",
            "Вестник Московского университета. Сер. 6: Экономика",
        ),
        (
            "Абдуллаев К. Н. Из истории Бухары // Вестник Московского университета. Сер. 8. "
            "2005. № 3. С. 54–67.",
            "Вестник Московского университета. Сер. 8",
        ),
        (
            "Петров А. А. Экономика // Вестник Санкт-Петербургского университета. Сер. 6. "
            "Философия. Культурология. Политология. 2009. Вып. 2. С. 5–10.",
            "Вестник Санкт-Петербургского университета. Сер. 6. Философия. Культурология. "
            "Политология",
        ),
    ],
)
def test_a_journals_series_and_its_name_are_the_hosts(text: str, host: str) -> None:
    found = _first(text)
    assert (found.container or "").rstrip(".") == host
    assert found.volume is None
    assert found.publisher is None
    assert found.issued is not None


def test_a_sets_count_opening_a_sentence_is_no_title() -> None:
    found = _first(
        "Карамзин Н. М. История государства Российского. В 12 т. Т. 5. М.: Наука, 1993. С. 201–203."
    )
    assert found.title == "История государства Российского"
    assert found.volume == "5"
