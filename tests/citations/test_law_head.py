"""A legal act's head (issue 12): `Kind Issuer от DATE № N «Name»`: the kind with its issuer
is the genre whatever run the model made of it, the quoted name is the title, a dotted date
is the act's date, and the number is found however long the issuer's name. The runs are
labelled by hand as the model labelled such notes wrongly; the notes are written for these
tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation
from citekit.citations.legal import find_legal
from citekit.model import PartialDate
from tests.citations.labelled import decode_labelled


@pytest.mark.parametrize(
    ("text", "kind_label", "kind", "title"),
    [
        (
            "Постановление Совета Министров СССР от 3 мая 1961 г. «О мерах по улучшению "
            "снабжения» // Собрание постановлений СССР. 1961. № 8. Ст. 61.",
            "title",
            "Постановление Совета Министров СССР",
            "О мерах по улучшению снабжения",
        ),
        (
            "Распоряжение акима Карагандинской области от 12 марта 2019 года № 45 "
            "«Об организации летнего отдыха детей».",
            "author",
            "Распоряжение акима Карагандинской области",
            "Об организации летнего отдыха детей",
        ),
        (
            "Приказ Министра здравоохранения Республики Казахстан от 20 мая 2021 года № 98 "
            "«Об утверждении санитарных правил».",
            "container-title",
            "Приказ Министра здравоохранения Республики Казахстан",
            "Об утверждении санитарных правил",
        ),
    ],
)
def test_a_laws_kind_is_its_genre_and_its_quoted_name_its_title(
    text: str, kind_label: str, kind: str, title: str
) -> None:
    fields = decode_labelled(text, [(kind, kind_label), (title, "title")])
    assert (fields.get("genre"), fields.get("title")) == (kind, title)
    assert fields.get("author") in (None, ())
    assert fields.get("container-title") in (None, "Собрание постановлений СССР")


def test_a_dotted_date_the_model_split_is_the_acts_date() -> None:
    text = "Указ Президента РФ от 07.05.2018 № 204 «О национальных целях» // СЗ РФ. 2018. № 20."
    fields = decode_labelled(
        text, [("Указ Президента РФ от 07.05", "title"), ("О национальных целях", "title")]
    )
    assert (fields.get("genre"), fields.get("title")) == (
        "Указ Президента РФ",
        "О национальных целях",
    )
    assert fields.get("issued") == PartialDate(2018, 5, 7)


@pytest.mark.parametrize(
    "text",
    [
        # a book or article whose title opens with a law's word: no date or number before
        # its quotes, or none at all
        "Закон и порядок: «Очерки» / под ред. А. Б. Ивановой. М.: Юрист, 2005.",
        "Решение задач по физике. М.: Просвещение, 1999. 200 с.",
    ],
)
def test_a_title_opening_with_a_laws_word_is_no_law(text: str) -> None:
    c = parse_citation(text)
    assert c.genre is None
    assert c.title is not None
    assert c.title.startswith(("Закон и порядок", "Решение задач"))


def test_a_laws_number_is_found_past_a_long_issuer_and_its_date() -> None:
    text = (
        "Приказ Министра образования и науки Республики Казахстан от 31 октября 2018 года "
        "№ 604 «Об утверждении стандартов»."
    )
    assert find_legal(text).number == "604"
    # a journal's number far from any law's word stays no law's
    assert find_legal("Закон и общество // Вестник права. 2019. № 4. С. 5.").number is None
