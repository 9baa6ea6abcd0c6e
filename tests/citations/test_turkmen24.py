"""Turkmen and Kazakh forms (session 24): an ordinal right before a page's word is the cited
page (`5-nji sah.`, in a source and after `Şol ýerde`), a volume written as an ordinal after a
set's count (`2 tomda. 1-nji tom.`), a degree after `ylymlaryň`, and an archive's levels written
as ordinals before their words (`1-nji fond, 2-nji ýazgy, 33-nji iş`). The notes are written
for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Öwezow B. Ahal-teke atlary. – Aşgabat: Ylym, 2012. – 5-nji sah.", "5"),
        ("Öwezow B. Ahal-teke atlary. – Aşgabat: Ylym, 2012. – 12-nji sahypa.", "12"),
    ],
)
def test_an_ordinal_before_a_page_word_is_the_page(text: str, page: str) -> None:
    found = _first(text)
    assert (found.page, found.edition, found.number_of_pages) == (page, None, None)


def test_an_ordinal_edition_stays_the_edition() -> None:
    found = _first("Kerimow A. Türkmen dili. – 3-nji neşir. – Aşgabat: Ylym, 2017. – 198 sah.")
    assert (found.edition, found.page, found.number_of_pages) == ("3-nji", None, "198")


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Şol ýerde. – 112-nji sah.", "112"),
        ("Şol ýerde, 45-nji sahypa.", "45"),
    ],
)
def test_an_ibid_points_at_an_ordinal_page(text: str, page: str) -> None:
    note = parse_note(4, text, location=Location(path="t"))
    assert (note.kind, note.page) == (NoteKind.IBID, page)


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        (
            "Türkmen diliniň düşündirişli sözlügi. 2 tomda. 1-nji tom. – Aşgabat: Ylym, 2015.",
            "Türkmen diliniň düşündirişli sözlügi",
            "1",
        ),
        ("Mukanov S. Shygharmalary. 5 tomdyq. 2-tom.", "Shygharmalary", "2"),
    ],
)
def test_a_sets_count_before_its_volume(text: str, title: str, volume: str) -> None:
    found = _first(text)
    assert (found.title, found.volume) == (title, volume)


def test_a_degree_after_ylymlaryn() -> None:
    found = _first(
        "Seýitmyradow D. Türkmenistanda daşary ýurt maýa goýumlary: ykdysady ylymlaryň "
        "kandidaty dissertasiýasy. – Aşgabat: TDUU, 2011. – 145 sah."
    )
    assert (found.title, found.type) == ("Türkmenistanda daşary ýurt maýa goýumlary", "thesis")


@pytest.mark.parametrize(
    "text",
    [
        "Türkmenistanyň Merkezi döwlet arhiwi (TMDA). 1-nji fond, 2-nji ýazgy, 33-nji iş.",
        "TMDA, 1-nji fond, 2-nji ýazgy, 33-nji iş, 5-nji sahypa.",
    ],
)
def test_an_archives_ordinal_levels(text: str) -> None:
    found = _first(text)
    assert found.type == "manuscript"
    assert found.archive_location is not None
    assert "33-nji iş" in found.archive_location


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("Bahar geldi: gül baýramy bellenildi. Nesil, 2024-nji ýylyň 2-nji apreli.", (2024, 4, 2)),
        ("Täze mekdep: okuw ýyly başlandy. Nesil, 2023-nji ýylyň 1-nji sentýabry.", (2023, 9, 1)),
    ],
)
def test_a_headline_dated_in_words_cites(text: str, issued: tuple[int, int, int]) -> None:
    note = parse_note(1, text, location=Location(path="t"))
    assert note.kind == NoteKind.CITATION
    date = note.citations[0].issued
    assert date is not None
    assert (date.year, date.month, date.day) == issued


def test_a_year_in_prose_stays_prose() -> None:
    note = parse_note(
        1, "Bu kitap 1925-nji ýylda 3 gezek neşir edildi.", location=Location(path="t")
    )
    assert note.kind == NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Кекилов А. Түркмен совет эдебиятының тарыхы. – Ашгабат: Ылым, 1975. – 320 с.",
        "Ата Ковшудов. Сайланан эсерлер. – Ашгабат: Түркменистан, 1984.",
    ],
)
def test_turkmen_cyrillic_titles(text: str) -> None:
    assert _first(text).language == "tk"


def test_a_romanised_kazakh_degree() -> None:
    found = _first(
        "Beisenova A. Qazaq folklorynyñ janrlary: filologiia ğylymdarynyñ kandidaty "
        "dissertasiiasy. – Almaty, 2011. – 160 b."
    )
    assert (found.title, found.type) == ("Qazaq folklorynyñ janrlary", "thesis")


def test_a_council_signs_its_report() -> None:
    found = _first(
        "Türkmenistanyň Prezidentiniň ýanyndaky Ýaşlar syýasaty baradaky geňeş. Ýaşlar barada "
        "hasabat. – Aşgabat, 2022. – 60 sah."
    )
    assert found.title == "Ýaşlar barada hasabat"
