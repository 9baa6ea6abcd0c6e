"""A release named by its number and date keeps them in its title."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation

RELEASES = [
    (
        "T.C. Dışişleri Bakanlığı, “No: 123, 15 Nisan 2021, Türkiye-Türkmenistan Yüksek Düzeyli "
        "Stratejik İşbirliği Konseyi Toplantısı Hk.”, https://www.mfa.gov.tr/no_-123.tr.mfa",
        "No: 123, 15 Nisan 2021, Türkiye-Türkmenistan Yüksek Düzeyli Stratejik İşbirliği Konseyi "
        "Toplantısı Hk.",
    ),
    (
        "Dışişleri Bakanlığı, “No: 210, 7 Ağustos 2019, Özbekistan ile Vize Muafiyeti Anlaşması "
        "Hk.”, (Erişim: 1 Eylül 2019).",
        "No: 210, 7 Ağustos 2019, Özbekistan ile Vize Muafiyeti Anlaşması Hk.",
    ),
    (
        "Пресс-релиз № 45 от 12.03.2021 «О визите Министра иностранных дел Туркменистана» // МИД "
        "России. URL: https://www.mid.ru/press/45 (дата обращения: 20.04.2021).",
        "Пресс-релиз № 45 от 12.03.2021 «О визите Министра иностранных дел Туркменистана»",
    ),
    (
        "Пресс-релиз № 112 от 05.07.2019 о переговорах глав МИД Казахстана и Узбекистана // МИД "
        "РК. URL: https://www.gov.kz/memleket/entities/mfa/press/news/112",
        "Пресс-релиз № 112 от 05.07.2019 о переговорах глав МИД Казахстана и Узбекистана",
    ),
]


@pytest.mark.parametrize(("note", "title"), RELEASES)
def test_release_number_and_date_stay_in_title(note: str, title: str) -> None:
    assert first_citation(note).title == title


def test_host_after_slashes_stays() -> None:
    found = first_citation(
        "Пресс-релиз № 45 от 12.03.2021 «О визите» // МИД России. URL: https://www.mid.ru/press/45"
    )
    assert found.container == "МИД России"
