"""Notes of documents written in other languages (session 20): the markers of Spanish,
Portuguese, Italian, Polish, Tatar, Bashkir, Persian and Arabic notes (ibid, op. cit., access
labels) as data of languages citekit tells titles in; their months read only between a day
and a year; the imprint `Place, Publisher, Year`; a newspaper's date after its name; a
journal's name in quotes before its year. The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.dates import parse_date
from citekit.languages import language
from tests.scoring import predict


def _predict(note: str, prev: tuple[str, ...] = ()) -> dict[str, object]:
    return predict({"note": note, "prev": list(prev)})


def _iso(text: str) -> str | None:
    date = parse_date(text)
    return None if date is None else date.isoformat()


_BOOK = "Ferreira, Ana. A Turquia e o Cáucaso. Lisboa: Edições 70, 2016. p. 14."


@pytest.mark.parametrize(
    ("note", "page"),
    [
        ("Ibíd., p. 22.", "22"),
        ("Ivi, p. 31.", "31"),
        ("Tamże, s. 8.", "8"),
        ("Шунда ук, 40 б.", "40"),
        ("Шунда уҡ. 17-се б.", None),
        ("همان، ص. 12.", None),
        ("المصدر نفسه، ص 9.", None),
    ],
)
def test_an_ibid_of_another_language_repeats_the_note_before(note: str, page: str | None) -> None:
    got = _predict(note, (_BOOK,))
    assert got["kind"] == "ibid"
    assert got["ibid_of"] == 0
    if page is not None:
        assert got["pages"] == page


@pytest.mark.parametrize(
    ("note", "accessed"),
    [
        (
            "Rubio, Elena. La ruta turca. https://www.ejemplo.es/ruta. "
            "Consultado el 9 de junio de 2022.",
            "2022-06-09",
        ),
        (
            "Conti, Paolo. Il Caucaso. https://www.esempio.it/caucaso "
            "(consultato il 4 marzo 2021).",
            "2021-03-04",
        ),
        (
            "LIMA, Rui. Ásia Central hoje. Disponível em: https://www.exemplo.pt/asia. "
            "Acesso em: 21 out. 2020.",
            "2020-10-21",
        ),
        ("Kazachstan dziś, https://www.przyklad.pl/kz (dostęp: 03.11.2019).", "2019-11-03"),
    ],
)
def test_an_access_label_of_another_language_dates_the_visit(note: str, accessed: str) -> None:
    assert _predict(note)["accessed"] == accessed


def test_a_titles_only_month_is_read_between_a_day_and_a_year_only() -> None:
    assert _iso("3 de mayo del 2021") == "2021-05-03"
    assert _iso("18 de novembro de 2019") == "2019-11-18"
    assert _iso("7 luglio 2018") == "2018-07-07"
    assert _iso("2 lutego 2020") == "2020-02-02"
    assert _iso("Mayo Clinic Proceedings, 2012") == "2012"
    assert _iso("Marzo 2012") == "2012"  # a month alone with a year: not read


def test_a_titles_only_language_may_list_its_months_and_markers_but_no_and() -> None:
    spanish = language("es")
    assert spanish.titles_only
    assert spanish.months[5] == ("mayo",)
    assert "Ibíd." in spanish.words.ibid
    assert spanish.month_joiners == ("de", "del")
    assert not spanish.words.and_


def test_the_name_after_the_place_is_the_publisher() -> None:
    got = _predict("Greco, Carla, Storia dell'Asia centrale, Torino, Einaudi, 2009, p. 77.")
    assert got["author"] == ["Greco, Carla"]
    assert got["publisher"] == "Einaudi"
    assert got["place"] == "Torino"
    assert got["pages"] == "77"


def test_a_newspapers_date_after_its_name_is_the_issued_date() -> None:
    note = 'Ortega, Pablo. "Kazajistán mira al oeste". El Mundo, 2 de febrero de 2020.'
    got = _predict(note)
    assert got["container"] == "El Mundo"
    assert got["issued"] == "2020-02-02"


def test_a_quoted_journal_before_its_year_is_the_host() -> None:
    got = _predict(
        "Wójcik M., Tatarzy w Polsce, „Przegląd Orientalistyczny” 2012, nr 3, s. 201–215."
    )
    assert got["title"] == "Tatarzy w Polsce"
    assert got["container"] == "Przegląd Orientalistyczny"
    assert got["issued"] == "2012"
    assert got["pages"] == "201–215"


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Moretti, Chiara, I popoli turchi, Roma, Carocci, 2011, p. 9.",
            "Moretti, Chiara",
            "I popoli turchi",
        ),
        (
            "Navarro, Raquel, Los turcomanos, Granada, Comares, 2007, p. 50.",
            "Navarro, Raquel",
            "Los turcomanos",
        ),
    ],
)
def test_an_inverted_name_closed_by_a_comma_opens_the_note(
    note: str, author: str, title: str
) -> None:
    got = _predict(note)
    assert got["author"] == [author]
    assert got["title"] == title


def test_the_name_before_a_bracketed_editors_word_is_the_hosts_editor() -> None:
    note = (
        "PEREIRA, L. Petróleo no Cáspio. In: MOURA, R. (org.). Energia e poder. Curitiba: Appris, "
        "2017. p. 88-104."
    )
    got = _predict(note)
    assert got["editor"] == ["MOURA, R."]
    assert got["container"] == "Energia e poder"
    assert got["place"] == "Curitiba"
    assert got["pages"] == "88-104"


def test_an_italian_translators_words_name_no_author() -> None:
    note = "Kinross, Patrick, Il padre dei turchi, trad. it. di G. Rossi, Milano, Rizzoli, 1980."
    got = _predict(note)
    assert got["author"] == ["Kinross, Patrick"]
    assert got["translator"] == ["G. Rossi"]
