"""A body heading the note, its work's sentence before the imprint: the body is the author
and the whole sentence the title. The notes are written for these tests."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _parse


@pytest.mark.parametrize(
    ("text", "author", "title", "place"),
    [
        (
            "Ministry of Energy of the Republic of Kazakhstan. Annual report 2021. Astana, 2022.",
            "Ministry of Energy of the Republic of Kazakhstan",
            "Annual report 2021",
            "Astana",
        ),
        (
            "EBRD. Transition Report 2021-22. London, 2021.",
            "EBRD",
            "Transition Report 2021-22",
            "London",
        ),
        (
            "Institute of World Economics and Politics. Central Asia Barometer 2020. Almaty, 2021.",
            "Institute of World Economics and Politics",
            "Central Asia Barometer 2020",
            "Almaty",
        ),
        (
            "Агентство по статистике РК. Статистический ежегодник Казахстана 2019. "
            "Нур-Султан, 2020. 480 с.",
            "Агентство по статистике РК",
            "Статистический ежегодник Казахстана 2019",
            "Нур-Султан",
        ),
        (
            "OSCE/ODIHR. Kyrgyz Republic, Parliamentary Elections, 4 October 2020: Final Report. "
            "Warsaw, 2021.",
            "OSCE/ODIHR",
            "Kyrgyz Republic, Parliamentary Elections, 4 October 2020: Final Report",
            "Warsaw",
        ),
        (
            "ОБСЕ/БДИПЧ. Республика Казахстан. Внеочередные президентские выборы 9 июня 2019 г.: "
            "Заключительный отчет. Варшава, 2019.",
            "ОБСЕ/БДИПЧ",
            "Республика Казахстан. Внеочередные президентские выборы 9 июня 2019 г.: "
            "Заключительный отчет",
            "Варшава",
        ),
        (
            "ЕАБР. Евразийская экономическая интеграция – 2021. Алматы, 2021. 120 с.",
            "ЕАБР",
            "Евразийская экономическая интеграция – 2021",
            "Алматы",
        ),
        (
            "Central Bank of Uzbekistan. Annual Report 2020. Tashkent, 2021.",
            "Central Bank of Uzbekistan",
            "Annual Report 2020",
            "Tashkent",
        ),
        (
            "Türkiye İstatistik Kurumu. İstatistik Göstergeler 1923-2020. Ankara, 2021.",
            "Türkiye İstatistik Kurumu",
            "İstatistik Göstergeler 1923-2020",
            "Ankara",
        ),
    ],
)
def test_body_signs_the_work(text: str, author: str, title: str, place: str) -> None:
    found = _parse(text)
    assert [n.literal or n.family for n in found.authors] == [author]
    assert found.title == title
    assert found.publisher_place == place


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Annual report 2021. Astana: Ministry of Energy of Kazakhstan, 2022.",
            "Annual report 2021",
        ),
        (
            "Концепция внешней политики Республики Казахстан на 2020–2030 годы. Астана, 2020.",
            "Концепция внешней политики Республики Казахстан на 2020–2030 годы",
        ),
    ],
)
def test_work_without_body_keeps_its_title(text: str, title: str) -> None:
    found = _parse(text)
    assert found.title == title
    assert not found.authors


def test_report_number_stays_out_of_the_title() -> None:
    found = _parse(
        "IMF. Republic of Kazakhstan: Selected Issues. IMF Country Report No. 22/113. "
        "Washington, 2022."
    )
    assert found.title == "Republic of Kazakhstan: Selected Issues"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Yılmaz, A. Orta Asya'da Enerji Politikaları. Ankara: ORSAM, 2016.", "Yılmaz"),
        ("Сейткали А. Қазақстанның энергетикалық қауіпсіздігі. Астана: ҚСЗИ, 2017.", "Сейткали"),
    ],
)
def test_person_keeps_the_author(text: str, author: str) -> None:
    found = _parse(text)
    assert [n.family for n in found.authors] == [author]
