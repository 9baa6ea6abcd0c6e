"""Records and entries from notes written for these tests (session 18): a date is as precise
as the note writes it (its day before the month, Zotero's Ukrainian month abbreviations), and
an edition written as an ordinal renders as the style writes editions."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.csl import from_csl
from citekit.model import Citation, Location
from citekit.styles import format_bibliography
from tests.citations.parsed import first_citation as _first


def _iso(found: Citation) -> str | None:
    return found.issued.isoformat() if found.issued is not None else None


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "Ahmet Kaya, “Orta Asya’da su meselesi”, haberturk.com 7 Nisan 2019. "
            "https://www.haberturk.com/orta-asya-da-su-meselesi-2345678",
            "2019-04-07",
        ),
        (
            "Айгерім Сәрсенова, “Тіл саясаты және қоғам”, Қазақ тілі мен әдебиеті 4/2 "
            "(15 наурыз 2012), 44–52.",
            "2012-03-15",
        ),
        (
            "Ковальчук, Андрій. «Реформа освіти». Українська правда, 24 чер. 2022. "
            "https://www.pravda.com.ua/articles/2022/06/24/7354000/.",
            "2022-06-24",
        ),
    ],
)
def test_a_date_keeps_the_day_written_before_its_month(text: str, issued: str) -> None:
    assert _iso(_first(text)) == issued


def test_a_ukrainian_short_month_of_the_csl_locale_is_read() -> None:
    found = _first(
        "Мельник О. «Мовна політика». Енциклопедія сучасної України. 2021. 14 чер. "
        "https://esu.com.ua/article-12345."
    )
    assert _iso(found) == "2021-06-14"


@pytest.mark.parametrize("written", ["2-е", "2-ге", "2-nji", "2."])
@pytest.mark.parametrize("style", ["gost-r-7-0-5-2008", "chicago-notes-bibliography", "isnad"])
def test_an_ordinal_edition_renders_as_its_number(written: str, style: str) -> None:
    def item(edition: str) -> Citation:
        return from_csl(
            {
                "type": "book",
                "title": "Древние тюрки",
                "author": [{"family": "Гумилев", "given": "Л. Н."}],
                "edition": edition,
                "publisher": "Наука",
                "issued": {"date-parts": [[1993]]},
            }
        )

    assert format_bibliography([item(written)], style=style) == format_bibliography(
        [item("2")], style=style
    )


def test_an_edition_in_words_is_left_as_written() -> None:
    entry = format_bibliography(
        [from_csl({"type": "book", "title": "T", "edition": "2-е, испр.", "publisher": "Наука"})],
        style="chicago-notes-bibliography",
    )
    assert "2-е, испр." in entry[0]


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("KARAKAŞ Ali, Türk Dış Politikası, Ankara: Nobel, 2014, s. 12.", "KARAKAŞ", "Ali"),
        (
            "Hilayda Yasan ZENGİN AVCI, Göç ve Kent, Ankara: İmge, 2009, s. 41.",
            "ZENGİN AVCI",
            "Hilayda Yasan",
        ),
        (
            "Türkmen halylary;ORAZOW Merdan;Ylym,2015",
            "ORAZOW",
            "Merdan",
        ),
    ],
)
def test_a_family_written_in_capitals_is_the_family_wherever_it_stands(
    text: str, family: str, given: str
) -> None:
    (person,) = _first(text).authors
    assert (person.family, person.given) == (family, given)


def test_initials_after_a_familys_comma_keep_their_periods_in_a_numbered_entry() -> None:
    found = _first(
        "1. Madden, K. Categories of Memory : PhD diss. / K. Madden, L. Brown. – Boston : "
        "Harvard University, 1990."
    )
    assert [(p.family, p.given) for p in found.authors] == [("Madden", "K."), ("Brown", "L.")]


def test_an_opening_quote_after_a_name_is_no_part_of_it() -> None:
    (person,) = _first("Сейфуллин «Тар жол, тайғақ кешу». Алматы, «Жазушы», 1977.").authors
    assert "«" not in str(person)


@pytest.mark.parametrize(
    ("text", "volume", "title"),
    [
        (
            "Гайдамака Л. Д. Том IV. Етнокультурний розвиток. Київ: Основи, 1993. 201 с.",
            "IV",
            "Етнокультурний розвиток",
        ),
        (
            "Сейітов А. Б. Т. 12. Ауыз әдебиеті / А. Б. Сейітов, Д. Т. Жұмабек // Тіл мен "
            "әдебиет: жинақ. Алматы, 1991. Б. 12–30.",
            "12",
            "Ауыз әдебиеті",
        ),
        (
            "Петров П. П. Т. II. Очерки истории. М.: Наука, 1970. 300 с.",
            "II",
            "Очерки истории",
        ),
    ],
)
def test_a_volume_before_the_title_is_the_volume(text: str, volume: str, title: str) -> None:
    found = _first(text)
    assert (found.volume, found.title) == (volume, title)
    assert all("Т." not in (p.given or "") for p in found.authors)


@pytest.mark.parametrize(
    "text",
    [
        "United Nations Development Programme. (2021). Human Development Report 2021. "
        "New York: UNDP.",
        "Human Rights Watch. “Kazakhstan: Protesters Arbitrarily Arrested.” 2022. "
        "https://www.hrw.org/news/2022/01/26/kazakhstan-protesters",
    ],
)
def test_a_body_in_the_authors_place_is_one_literal_name(text: str) -> None:
    (body,) = _first(text).authors
    assert body.literal is not None
    assert body.family is None


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        ("Сыздықова Р. Абай шығармаларының тілі. 2-ші бас. Алматы: Арыс, 2004. 320 б.", "2-ші"),
        ("Ахметов Т. Қазақ өлеңі. – 4-ші бас. – Алматы: Мектеп, 2011. – 256 б.", "4-ші"),
    ],
)
def test_a_kazakh_ordinal_edition_is_the_edition(text: str, edition: str) -> None:
    found = _first(text)
    assert found.edition == edition
    assert found.title is not None
    assert "бас" not in found.title


def test_a_list_that_opens_the_note_without_a_role_word_is_its_authors() -> None:
    found = _first(
        "Сергазиев, Нұрлан, and Айжамал Темирбулатова. “Кеңес дәуіріндегі мәдени мұра "
        "«теориясы» мен тәжірибесі.” Вестник ЕНУ им. Л. Н. Гумилёва. Серия филологическая 5, "
        "no. 11 (2014): 210–214."
    )
    assert [p.family for p in found.authors] == ["Сергазиев", "Темирбулатова"]
    assert found.editors == ()


def test_a_role_word_after_a_list_is_the_whole_lists() -> None:
    found = _first("Smith, John, and Karen Brown, eds. The Silk Road. London: Routledge, 2010.")
    assert found.authors == ()
    assert [p.family for p in found.editors] == ["Smith", "Brown"]


@pytest.mark.parametrize(
    "text",
    ["TMDA, F. 1638, Sp. 4, I. 993, sah. 449.", "ҚР ПА. 141-қор, 1-тізбе, 1782-іс, 12-парақ."],
)
def test_a_shelf_marks_numbers_are_no_year(text: str) -> None:
    found = _first(text)
    assert found.issued is None
    assert found.type == "manuscript"


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Roy, Olivier. The New Central Asia (1991–2000). London; New York: I.B. Tauris, 2000.",
            "London; New York",
            "I.B. Tauris",
        ),
        (
            "Иванов И. И. История Казахстана (1900–1920). М.; Л.: Наука, 1965. 300 с.",
            "М.; Л.",
            "Наука",
        ),
    ],
)
def test_an_imprints_places_parted_by_semicolons_are_one_source(
    text: str, place: str, publisher: str
) -> None:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    (found,) = note.citations
    assert (found.publisher_place, found.publisher) == (place, publisher)


def test_a_semicolon_before_a_second_source_still_parts_them() -> None:
    note = parse_note(
        1,
        "Kaya, Tarih (Ankara: TTK, 2001), 12; Demir, Bir Hayat (İstanbul: YKY, 2010), 45.",
        location=Location(path="t"),
    )
    assert len(note.citations) == 2
