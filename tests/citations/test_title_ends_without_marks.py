"""Where a title ends when no mark shows it: a year alone after it is the date, a host glued to
its last word or read before GOST's `//` is its own, a sentence before a role's statement is its
subtitle, and a headline is no author."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "year", "container"),
    [
        (
            "Shape of the Steppe (2010) Medium. Available at: https://medium.com/steppe/6913 "
            "(Accessed: 22 July 2025).",
            "Shape of the Steppe",
            2010,
            "Medium",
        ),
        (
            "Kazakh leader pledges new reforms (2007) Eurasianet. Available from: "
            "https://eurasianet.org/kazakh-leader-pledges (Accessed: 4 June 2022).",
            "Kazakh leader pledges new reforms",
            2007,
            "Eurasianet",
        ),
        (
            "1. Yerel Yönetimler ve Kent Hakkı (1980-2000) 2004. C. 12.",
            "Yerel Yönetimler ve Kent Hakkı (1980-2000)",
            2004,
            None,
        ),
        (
            "1. Anadolu’nun Tarım Politikaları Türkmenistan'da 1993. C. 4.",
            "Anadolu’nun Tarım Politikaları Türkmenistan'da",
            1993,
            None,
        ),
    ],
)
def test_year_alone_after_title_is_the_date(
    note: str, title: str, year: int, container: str | None
) -> None:
    c = first_citation(note)
    assert (title, year) == (c.title, c.issued.year if c.issued else None)
    if container is not None:
        assert container == c.container


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Kazinform, “Slide Atlas of Central Asian Archaeology 1990.”",
            "Slide Atlas of Central Asian Archaeology 1990",
        ),
        (
            "Ұлттық банк базалық мөлшерлемені өзгертті (1980) [Электронный ресурс]. "
            "http://vlast.kz/page_60432",
            "Ұлттық банк базалық мөлшерлемені өзгертті (1980)",
        ),
    ],
)
def test_year_in_quotes_or_before_resource_kind_stays_the_titles(note: str, title: str) -> None:
    c = first_citation(note)
    assert (title, None) == (c.title, c.issued)


@pytest.mark.parametrize(
    ("note", "title", "container"),
    [
        (
            "Ерофеев Б. В. Журналистика Казахстана: к 100-летию газеты „Правда“, 16 декабря 2012, "
            "Коммерсантъ, https://www.kommersant.ru/doc/99744 (дата обращения 2018-06-21).",
            "Журналистика Казахстана: к 100-летию газеты „Правда“",
            "Коммерсантъ",
        ),
        (
            "Жұмабаев М. Кеңес дәуіріндегі қазақ «хандығы» және «Қазақ» газеті. — Қарағанды: "
            "Жазушы, 1995. — 125 б.",
            "Кеңес дәуіріндегі қазақ «хандығы» және «Қазақ» газеті",
            None,
        ),
        (
            "Әбдіхалықов Е. Ж. «Қазақ» газеті және Алаш идеясы (1913–1918 жж.) // Қазақ "
            "тарихы. — 2018. — № 5. — Б. 14–19.",
            "«Қазақ» газеті және Алаш идеясы (1913–1918 жж.)",
            "Қазақ тарихы",
        ),
        (
            "Панфилова Е. А. Историко-философский ежегодник. Ч. 2: к 100-летию газеты «Правда» "
            ": дис. … д-ра ист. наук. — Павлодар, 1992. — 234 с.",
            "Историко-философский ежегодник. Ч. 2: к 100-летию газеты «Правда»",
            None,
        ),
        (
            "Стець Л. О. Ономастика — монографія. До питання про роль козацтва // Українська "
            "мова. — 1996. — № 7. — С. 15–22.",
            "Ономастика — монографія. До питання про роль козацтва",
            "Українська мова",
        ),
    ],
)
def test_host_without_its_mark_is_the_titles(note: str, title: str, container: str | None) -> None:
    c = first_citation(note)
    assert title == c.title
    if container is not None:
        assert container == c.container


@pytest.mark.parametrize(
    ("note", "title", "editors"),
    [
        (
            "Angela Holt, Language Policy in Kazakhstan. A Critical Assessment, ed. Morgan "
            "Austin (Abingdon: Routledge, 2012), 44.",
            "Language Policy in Kazakhstan. A Critical Assessment",
            ["Austin"],
        ),
        (
            "Asian Development Bank. 2023. Water Management in the Aral Sea Basin. A Historical "
            "Survey. Edited by Kaitlyn Newton. Manila: Asian Development Bank.",
            "Water Management in the Aral Sea Basin. A Historical Survey",
            ["Newton"],
        ),
    ],
)
def test_sentence_before_role_is_the_subtitle(note: str, title: str, editors: list[str]) -> None:
    c = first_citation(note)
    assert (title, editors, None) == (c.title, [e.family for e in c.editors], c.container)


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Верховна Рада заявив про зростання товарообігу. Тарихи очерктер (укр.). LB.ua "
            "(5 июля 2019). Проверено 24 июля 2025.",
            "Верховна Рада заявив про зростання товарообігу. Тарихи очерктер",
        ),
        (
            "US State Department visits Ashgabat to boost ties. A Historical Survey. [Internet]. "
            "theconversation.com; 2006 [cited 2020 March 4]. Available from: "
            "https://theconversation.com/page/823909",
            "US State Department visits Ashgabat to boost ties. A Historical Survey",
        ),
        (
            "Алматы әкімдігі Астанада форумда сөз сөйледі. Зерттеу мен мәтіндер // Түркістан. "
            "– 2009. – 20 қыркүйек. – Б. 4.",
            "Алматы әкімдігі Астанада форумда сөз сөйледі. Зерттеу мен мәтіндер",
        ),
    ],
)
def test_headline_is_no_author(note: str, title: str) -> None:
    c = first_citation(note)
    assert (title, ()) == (c.title, c.authors)


@pytest.mark.parametrize(
    ("note", "title", "container"),
    [
        (
            "Beasley L. Report on the Almaty workshop on free software, law and society. "
            "International Journal of Memory. 2008;33(10):395-412.",
            "Report on the Almaty workshop on free software, law and society",
            "International Journal of Memory",
        ),
        (
            "Гузь Р. А. Козацька держава у Речі Посполитій. Основні тенденції – досвід і уроки. "
            "К., 1979. С. 437.",
            "Козацька держава у Речі Посполитій. Основні тенденції – досвід і уроки",
            None,
        ),
    ],
)
def test_title_tail_before_host_or_imprint(note: str, title: str, container: str | None) -> None:
    c = first_citation(note)
    assert (title, container) == (c.title, c.container)


@pytest.mark.parametrize(
    ("note", "title", "translators"),
    [
        (
            "Соболева, Л. Э. (2020). О происхождении нравственного познания – опыт и уроки "
            "(Т. Г. Кабанова & К. Ж. Ершов, Пер.; с. 54). Индрик.",
            "О происхождении нравственного познания – опыт и уроки",
            ["Кабанова", "Ершов"],
        ),
        (
            "Stevens, K. (2005). Nomadic pastoralism: a point of view in the U.S. "
            "(K. Cunningham & J. Gill, Trans.) [PhD diss.]. University of Oxford.",
            "Nomadic pastoralism: a point of view in the U.S.",
            ["Cunningham", "Gill"],
        ),
    ],
)
def test_apa_role_bracket_ends_the_title(note: str, title: str, translators: list[str]) -> None:
    c = first_citation(note)
    assert (title, translators) == (c.title, [t.family for t in c.translators])
