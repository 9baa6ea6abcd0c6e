"""Forms the helper-written blind sets `blind40a`–`blind40d` found unread (session 40)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Anadolu Ajansı. (2023, 6 Şubat). Kahramanmaraş merkezli 7,7 büyüklüğünde deprem. "
            "https://www.aa.com.tr/tr/gundem/kahramanmaras/2812345",
            "Kahramanmaraş merkezli 7,7 büyüklüğünde deprem",
        ),
        (
            "Türkmenistan Dışişleri Bakanlığı. (2020). Türkmenistan’ın tarafsızlık politikasının "
            "25. yılı. https://www.mfa.gov.tm/tr/news/2211 (Erişim tarihi: 12.03.2021).",
            "Türkmenistan’ın tarafsızlık politikasının 25. yılı",
        ),
    ],
)
def test_the_one_sentence_between_the_date_and_the_address_is_the_title(
    note: str, title: str
) -> None:
    found = first_citation(note)
    assert found.title == title
    assert found.volume is None
    assert found.publisher_place is None
    assert found.unparsed == ()


def test_two_sentences_before_the_address_stay_a_title_and_a_site() -> None:
    found = first_citation(
        "Lillis, J. (2019, October 4). Kazakhstan: Nur-Sultan air pollution reaches alarming "
        "levels. Eurasianet. https://eurasianet.org/kazakhstan-air"
    )
    assert found.title == "Kazakhstan: Nur-Sultan air pollution reaches alarming levels"
    assert found.container == "Eurasianet"
