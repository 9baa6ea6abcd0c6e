"""A numbered host named "scientific works of" a body is a journal; Turkish `Analiz` inside a
book's subtitle is no report's word."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    "note",
    [
        "Петренко О. Сільське господарство України // Наукові праці Полтавської державної "
        "аграрної академії. 2017. Вип. 2. С. 33–40.",
        "Шевчук В. Фінансова децентралізація регіонів // Наукові праці НДФІ. 2019. № 1. С. 12–20.",
        "Иванов П. С. Земельная рента // Научные труды Вольного экономического общества "
        "России. 2018. Т. 210. С. 45–60.",
        "Соколова Е. В. Рынок зерна в регионе // Научные труды КубГТУ. 2016. № 5. С. 1–12.",
        "Kovalenko O. Agrarian policy in Ukraine // Naukovi pratsi Poltavskoi derzhavnoi "
        "ahrarnoi akademii. 2017. Vyp. 2. S. 33–40.",
    ],
)
def test_numbered_scientific_works_are_a_journal(note: str) -> None:
    assert first_citation(note).type == "article-journal"


@pytest.mark.parametrize(
    "note",
    [
        "Петров А. В. Экономика региона // Научные труды Международной научно-практической "
        "конференции. Т. 2. М., 2019. С. 5–9.",
        "Іваненко П. Говірки Полісся // Праці конференції молодих учених. Київ, 2019. С. 5–8.",
    ],
)
def test_works_of_a_meeting_stay_proceedings(note: str) -> None:
    assert first_citation(note).type == "paper-conference"


@pytest.mark.parametrize(
    "note",
    [
        "Demir, K. (2021). Enerji piyasası: Analiz ve yorum. Ankara: Seçkin Yayıncılık.",
        "Aydın, M. (2019). Sosyal medya analiz yöntemleri. İstanbul: Beta Yayınevi.",
        "Yıldız, H. Türkiye ekonomisi: Analiz ve öngörüler. Ankara: Gazi Kitabevi, 2017.",
        "Arslan, F. (2018). Eğitim politikaları üzerine analiz ve öneriler. Ankara: Pegem Akademi.",
    ],
)
def test_analysis_in_a_subtitle_is_a_book(note: str) -> None:
    assert first_citation(note).type == "book"


@pytest.mark.parametrize(
    "note",
    [
        "Kaya, E. (2022). Türkiye'nin enerji güvenliği. SETA Analiz, No. 350. Ankara: SETA.",
        "Duran, B. Suriye krizinde son durum: Analiz. İstanbul: SETA, 2015.",
        "Türkiye Cumhuriyet Merkez Bankası. Finansal İstikrar Raporu. Ankara, 2020.",
    ],
)
def test_analysis_as_series_or_whole_subtitle_is_a_report(note: str) -> None:
    assert first_citation(note).type == "report"
