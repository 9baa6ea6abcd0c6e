"""Session 21 (refs21): fields the reference entries made from parsed notes print (notes
written for these tests, in the forms editors write)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation
from citekit.model import Citation, Name, PartialDate
from citekit.styles import format_bibliography


@pytest.mark.parametrize(
    ("note", "host"),
    [
        # İSNAD and Turkish hand-written chapters: the quoted part, then its book, emphasised
        (
            "Vacibe Karadeniz, “Trabzon Örneği”, *Karadeniz Tarihi Yazıları*, Serander "
            "Yayınları, Trabzon, 2014, ss. 69-104.",
            "Karadeniz Tarihi Yazıları",
        ),
        # Kazakh and Turkmen Chicago: the "in" word of the language, the host quoted or not
        (
            "Рақат Алибеков, “Көшпелі өркениет тарихы,” кітапта: “Өзін-өзі тану”, ред. "
            "Күлбағила Исабекова (Өскемен: Білім, 1991), 274–289.",
            "Өзін-өзі тану",
        ),
        (
            "Gadam Kyýasow, “Türkmen halysy”, Kitapda: Türkmen sungaty, red. Atageldi "
            "Jumaýew (Aşgabat: Ylym, 1987), 12-30.",
            "Türkmen sungaty",
        ),
        # Turkish APA: `İçinde` and the editors with their role before the host
        (
            "Aydın, E. (2018). Kazak aydınları. İçinde A. Kara & B. K. Serikbayev (Ed.), Türk "
            "dünyasında aydınlanma (ss. 77–98). Ötüken Neşriyat.",
            "Türk dünyasında aydınlanma",
        ),
        # Chicago in Russian and Ukrainian: a bare `в`, `у` opens the host, no word of its name
        (
            "Нурлан Амрекулов, «Степная демократия», в Казахстан на пути к новому обществу, "
            "под ред. Айгуль Сарсенбаевой (Алматы: Дайк-Пресс, 2005), 56–71.",
            "Казахстан на пути к новому обществу",
        ),
    ],
)
def test_a_parts_second_title_is_its_host(note: str, host: str) -> None:
    found = parse_citation(note)
    assert (found.container, found.type) == (host, "chapter")


def test_a_whole_books_second_quoted_title_after_its_volume_is_no_host() -> None:
    found = parse_citation(
        "Мұхтар Әуезов. «Шығармалар жинағы». Т. 2. «Абай жолы». — Алматы: Жазушы, 2004. — 432 б."
    )
    assert found.container is None


@pytest.mark.parametrize(
    ("note", "channel"),
    [
        ("Kazinform, «Астанада жаңа саябақ ашылды», YouTube, 2021.", "Kazinform"),
        ("Al Jazeera (2019) Kabe’de vinç kazası, YouTube. (Erişim: 22 Ağustos 2021).", None),
        (
            "Ahal welaýatynyň häkimligi, “Türkmen talyplary”, YouTube, 2025, "
            "https://www.youtube.com/watch?v=abc.",
            "Ahal welaýatynyň häkimligi",
        ),
    ],
)
def test_a_videos_channel_before_its_title_is_its_author(note: str, channel: str | None) -> None:
    found = parse_citation(note)
    assert (found.container or "").casefold() == "youtube"
    if channel is not None:
        assert [n.literal for n in found.authors] == [channel]


def test_a_listed_editors_family_particle_keeps_the_name_an_editors() -> None:
    found = parse_citation(
        "1. Human Rights Watch. Public Diplomacy / ed. by D. Kennedy, M. Cherry, C. S. dos "
        "Kline. Berlin: Palgrave Macmillan, 2006. 419 p."
    )
    assert [n.family for n in found.editors] == ["Kennedy", "Cherry", "dos Kline"]
    assert [n.literal for n in found.authors] == ["Human Rights Watch"]


def test_a_family_first_editors_second_initial_is_no_place() -> None:
    found = parse_citation(
        "1. Петренко А. Є., Коваль Ф. А. Історія Поділля (XVI–XVII ст.) / за ред. Мороз Л. В. "
        "Тернопіль: Юрінком Інтер, 2006. С. 324."
    )
    assert [n.given for n in found.editors] == ["Л. В."]
    assert found.publisher_place == "Тернопіль"


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a collection's name with a publisher and no issue: a book's part
        (
            "Сацюк С. М. Лексика козацької доби // Збірник наукових праць. К.: Пульсари, "
            "2016. С. 59–78.",
            "chapter",
        ),
        # a journal's issue stays an article, with or without a place
        ("Иванов И. И. Статья // Вопросы истории. – 2001. – № 3. – С. 5–10.", "article-journal"),
        (
            "Иванов И. И. Статья // Вестник КазНУ. Серия историческая. – Алматы, 2001. – № 3. "
            "– С. 5–10.",
            "article-journal",
        ),
    ],
)
def test_a_serials_name_with_a_publisher_and_no_issue_is_a_collection(note: str, kind: str) -> None:
    assert parse_citation(note).type == kind


@pytest.mark.parametrize(
    ("edition", "language", "area"),
    [("2-е", "ru", "2-е изд. М.: Наука, 2001."), ("3rd", "en", "3rd ed. М.: Наука, 2001.")],
)
def test_gost_writes_the_edition_before_the_imprint(edition: str, language: str, area: str) -> None:
    book = Citation(
        type="book",
        title="Тюрки",
        authors=(Name(family="Иванов", given="И. И."),),
        publisher="Наука",
        publisher_place="М.",
        issued=PartialDate(2001),
        edition=edition,
        language=language,
    )
    entry = format_bibliography([book], style="gost-r-7-0-5-2008")[0]
    assert entry == f"1. Иванов И. И. Тюрки. {area}"  # was `М.: Наука, 2001. Вып. 2.`


def test_isnad_writes_no_bare_extent_after_a_reports_date() -> None:
    report = Citation(
        type="report",
        title="Orta Asya Raporu",
        authors=(Name(literal="SETA"),),
        publisher="SETA Yayınları",
        publisher_place="Ankara",
        issued=PartialDate(2010),
        language="tr",
        number_of_pages="580",
    )
    entry = format_bibliography([report], style="isnad-dipnotlu")[0]
    assert entry == "SETA. Orta Asya Raporu. Ankara: SETA Yayınları, 2010."  # was `… 2010. 580.`
