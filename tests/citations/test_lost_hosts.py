"""Session 27 (types27): the type of a part whose host went unnamed in its fields — an edited
book's part (`In:`/`İçinde:`/`В кн.:` with an editor and its pages), GOST's host after `//`,
a quoted part's host, a serial's name read as a house (an issue and a part's pages, a day,
a periodical's word), a house read as a host (`Place: House`) — and archival levels in
English and romanized Russian. The fields are given as a tagger may read them wrongly, so the
rules are tested whatever the shipped model reads; the notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation
from citekit.citations.lost_hosts import (
    dated_house,
    gost_host,
    imprint_host,
    quoted_host,
    unnamed_book_part,
    unnamed_serial,
    worded_house,
)
from citekit.citations.types import rule_type
from citekit.model import Name, PartialDate


def _names(*families: str) -> tuple[Name, ...]:
    return tuple(Name(family=f, given="A.") for f in families)


@pytest.mark.parametrize(
    ("note", "fields"),
    [
        (
            "Bregel Y. The Bibliography. In: Bregel Y. (ed.) An Historical Atlas of Central "
            "Asia. Leiden: Brill, 2003. P. 1–10.",
            {"title": "The Bibliography", "publisher": "Brill", "page": "1–10"},
        ),
        (
            "Ivanov, P. (2005). Steppe trade. In R. Smith (Ed.), Central Asian History (Vol. 2, "
            "pp. 101–130). Routledge.",
            {"title": "Steppe trade", "volume": "2", "page": "101–130", "publisher": "Routledge"},
        ),
        (
            "Ahmedow, B. Ýüpek ýoly. In: Gurbanow A. (red.) Türkmenistanyň taryhy. Aşgabat: "
            "Ylym, 2012. S. 55–70.",
            {"title": "Ýüpek ýoly", "publisher-place": "Aşgabat", "page": "55–70"},
        ),
        (
            "Kaya, M. (2016). Halılar. İçinde: A. Demir (Ed.), Türk Sanatı (ss. 12–40). "
            "İstanbul: Ötüken.",
            {"title": "Halılar", "publisher-place": "İstanbul", "page": "12–40"},
        ),
        (
            "Петров А. Кочевники. В кн.: Сидоров И. (ред.) История Евразии. М.: Наука, 2012. "
            "С. 45–67.",
            {"title": "Кочевники", "publisher": "Наука", "page": "45–67"},
        ),
        (
            "Ахметов Б. Әдебиет. Кітапта: Мұқашев Ә. (ред.) Әдебиет тарихы. Алматы, 2010. "
            "Б. 41–60.",
            {"title": "Әдебиет", "publisher-place": "Алматы", "page": "41–60"},
        ),
    ],
)
def test_an_edited_books_part_is_a_chapter_its_book_unread(
    note: str, fields: dict[str, object]
) -> None:
    read: dict[str, object] = {**fields, "author": _names("X"), "editor": _names("Y")}
    assert unnamed_book_part(read, note, str(fields["title"]))
    assert rule_type(read, note) == "chapter"


@pytest.mark.parametrize(
    "note",
    [
        # the preposition inside a name opens no host; a whole edited book's pages
        "Smith J. (ed.) Nations in Transit. London: Routledge, 2001. P. 45–50.",
        "Jones, P., ed. Studies in the History of the Steppe. Oxford: Clarendon, 1999, 12–30.",
        "История Казахстана / под ред. М. Козыбаева. – Алматы: Атамұра, 2010. – С. 45–50.",
    ],
)
def test_an_edited_book_cited_by_pages_stays_a_book(note: str) -> None:
    assert parse_citation(note).type == "book"


def test_an_issue_of_a_journal_is_no_book_whoever_read_its_name() -> None:
    read: dict[str, object] = {
        "author": _names("Annaýewa"),
        "title": "Türkmen halylary",
        "publisher": "Miras",
        "issue": "2",
        "page": "45–52",
        "issued": PartialDate(2018),
    }
    note = "Annaýewa, G. Türkmen halylary. Miras, 2018, № 2, 45–52 s."
    assert unnamed_serial(read)
    assert rule_type(read, note) == "article-journal"
    # a house's place keeps its book (`Ankara: Nobel, 2015, s. 33-40` with a series number)
    assert not unnamed_serial({**read, "publisher-place": "Ankara"})


_DAY = PartialDate(2001, 5, 14)


@pytest.mark.parametrize(
    ("note", "host", "numbers", "kind"),
    [
        (
            "Ремнев А. Степное генерал-губернаторство // Вестник Омского университета. 2008. № 3.",
            "Вестник Омского университета",
            {"issue": "3", "issued": PartialDate(2008)},
            "article-journal",
        ),
        (
            "Гусейнов Э. Куда идет Средняя Азия // Известия. – 2001. – 14 мая.",
            "Известия",
            {"issued": _DAY},
            "article-newspaper",
        ),
        (
            "Жасұлан Е. Тәуелсіздік тұғыры // Ана тілі, 15.12.2011.",
            "Ана тілі",
            {"issued": PartialDate(2011, 12, 15)},
            "article-newspaper",
        ),
        (
            "Orazowa G. Terminologiýa // Türkmen dili: halkara ylmy maslahatyň materiallary. "
            "Aşgabat, 2019. S. 77–80.",
            "Türkmen dili: halkara ylmy maslahatyň materiallary",
            {"publisher-place": "Aşgabat", "page": "77–80", "issued": PartialDate(2019)},
            "paper-conference",
        ),
        (
            "Myradow B. Sözüň manysy // Ylym we tehnika. 2020. № 4. S. 12–17.",
            "Ylym we tehnika",
            {"issue": "4", "page": "12–17", "issued": PartialDate(2020)},
            "article-journal",
        ),
    ],
)
def test_gosts_host_is_named_after_the_slashes(
    note: str, host: str, numbers: dict[str, object], kind: str
) -> None:
    title = note.split(" // ")[0].split(". ", 1)[1]
    # the host read as the title's end, then as the publisher
    for lost in ({"title": f"{title}. {host}"}, {"title": title, "publisher": host}):
        read: dict[str, object] = {"author": _names("X"), **lost, **numbers}
        found = gost_host(read, note)
        assert found is not None
        assert found["container-title"] == host
        assert found.get("title") == title
        assert "publisher" not in found
        assert rule_type(read, note) == kind


@pytest.mark.parametrize(
    "note",
    [
        "Подробнее см.: В Казахстане повысили пенсии // https://informburo.kz/novosti/1.html",
        "Петров П. Title // Вестник. 2019. № 2. С. 3–9.",  # a host read: nothing to recover
        # a whole's own imprint before `//`: the platform it is read on
        "Соколов В. П. Физика : учебное пособие. – СПб. : Лань, 2019. – 256 с. – Текст : "
        "электронный // Лань : электронно-библиотечная система. – URL: https://e.lanbook.com/1",
    ],
)
def test_no_host_is_made_of_an_address_a_read_host_or_a_platform(note: str) -> None:
    read: dict[str, object] = {"title": "Title"}
    if "Вестник" in note:
        read["container-title"] = "Вестник"
    if "Лань" in note:
        read = {**read, "publisher": "Лань", "number-of-pages": "256"}
    assert gost_host(read, note) is None
    assert gost_host({k: v for k, v in read.items() if k != "number-of-pages"}, note) is None


@pytest.mark.parametrize(
    "note",
    [
        "Archive of the Ministry of Foreign Affairs of Kazakhstan, fund 3, inventory 1, file 45.",
        "Central State Archive of the Republic of Kazakhstan, fund 1, inventory 2, file 134, "
        "sheet 5.",
        "State Archive of Almaty Region, fund 489, inventory 1, file 76.",
        "TsGA RK, fond 81, opis 1, delo 1099, list 3–5.",
        "RGASPI, fond 17, opis 3, delo 45, list 12.",
    ],
)
def test_a_soviet_shelf_mark_in_english_is_an_archives(note: str) -> None:
    assert parse_citation(note).type == "manuscript"


@pytest.mark.parametrize(
    ("note", "title", "host", "more", "kind"),
    [
        (
            "Kılıç, Murat, “Hive Hanlığı ile Osmanlı İlişkileri”, Bilig, S. 63, 2012, s. 121-144.",
            "Hive Hanlığı ile Osmanlı İlişkileri",
            "Bilig",
            {"issue": "63", "page": "121-144"},
            "article-journal",
        ),
        (
            "Erdem, Tarhan. “Anayasa tartışmaları”, Milliyet, 12 Ekim 2007, s. 18.",
            "Anayasa tartışmaları",
            "Milliyet",
            {"issued": PartialDate(2007, 10, 12), "page": "18"},
            "article-newspaper",
        ),
        (
            "Higgins, A. “In Kazakhstan, a Dynasty Unravels.” New York Times, January 9, 2022.",
            "In Kazakhstan, a Dynasty Unravels.",
            "New York Times",
            {"issued": PartialDate(2022, 1, 9)},
            "article-newspaper",
        ),
    ],
)
def test_a_title_read_past_its_closing_quote_holds_its_host(
    note: str, title: str, host: str, more: dict[str, object], kind: str
) -> None:
    read: dict[str, object] = {"author": _names("X"), "title": f"{title} {host}", **more}
    found = quoted_host(read, note)
    assert found is not None
    assert found["container-title"] == host
    assert rule_type(read, note) == kind


@pytest.mark.parametrize(
    "note",
    [
        # quotes inside a title, and a book's title in quotes before its imprint
        "Akmyradow we başg., “«Gorkut ata» eposynda ulag-logistika ulgamy”.",
        "М. Джумалиев. «Ең танымал бренд «Хёндэ» болған?». Алматы, «Фолиант», 1986.",
    ],
)
def test_quotes_inside_a_title_open_no_host(note: str) -> None:
    title = note.split(". ", 1)[1] if note.startswith("М.") else note.split(", ", 1)[1]
    read: dict[str, object] = {"title": title.strip("“”.«»")}
    assert quoted_host(read, note) is None


def test_a_name_read_as_the_house_of_a_days_item_is_its_host() -> None:
    read: dict[str, object] = {
        "author": _names("Ardahan"),
        "title": "Türkmen gazı Avrupa’ya",
        "publisher": "Yeni Şafak",
        "issued": PartialDate(2015, 4, 20),
    }
    note = "Ardahan, M. “Türkmen gazı Avrupa’ya”, Yeni Şafak, 20.04.2015."
    assert dated_house(read) == {
        **{k: v for k, v in read.items() if k != "publisher"},
        "container-title": "Yeni Şafak",
    }
    assert rule_type(read, note) == "article-newspaper"
    # a place makes it an imprint; a year alone a book's date
    assert dated_house({**read, "publisher-place": "İstanbul"}) is None
    assert dated_house({**read, "issued": PartialDate(2015)}) is None


@pytest.mark.parametrize(
    ("publisher", "recovered"),
    [
        ("Central Asian Journal", True),
        ("Uluslararası Türk Kültürü Sempozyumu Bildiri Kitabı", True),
        ("Academic Studies Press", False),  # a house's word in it
    ],
)
def test_a_periodicals_word_names_a_host_not_a_house(publisher: str, recovered: bool) -> None:
    read: dict[str, object] = {"title": "Title", "publisher": publisher, "page": "12-20"}
    assert (worded_house(read) is not None) is recovered


@pytest.mark.parametrize(
    ("note", "host", "place"),
    [
        (
            "Грушевський М. Історія України-Руси. Т. 1. Київ: Наукова думка, 1991. 648 с.",
            "Наукова думка",
            "Київ",
        ),
        (
            "Levi, S. C. The Rise and Fall of Khoqand. Pittsburgh: University of Pittsburgh "
            "Press, 2017.",
            "University of Pittsburgh Press",
            "Pittsburgh",
        ),
    ],
)
def test_a_host_read_after_the_imprints_place_is_the_house(
    note: str, host: str, place: str
) -> None:
    read: dict[str, object] = {"title": "Title", "container-title": host, "publisher-place": place}
    found = imprint_host(read, note)
    assert found is not None
    assert found["publisher"] == host
    assert "container-title" not in found
    assert rule_type(read, note) == "book"
    # a journal keeps its name (`Angelaki: Journal of … 21 (12)`)
    assert imprint_host({**read, "issue": "12"}, note) is None


@pytest.mark.parametrize(
    ("publisher", "kind"),
    [
        ("Uluslararası Türk Kültürü Sempozyumu Bildiri Kitabı", "paper-conference"),
        ("TDV İslâm Ansiklopedisi", "entry-encyclopedia"),
    ],
)
def test_a_meetings_or_reference_works_name_beside_a_place_is_a_host(
    publisher: str, kind: str
) -> None:
    read: dict[str, object] = {
        "author": _names("Kaya"),
        "title": "Türkmen halı motifleri",
        "publisher": publisher,
        "publisher-place": "Ankara",
        "page": "233-241",
        "issued": PartialDate(2016),
    }
    note = f"Kaya, E. “Türkmen halı motifleri”, {publisher}, Ankara, 2016, s. 233-241."
    found = worded_house(read)
    assert found is not None
    assert found["container-title"] == publisher
    assert rule_type(read, note) == kind
    # a whole's extent, or no part's pages, keeps the house
    assert worded_house({**read, "number-of-pages": "320"}) is None
    assert worded_house({**read, "page": "45"}) is None


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("ÇDA (Cumhurbaşkanlığı Devlet Arşivleri), 030.18.01.02/45.67.12.", "manuscript"),
        ("Cumhurbaşkanlığı Devlet Arşivleri, 030.10.0.0/112.756.14.", "manuscript"),
        # a book on the archives keeps its type
        ("Kütükoğlu, M. Osmanlı Arşivleri Rehberi. İstanbul: Kubbealtı, 1998. 412 s.", "book"),
    ],
)
def test_a_state_archive_named_in_the_plural_is_an_archive(note: str, kind: str) -> None:
    assert parse_citation(note).type == kind
