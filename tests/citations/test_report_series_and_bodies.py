"""A report's series named by a word that needs its number's label, a body that signs its
work named by its legal form or its head word, and a press release's word before its title."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "issue"),
    [
        (
            "Aliyev, N. (2021). Connectivity in the Caspian region. CAP Paper No. 251. "
            "Washington, DC: Central Asia Program.",
            "Connectivity in the Caspian region",
            "251",
        ),
        (
            "Rumer, E. (2019) ‘Russia in Central Asia: the long game’, Kennan Cable No. 43, "
            "Washington, DC: Wilson Center.",
            "Russia in Central Asia: the long game",
            "43",
        ),
        (
            "Кожанов Н. А. Иран и Центральная Азия: пределы сотрудничества. Рабочая тетрадь "
            "№ 52/2020. – М.: НП РСМД, 2020. – 32 с.",
            "Иран и Центральная Азия: пределы сотрудничества",
            "52/2020",
        ),
        (
            "Hall, M. (2016). Migration and remittances in Kyrgyzstan. Research Note No. 9. "
            "Bishkek: University of Central Asia.",
            "Migration and remittances in Kyrgyzstan",
            "9",
        ),
        (
            "Demir, H. (2020). Türk Dünyası’nda dijital dönüşüm. SETA Perspektif No. 281. "
            "İstanbul: SETA.",
            "Türk Dünyası’nda dijital dönüşüm",
            "281",
        ),
    ],
)
def test_a_series_named_with_its_numbers_label_numbers_a_report(
    note: str, title: str, issue: str
) -> None:
    found = first_citation(note)
    assert (found.type, found.title, found.issue) == ("report", title, issue)


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "АО «Самрук-Қазына». Годовой отчет за 2021 год. – Астана, 2022. – С. 34.",
            "АО «Самрук-Қазына»",
            "Годовой отчет за 2021 год",
        ),
        (
            "ПАО «Газпром». Годовой отчет за 2020 год. – М., 2021. – 180 с.",
            "ПАО «Газпром»",
            "Годовой отчет за 2020 год",
        ),
        (
            "Türkmengaz Döwlet konserni. Ýyllyk hasabat 2021. – Aşgabat, 2022. – 48 s.",
            "Türkmengaz Döwlet konserni",
            "Ýyllyk hasabat 2021",
        ),
        (
            "Azərbaycan Respublikası Dövlət Neft Şirkəti. İllik hesabat 2022. Bakı, 2023.",
            "Azərbaycan Respublikası Dövlət Neft Şirkəti",
            "İllik hesabat 2022",
        ),
        (
            "Счетная палата Российской Федерации. Отчет о результатах экспертно-аналитического "
            "мероприятия. – М., 2021. – 56 с.",
            "Счетная палата Российской Федерации",
            "Отчет о результатах экспертно-аналитического мероприятия",
        ),
        (
            "МИД Республики Узбекистан. Пресс-релиз о визите министра иностранных дел в "
            "Туркменистан. 17.02.2023. URL: https://mfa.uz/ru/press/news/2023/02/34211/",
            "МИД Республики Узбекистан",
            "Пресс-релиз о визите министра иностранных дел в Туркменистан",
        ),
    ],
)
def test_a_body_named_by_its_form_or_head_word_signs_its_work(
    note: str, author: str, title: str
) -> None:
    found = first_citation(note)
    assert [a.literal or a.family for a in found.authors] == [author]
    assert found.title == title


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Ministry of Energy of the Republic of Azerbaijan. Press release. 'Azerbaijan and "
            "Turkmenistan sign MoU on Dostluk field', 21 January 2021. "
            "https://minenergy.gov.az/en/xeberler-arxivi/2021/01/21",
            "Azerbaijan and Turkmenistan sign MoU on Dostluk field",
        ),
        (
            "Ministry of Foreign Affairs of Kazakhstan. Press release. ‘Kazakhstan and "
            "Turkmenistan sign demarcation protocol’, 14 March 2023. "
            "https://www.gov.kz/memleket/entities/mfa/press/news/details/512345",
            "Kazakhstan and Turkmenistan sign demarcation protocol",
        ),
    ],
)
def test_a_press_releases_word_before_its_quoted_title_is_no_title(note: str, title: str) -> None:
    found = first_citation(note)
    assert (found.type, found.title) == ("webpage", title)


def test_an_archives_word_in_an_address_is_no_archive() -> None:
    found = first_citation(
        "Ministry of Energy of the Republic of Azerbaijan. 'Dostluk field talks', "
        "21 January 2021. https://minenergy.gov.az/en/xeberler-arxivi/2021/01/21"
    )
    assert found.type != "manuscript"


def test_an_archives_shelf_mark_with_an_address_stays_a_manuscript() -> None:
    found = first_citation("ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3. URL: https://archive.kz/doc/123")
    assert found.type == "manuscript"


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Росстат. Социально-экономическое положение России за январь-сентябрь 2022 года. "
            "URL: https://rosstat.gov.ru/folder/313/document/180000 (дата обращения: 15.11.2022).",
            "Социально-экономическое положение России за январь-сентябрь 2022 года",
        ),
        (
            "Kazakhstan Bureau of National Statistics. Socio-economic development of Kazakhstan, "
            "January–June 2024. URL: https://stat.gov.kz/en/ (accessed 02.08.2024).",
            "Socio-economic development of Kazakhstan, January–June 2024",
        ),
        (
            "Statistics Agency under the President of Uzbekistan. Foreign trade turnover, "
            "January–December 2023. URL: https://stat.uz/en/press-center/news "
            "(accessed 15.02.2024).",
            "Foreign trade turnover, January–December 2023",
        ),
    ],
)
def test_a_span_of_months_closing_a_title_is_the_period_it_covers(note: str, title: str) -> None:
    found = first_citation(note)
    assert (found.title, found.issued) == (title, None)


def test_a_periodicals_span_of_months_stays_its_date() -> None:
    found = first_citation(
        "Smith, J. (2019). The new Great Game. Foreign Affairs, May–June 2019, 44–52."
    )
    assert (found.title, found.container) == ("The new Great Game", "Foreign Affairs")
    assert found.issued is not None
    assert found.issued.year == 2019


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        (
            "Asian Development Bank (2023). Key Indicators for Asia and the Pacific 2023. "
            "Manila: ADB. Table 3.4.",
            "ADB",
        ),
        (
            "Türkiye İstatistik Kurumu (2021). İstatistiklerle Türkiye 2020. Ankara: TÜİK. "
            "Tablo 2.3.",
            "TÜİK",
        ),
        ("Агентство по статистике РК. Казахстан в цифрах. – Астана: БНС, 2023. – Табл. 3.", "БНС"),
        (
            "World Bank (2023). Kazakhstan Economic Update: Spring 2023. Washington, DC: World "
            "Bank, Figure 2.",
            "World Bank",
        ),
        ("Smith, J. (2010). Tables of the Law. London: Table 5 Press.", "Table 5 Press"),
    ],
)
def test_a_table_after_the_imprint_is_no_publishers_word(note: str, publisher: str) -> None:
    assert first_citation(note).publisher == publisher


@pytest.mark.parametrize(
    ("note", "title", "place"),
    [
        (
            "IMF, Regional Economic Outlook: Middle East and Central Asia (Washington, DC: IMF, "
            "2023), box 2.1.",
            "Regional Economic Outlook: Middle East and Central Asia",
            "Washington, DC",
        ),
        (
            "UNDP, Human Development Report 2021/2022: Uncertain Times, Unsettled Lives (New "
            "York, NY: UNDP, 2022), 41.",
            "Human Development Report 2021/2022: Uncertain Times, Unsettled Lives",
            "New York, NY",
        ),
    ],
)
def test_a_bracketed_imprints_place_runs_from_its_bracket(
    note: str, title: str, place: str
) -> None:
    found = first_citation(note)
    assert (found.title, found.publisher_place) == (title, place)


@pytest.mark.parametrize(
    ("note", "title", "edition"),
    [
        (
            "Asian Development Bank (2023). Key Indicators for Asia and the Pacific 2023, 54th "
            "edition. Manila: ADB. Table 1.2.",
            "Key Indicators for Asia and the Pacific 2023",
            "54th",
        ),
        (
            "Stockholm International Peace Research Institute (2022). SIPRI Yearbook 2022, 53rd "
            "edition. Oxford: Oxford University Press. Table 7.1.",
            "SIPRI Yearbook 2022",
            "53rd",
        ),
    ],
)
def test_an_edition_after_the_titles_comma_is_no_title(note: str, title: str, edition: str) -> None:
    found = first_citation(note)
    assert (found.title, found.edition) == (title, edition)
