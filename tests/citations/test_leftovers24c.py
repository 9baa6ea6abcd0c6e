"""Forms the helpers of session 24 found and left (leftovers24c): a writer known by one name
alone before a book's title (`Babur. The Baburnama.`), and a review's note whose reviewed
book's author is not the note's (`Рецензия на кн.: …`). Notes written for these tests."""

from __future__ import annotations

import pytest

from citekit.model import Citation
from tests.citations.parsed import first_citation as _first


def _authors(found: Citation) -> list[str]:
    return [str(name) for name in found.authors]


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Babur. The Baburnama. Trans. W. M. Thackston. New York: Modern Library, 2002.",
            "Babur",
            "The Baburnama",
        ),
        (
            "Nizamülmülk. Siyasetname. İstanbul: Dergâh Yayınları, 2009.",
            "Nizamülmülk",
            "Siyasetname",
        ),
        (
            "Magtymguly. Goşgular. Aşgabat: Türkmenistan, 1983.",
            "Magtymguly",
            "Goşgular",
        ),
        ("Навои. Избранные произведения. Ташкент: Фан, 1985. С. 12.", "Навои", None),
    ],
)
def test_a_sole_name_before_a_book_is_its_author(text: str, author: str, title: str | None) -> None:
    found = _first(text)
    assert _authors(found) == [author]
    assert found.title is not None
    assert found.title.rstrip(".") == title if title else not found.title.startswith(author)


def test_a_sole_name_without_an_imprint_stays_in_the_title() -> None:
    found = _first("Navoi. Encyclopaedia Iranica. https://iranicaonline.org/articles/navai")
    assert _authors(found) == []


@pytest.mark.parametrize(
    "text",
    [
        "Рецензия на кн.: Кляшторный С. Г. Древнетюркские рунические памятники. М., 2003 //"
        " Вестник древней истории. 2004. № 2. С. 210–214.",
        "Рец. на кн.: Масанов Н. Э. Кочевая цивилизация казахов. Алматы, 1995 // Отан тарихы."
        " 1998. № 1. С. 140–143.",
    ],
)
def test_a_reviewed_books_author_is_not_the_notes(text: str) -> None:
    found = _first(text)
    assert _authors(found) == []
    assert found.container is not None


def test_a_reviewer_before_the_review_words_is_the_author() -> None:
    found = _first(
        "Смирнова Е. В. Рецензия на кн.: Абусеитова М. Х. Казахское ханство во второй половине"
        " XVI века. Алма-Ата, 1985 // Известия АН КазССР. 1986. № 3. С. 88–90."
    )
    assert _authors(found) == ["Смирнова Е. В."]


@pytest.mark.parametrize(
    ("text", "container", "volume"),
    [
        (
            "Ivanov, A., Petrov, B., 2020. Soil salinity in Karakalpakstan. Geoderma 375, art."
            " no. 114503.",
            "Geoderma",
            "375",
        ),
        (
            "Ivanov A., Petrov B. Soil salinity in Karakalpakstan (2020) Geoderma, 375, art. no."
            " 114503, .",
            "Geoderma",
            "375",
        ),
        (
            "Smith, J. (2021). Water use in the Aral basin. Environmental Research, 195,"
            " Article 110872.",
            "Environmental Research",
            "195",
        ),
    ],
)
def test_an_article_number_follows_the_journals_volume(
    text: str, container: str, volume: str
) -> None:
    found = _first(text)
    assert found.container == container
    assert found.volume == volume
    assert found.issue is None
    assert found.title is not None
    assert found.title.rstrip(".") in {
        "Soil salinity in Karakalpakstan",
        "Water use in the Aral basin",
    }


@pytest.mark.parametrize(
    ("text", "title", "channel"),
    [
        (
            "Dede Korkut'un İzinde, TRT Belgesel, televizyon programı, 2018.",
            "Dede Korkut'un İzinde",
            "TRT Belgesel",
        ),
        ("Жеті жарғы, Хабар, телебағдарлама, 2020.", "Жеті жарғы", "Хабар"),
    ],
)
def test_a_programme_aired_names_its_channel(text: str, title: str, channel: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.container == channel


def test_a_country_report_number_is_the_issue() -> None:
    found = _first(
        "International Monetary Fund. Republic of Kazakhstan: Selected Issues. IMF Staff Country"
        " Reports No. 19/247. Washington, DC: IMF, 2019."
    )
    assert found.title == "Republic of Kazakhstan: Selected Issues"
    assert found.issue == "19/247"


def test_a_bodys_acronym_before_an_author_date_year_is_the_author() -> None:
    found = _first(
        "IMF. 2019. Republic of Uzbekistan: Selected Issues. Washington, DC: International"
        " Monetary Fund."
    )
    assert _authors(found) == ["IMF"]
    assert found.title == "Republic of Uzbekistan: Selected Issues"


def test_a_documentary_aired_on_a_channel_is_a_broadcast() -> None:
    found = _first("Dede Korkut'un İzinde, TRT Belgesel, televizyon programı, 2018.")
    assert found.type == "broadcast"


@pytest.mark.parametrize(
    "text",
    [
        "Anayasa Mahkemesi, 12.03.2019 tarih ve 2019/45 E. sayılı karar.",
        "Yargıtay 9. Hukuk Dairesi, 2018/1234 E., 2019/5678 K., 12.03.2019 tarihli karar.",
    ],
)
def test_a_case_number_before_its_label_and_the_day(text: str) -> None:
    found = _first(text)
    assert found.issued is not None
    assert (found.issued.year, found.issued.month, found.issued.day) == (2019, 3, 12)
    assert found.title is None or "/" not in found.title
