"""Names, titles and numbers left over in session 27. The notes are written for these tests."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _parsed


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Резолюция Генеральной Ассамблеи ООН 68/262 от 27 марта 2014 г.", "68/262"),
        ("Резолюция Совета Безопасности ООН 2231 (2015).", "2231"),
        ("Резолюция Совета Безопасности ООН 1244 от 10 июня 1999 г.", "1244"),
        ("Резолюция Генеральной Ассамблеи ООН 70/1 от 25 сентября 2015 г.", "70/1"),
        ("Резолюция Совета Безопасности ООН 1973 (2011) от 17 марта 2011 г.", "1973"),
        ("Резолюція Генеральної Асамблеї ООН 68/262 від 27 березня 2014 р.", "68/262"),
    ],
)
def test_resolution_number_after_issuer(text: str, number: str) -> None:
    found = _parsed(text)
    assert found.type == "legislation"
    assert found.number == number


@pytest.mark.parametrize(
    "text",
    [
        "Резолюция Генеральной Ассамблеи ООН от 27 марта 2014 г.",
        "Резолюция ООН 2014.",
    ],
)
def test_resolution_without_number(text: str) -> None:
    assert _parsed(text).number is None


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        ("A. Humboldt. Kosmos. Stuttgart, 1845.", "Humboldt", "Kosmos"),
        ("А. фон Гумбольдт. Космос. М., 1866.", "фон Гумбольдт", "Космос"),
        ("J. Smith. The Wealth of Cities. London, 2001.", "Smith", "The Wealth of Cities"),
        ("И. Кант. Критика чистого разума. СПб., 1867.", "Кант", "Критика чистого разума"),
        ("M. Weber. Wirtschaft und Gesellschaft. Tübingen, 1922.", "Weber", None),
        ("G. Simmel. Soziologie. Leipzig, 1908.", "Simmel", "Soziologie"),
        ("L. van Beethoven. Briefe. Berlin, 1996.", "van Beethoven", "Briefe"),
    ],
)
def test_direct_order_author_before_title(text: str, family: str, title: str | None) -> None:
    found = _parsed(text)
    assert [a.family for a in found.authors] == [family]
    if title is not None:
        assert found.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Tilly C. Coercion, Capital and European States. Cambridge : Blackwell, 1990.",
            "Coercion, Capital and European States",
        ),
        (
            "Иванов И. И. Власть, общество и реформы. М. : Наука, 2001.",
            "Власть, общество и реформы",
        ),
        (
            "Mann M. States, War and Capitalism. Oxford : Blackwell, 1988.",
            "States, War and Capitalism",
        ),
        (
            "Hobsbawm E. Nations, Nationalism and Modernity. London : Verso, 1992.",
            "Nations, Nationalism and Modernity",
        ),
        (
            "Kaya A. Kimlik, göç ve vatandaşlık. İstanbul : Bilgi Üniversitesi Yayınları, 2012.",
            "Kimlik, göç ve vatandaşlık",
        ),
        ("Нұрланов Б. Тіл, қоғам, мәдениет. Алматы : Ғылым, 2008.", "Тіл, қоғам, мәдениет"),
        (
            "Moore B. Lords, Peasants and Modern Societies. Boston : Beacon Press, 1966.",
            "Lords, Peasants and Modern Societies",
        ),
    ],
)
def test_listed_title_runs_to_imprint(text: str, title: str) -> None:
    assert _parsed(text).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Dahl R. Who Governs? Democracy and Power in an American City. New Haven, 1961.",
            "Who Governs? Democracy and Power in an American City",
        ),
        (
            "Smith J. What Is History? Essays on Method. London : Penguin, 1998.",
            "What Is History? Essays on Method",
        ),
        (
            "Петров В. Что делать? Очерки политической мысли. М. : Наука, 2004.",
            "Что делать? Очерки политической мысли",
        ),
        (
            "Yılmaz A. Kim yönetiyor? Türkiye'de yerel demokrasi. Ankara : Siyasal, 2014.",
            "Kim yönetiyor? Türkiye'de yerel demokrasi",
        ),
    ],
)
def test_question_head_stays_in_title(text: str, title: str) -> None:
    assert _parsed(text).title == title
