"""A number between a host's name and a month-first date with its day is the host's name's."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation

HOSTS = [
    (
        "“Cumhuriyetin 100. Yılı Kutlandı”, Türkiye 100, Ekim 29, 2023, "
        "https://turkiye100.gov.tr/haber/42",
        "Türkiye 100",
        (2023, 10, 29),
    ),
    (
        "“Brexit deal explained”, Sky News 24, January 12, 2019, "
        "https://news.sky.com/story/brexit-deal-explained",
        "Sky News 24",
        (2019, 1, 12),
    ),
    ("“Flood warnings issued”, BBC Radio 4, February 2, 2020.", "BBC Radio 4", (2020, 2, 2)),
    ("“Seçim sonuçları açıklandı”, TRT Haber 24, Haziran 25, 2018.", "TRT Haber 24", (2018, 6, 25)),
    (
        "Путин посетил Ашхабад // Мир 24, июня 1, 2007. URL: https://mir24.tv/news/12345",
        "Мир 24",
        (2007, 6, 1),
    ),
]


@pytest.mark.parametrize(("note", "host", "day"), HOSTS)
def test_number_before_month_first_date_is_the_hosts(
    note: str, host: str, day: tuple[int, int, int]
) -> None:
    found = first_citation(note)
    assert found.container == host
    assert found.issued is not None
    assert (found.issued.year, found.issued.month, found.issued.day) == day


def test_journal_volume_before_a_year_stays() -> None:
    found = first_citation("John Smith, “Title of Paper”, Journal of History 45, 2019, 12-30.")
    assert found.container == "Journal of History"
