"""A date written month first in any language's words is one date (`month_first_days.py`)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "host", "month", "day"),
    [
        (
            "Ahmet Kara, “Enflasyon rakamları açıklandı.” Hürriyet Mart 3, 2020, s. 7.",
            "Hürriyet",
            3,
            3,
        ),
        (
            "Mehmet Uslu, “Köy enstitüleri yeniden tartışılıyor.” Milliyet Şubat 17, 2019.",
            "Milliyet",
            2,
            17,
        ),
        ("“Asgari ücret belli oldu.” Sözcü Aralık 21, 2022.", "Sözcü", 12, 21),
        ("“Bakan yeni projeyi tanıttı.” Yeni Asır Temmuz 9, 2017, s. 4.", "Yeni Asır", 7, 9),
        ("Петрова А. «Школьная реформа.» Известия Сентябрь 1, 2021. С. 3.", "Известия", 9, 1),
        ("«Новый сезон в театре.» Вечерняя Москва Октябрь 5, 2018.", "Вечерняя Москва", 10, 5),
        ("“Senate Passes Budget Bill.” New York Times April 25, 2018.", "New York Times", 4, 25),
    ],
)
def test_month_first_date_after_host(note: str, host: str, month: int, day: int) -> None:
    cited = first_citation(note)
    assert cited.container == host
    assert cited.issued is not None
    assert (cited.issued.month, cited.issued.day) == (month, day)
    assert cited.volume is None
    assert cited.type == "article-newspaper"


@pytest.mark.parametrize(
    ("note", "host"),
    [
        ("“Deprem bölgesinde son durum.” Habertürk 8 Şubat 2023.", "Habertürk"),
        ("«Итоги года.» Ведомости 28 декабря 2019.", "Ведомости"),
        ("“Floods Hit the Midwest.” Chicago Tribune June 14, 2019.", "Chicago Tribune"),
        ('Kemal Ay, "Kültür ve sanat", Varlık Nisan 25, 2018.', "Varlık"),
        (
            "“Yeni tramvay hattı açıldı.” Eskişehir Haber 3 Mart 2021. "
            "https://www.eskisehirhaber.com/yeni-tramvay-4512.",
            "Eskişehir Haber",
        ),
    ],
)
def test_name_between_quoted_title_and_day_is_host(note: str, host: str) -> None:
    cited = first_citation(note)
    assert cited.container == host
    assert cited.type == "article-newspaper"
