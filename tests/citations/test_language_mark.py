"""A language mark closes the title (issue 12): Wikipedia's rendered cite templates write
`Title (рус.). Site (date). Дата обращения: …`; the title ends at the mark, whatever dots,
dates or quotes it holds, and the sentence after the mark is the site. The runs are labelled
by hand as the model labelled such notes wrongly, so the pass is tested whatever the shipped
model does; the notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation
from citekit.model import PartialDate
from tests.citations.labelled import decode_labelled


@pytest.mark.parametrize(
    ("text", "spans", "title", "site"),
    [
        (  # a date inside the title, read as the date and a host
            "Численность населения на 1 июля 2021 года (рус.). Комитет по статистике. "
            "Дата обращения: 3 августа 2021.",
            [
                ("Численность населения", "container-title"),
                ("1 июля 2021", "issued"),
                ("Комитет по статистике", "title"),
                ("3 августа 2021", "accessed"),
            ],
            "Численность населения на 1 июля 2021 года",
            "Комитет по статистике",
        ),
        (  # a title run that swallowed the mark and the site
            "Итоги сезона 2019 года. Обзор рынка зерна (рус.). Агроинфо Weekly. "
            "Дата обращения: 2 марта 2020.",
            [
                ("Итоги сезона 2019 года. Обзор рынка зерна (рус.). Агроинфо Weekly", "title"),
                ("2 марта 2020", "accessed"),
            ],
            "Итоги сезона 2019 года. Обзор рынка зерна",
            "Агроинфо Weekly",
        ),
        (  # a law's quoted name after its kind, date and number
            "Приказ Министра финансов от 04.05.2017 № 301 «Об утверждении правил» (рус.). "
            "Информационная система Параграф. Дата обращения: 9 июня 2018.",
            [
                ("Приказ Министра финансов", "genre"),
                ("04.05.2017", "issued"),
                ("Об утверждении правил» (рус.). Информационная система Параграф", "title"),
                ("9 июня 2018", "accessed"),
            ],
            "Об утверждении правил",
            "Информационная система Параграф",
        ),
        (  # Kazakh Wikipedia, a site with a shortened word in its name
            "Ауданның тарихы (каз.). Сайт акимата г. Талгар. Қаралған күні 4 мамыр 2019.",
            [("Ауданның тарихы", "title"), ("4 мамыр 2019", "accessed")],
            "Ауданның тарихы",
            "Сайт акимата г. Талгар",
        ),
    ],
)
def test_the_mark_ends_the_title_and_the_site_follows(
    text: str, spans: list[tuple[str, str]], title: str, site: str
) -> None:
    fields = decode_labelled(text, spans)
    assert (fields.get("title"), fields.get("container-title")) == (title, site)
    law = fields.get("genre") is not None  # its date is its own; a title's date is none
    assert fields.get("issued") == (PartialDate(2017, 5, 4) if law else None)


@pytest.mark.parametrize(
    ("text", "spans", "title", "site"),
    [
        (  # a bracketed translation after the title is not the title's
            "Орта ғасыр қалалары [Medieval Towns of the Steppe] (каз.). Qazaqstan Tarihy. "
            "Тексерілді, 7 қазан 2020.",
            [("Орта ғасыр қалалары", "title"), ("7 қазан 2020", "accessed")],
            "Орта ғасыр қалалары",
            "Qazaqstan Tarihy",
        ),
        (  # quotes inside the title do not open it
            "Жизнь поэта: «Степные песни» (рус.). Литературный портал. Дата обращения: 1 мая 2019.",
            [("Жизнь поэта: «Степные песни", "title"), ("1 мая 2019", "accessed")],
            "Жизнь поэта: «Степные песни»",
            "Литературный портал",
        ),
    ],
)
def test_the_title_keeps_its_own_quotes_and_leaves_a_translation(
    text: str, spans: list[tuple[str, str]], title: str, site: str
) -> None:
    fields = decode_labelled(text, spans)
    assert (fields.get("title"), fields.get("container-title")) == (title, site)


@pytest.mark.parametrize(
    "text",
    [
        # GOST's dash after the mark opens the imprint: no site
        "Smith A. B. Steppe Empires (англ.). — Oxford : Clarendon Press, 2008. — 310 p.",
        # a mark after the host is the host's (`{{статья}}` with `//`)
        "Петров П. П. Статья // Журнал истории (англ.). 2011. № 4. С. 7–9.",
    ],
)
def test_a_mark_before_an_imprint_or_after_a_host_names_no_site(text: str) -> None:
    c = parse_citation(text)
    assert c.container is None or c.container.startswith("Журнал истории")
    assert c.title in ("Steppe Empires", "Статья")


def test_a_wikipedia_news_reference_reads_whole() -> None:
    c = parse_citation(
        "Статистика рождаемости за 2 квартал 2022 года (рус.). Казинформ (14 июля 2022). "
        "Дата обращения: 20 июля 2022. Архивировано 21 июля 2022 года."
    )
    assert (c.title, c.container) == (
        "Статистика рождаемости за 2 квартал 2022 года",
        "Казинформ",
    )
    assert c.issued is not None
    assert c.accessed is not None
    assert (c.issued.isoformat(), c.accessed.isoformat()) == ("2022-07-14", "2022-07-20")
