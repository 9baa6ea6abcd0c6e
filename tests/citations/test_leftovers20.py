"""Leftovers of session 20's first round: treaties named in a note, a court decision's court,
a bracketed state's code in the place, Chicago's opening editors, APA's bracketed edition
before the publisher, APA's journal after the title's last sentence, ABNT's page range before
the year. The notes are written for these tests; they run through the shipped model."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    "text",
    [
        "Convention on the Legal Status of the Caspian Sea, Aktau, 12 August 2018.",
        "Договор о коллективной безопасности от 15 мая 1992 г. // Бюллетень международных "
        "договоров. 1995. № 1. С. 3–5.",
        "Конвенция о правовом статусе Каспийского моря от 12 августа 2018 г.",
        "Türkiye Cumhuriyeti ile Kazakistan Cumhuriyeti Arasında Dostluk ve İşbirliği "
        "Antlaşması, 10 Ekim 1991.",
        "Treaty on Friendship, Cooperation and Mutual Assistance between the USSR and "
        "Mongolia, signed 15 January 1966.",
    ],
)
def test_a_treaty_by_its_name_is_an_act(text: str) -> None:
    assert _first(text).type == "legislation"


def test_a_book_about_a_treaty_stays_a_book() -> None:
    cited = _first("Smith, J. (2010). The Treaty of Versailles revisited. London: Routledge.")
    assert cited.type == "book"


@pytest.mark.parametrize(
    "text",
    [
        '"Agreement reached on Caspian Sea status", Reuters, 12 August 2018.',
        "Соглашение подписано: что дальше? // Коммерсантъ. 2018. 13 августа.",
    ],
)
def test_a_headline_on_a_treaty_stays_news(text: str) -> None:
    assert _first(text).type == "article-newspaper"


@pytest.mark.parametrize(
    "text",
    [
        "Yargıtay Hukuk Genel Kurulu, E. 2016/1234, K. 2018/567, T. 21.03.2018.",
        "Yargıtay Ceza Genel Kurulu, E. 2019/9-123, K. 2020/456, T. 12.11.2020.",
    ],
)
def test_a_court_is_no_author_of_its_decision(text: str) -> None:
    cited = _first(text)
    assert cited.type == "legal_case"
    assert cited.authors == ()


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Mearsheimer J. The Tragedy of Great Power Politics. Cambridge (MA): W. W. Norton, "
            "2001. 555 p.",
            "Cambridge (MA)",
            "W. W. Norton",
        ),
        (
            "Ahmed Rashid, Jihad: The Rise of Militant Islam in Central Asia (New Haven (CT): "
            "Yale University Press, 2002), 88.",
            "New Haven (CT)",
            "Yale University Press",
        ),
    ],
)
def test_a_bracketed_state_code_is_the_places(text: str, place: str, publisher: str) -> None:
    cited = _first(text)
    assert (cited.publisher_place, cited.publisher) == (place, publisher)


@pytest.mark.parametrize(
    ("text", "title", "editors"),
    [
        (
            "Sinor, Denis, ed. The Cambridge History of Early Inner Asia. Cambridge: "
            "Cambridge University Press, 1990.",
            "The Cambridge History of Early Inner Asia",
            ["Sinor, Denis"],
        ),
        (
            "Golden, Peter B., and Thomas T. Allsen, eds. Nomads and Their Neighbours. "
            "Oxford: Oxford University Press, 2011.",
            "Nomads and Their Neighbours",
            ["Golden, Peter B.", "Thomas T. Allsen"],
        ),
    ],
)
def test_opening_editors_and_their_title(text: str, title: str, editors: list[str]) -> None:
    cited = _first(text)
    assert cited.title == title
    assert [str(n) for n in cited.editors] == editors
    assert cited.authors == ()


def test_the_sentence_after_a_bracketed_edition_is_the_publisher() -> None:
    cited = _first("Kaplan, R. (2012). The revenge of geography (2nd ed.). Random House.")
    assert (cited.edition, cited.publisher) == ("2nd", "Random House")


def test_an_apa_journal_before_volume_and_page_range() -> None:
    cited = _first(
        "García, M. (2019). La política exterior de Kazajistán. Revista CIDOB d'Afers "
        "Internacionals, 121, 45-67."
    )
    assert cited.title == "La política exterior de Kazajistán"
    assert cited.container == "Revista CIDOB d'Afers Internacionals"
    assert cited.type == "article-journal"


def test_an_abnt_page_range_before_the_year() -> None:
    cited = _first(
        "ALMEIDA, R. Um olhar sobre o Cazaquistão. Revista de Estudos Internacionais, v. 4, "
        "n. 1, p. 10-25, 2013."
    )
    assert cited.page == "10-25"
    assert cited.issued is not None
    assert cited.issued.year == 2013
