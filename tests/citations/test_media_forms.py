"""News, web, podcast, video and data set notes: the forms outlets, platforms and portals
are cited in (session 33)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (
            "Подкаст «Деньги и люди», выпуск 12 «Куда уходят сбережения», Яндекс Музыка, 2022.",
            "Куда уходят сбережения",
            "Яндекс Музыка",
        ),
        (
            "Podcast «Bozor sirlari», 4-son «Dollar kursi», Spotify, 2023.",
            "Dollar kursi",
            "Spotify",
        ),
        (
            'Podcast "Kafa Sesi", bölüm 7 "Şehir ve hafıza", Spotify, 2021.',
            "Şehir ve hafıza",
            "Spotify",
        ),
    ],
)
def test_a_podcasts_episode_named_after_its_series_is_the_title(
    text: str, title: str, container: str
) -> None:
    found = first_citation(text)
    assert found.type == "broadcast"
    assert found.title == title
    assert found.container == container


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "YouTube, канал «Ош медиа», видео «Базар в Оше» (опубл. 12.03.2021).",
            "Базар в Оше",
        ),
        ("YouTube, kanal «Tarih TV», video «Bozkırın sesi» (12.02.2020).", "Bozkırın sesi"),
    ],
)
def test_a_channels_video_is_the_title_and_the_platform_types_it(text: str, title: str) -> None:
    found = first_citation(text)
    assert found.type == "motion_picture"
    assert found.title == title
    assert found.container == "YouTube"


@pytest.mark.parametrize(
    ("text", "title", "container", "day"),
    [
        (
            "Kun.uz. Non narxi oshdi. 2022-yil 10-may. https://kun.uz/news/2022/05/10/non",
            "Non narxi oshdi",
            "Kun.uz",
            "2022-05-10",
        ),
        (
            "Азаттык, «Бишкекте жаңы бакча ачылды», 2021-жылдын 5-майы.",
            "Бишкекте жаңы бакча ачылды",
            "Азаттык",
            "2021-05-05",
        ),
    ],
)
def test_a_headlines_date_sentence_or_lone_date_is_the_date(
    text: str, title: str, container: str, day: str
) -> None:
    found = first_citation(text)
    assert found.title == title
    assert found.container == container
    assert found.issued is not None
    assert found.issued.isoformat() == day


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (
            "Kaktus.media (2021, 3 марта). В Бишкеке выпал снег. https://kaktus.media/doc/1.html",
            "Kaktus.media",
        ),
        (
            "Oxu.az (2020, 12 may). Bakıda yeni körpü açılıb. https://oxu.az/society/1",
            "Oxu.az",
        ),
    ],
)
def test_a_name_glued_to_its_domain_is_one_outlet(text: str, container: str) -> None:
    assert first_citation(text).container == container


def test_a_domain_in_apas_author_slot_stays_one_author() -> None:
    found = first_citation(
        "Milliyet.com.tr. (2020, 05 11). Başlık burada yazılı. 05 12, 2020 tarihinde"
        " https://www.milliyet.com.tr/gundem/x-6206 adresinden erişildi."
    )
    assert [a.literal for a in found.authors] == ["Milliyet.com.tr"]
    assert found.title == "Başlık burada yazılı"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Vlast.kz. Как работает рынок зерна. Расследование. 2020. https://vlast.kz/x.html",
            "Как работает рынок зерна",
        ),
        ("Orda.kz. Что будет с тенге. Аналитика. 2023. https://orda.kz/x/", "Что будет с тенге"),
        ("Bianet. Basın özgürlüğü raporu. Haber-analiz. 2019.", "Basın özgürlüğü raporu"),
    ],
)
def test_a_genre_sentence_after_the_headline_is_no_title(text: str, title: str) -> None:
    assert first_citation(text).title == title


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        (
            "National Bank of Kazakhstan. “Inflation Review, March 2024.” nationalbank.kz."
            " Accessed 2 April 2024.",
            "Inflation Review, March 2024",
            "National Bank of Kazakhstan",
        ),
        (
            "Бюро национальной статистики. «Уровень безработицы в 2023 году» stat.gov.kz."
            " Дата обращения: 01.03.2024.",
            "Уровень безработицы в 2023 году",
            "Бюро национальной статистики",
        ),
    ],
)
def test_a_body_sentence_before_the_quoted_title_is_its_author(
    text: str, title: str, author: str
) -> None:
    found = first_citation(text)
    assert found.title == title
    assert [a.literal for a in found.authors] == [author]


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (
            "Kyrgyzstan Open Data Portal (data.gov.kg), “Schools by district, 2021” dataset,"
            " accessed 3 May 2022.",
            "Schools by district, 2021",
            "Kyrgyzstan Open Data Portal (data.gov.kg)",
        ),
        (
            "Данные портала открытых данных data.egov.kz: «Список больниц» (набор данных,"
            " обновлён 02.02.2023). https://data.egov.kz/datasets/view?index=hospitals",
            "Список больниц",
            "data.egov.kz",
        ),
    ],
)
def test_a_data_sets_quoted_name_is_the_title_its_portal_the_host(
    text: str, title: str, container: str
) -> None:
    found = first_citation(text)
    assert found.title == title
    assert found.container == container


def test_a_data_sets_update_date_is_its_date() -> None:
    found = first_citation(
        "Данные портала data.egov.kz: «Список больниц» (набор данных, обновлён 02.02.2023)."
    )
    assert found.issued is not None
    assert found.issued.isoformat() == "2023-02-02"
    assert found.accessed is None


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ('The Atlantic, "The Steppe Rises," by Anne Kowalski, May 3, 2021.', "Kowalski"),
        (
            'Foreign Affairs, "Kazakhstan After January," by Paul Stronski, March 1, 2022.',
            "Stronski",
        ),
    ],
)
def test_a_lone_by_after_a_quoted_headline_names_its_author(text: str, family: str) -> None:
    assert [a.family for a in first_citation(text).authors] == [family]


@pytest.mark.parametrize(
    "text",
    [
        'Doe, Jane. "Steppe Talk Podcast: Horses and Empire" Eurasianet, June 1, 2021.',
        'Kaya, Ali. "Orta Asya Podcast: Hazar ve enerji" BBC Türkçe, 2 Mart 2020.',
    ],
)
def test_a_title_headed_by_a_podcasts_name_is_a_broadcast(text: str) -> None:
    assert first_citation(text).type == "broadcast"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Бюро национальной статистики. Численность населения (набор данных). stat.gov.kz."
            " Дата обращения: 12.02.2024.",
            "Численность населения",
        ),
        (
            "World Bank. Poverty headcount ratio (dataset). data.worldbank.org. Accessed"
            " 3 May 2023.",
            "Poverty headcount ratio",
        ),
    ],
)
def test_a_bracketed_data_set_word_closing_the_title_is_no_title(text: str, title: str) -> None:
    assert first_citation(text).title == title


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("YouTube, канал «Ош медиа», видео «Базар» (опубл. 12.03.2021).", "2021-03-12"),
        ("YouTube, kanal «Tarih TV», video «Bozkır» (yayın tarihi: 12.02.2020).", "2020-02-12"),
    ],
)
def test_a_date_labelled_published_is_the_works_date(text: str, day: str) -> None:
    found = first_citation(text)
    assert found.issued is not None
    assert found.issued.isoformat() == day
    assert found.accessed is None
