"""Turkish forms written for these tests (session 24): a journal's pages past a thousand."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location


def _first(text: str) -> Citation:
    return parse_note(1, text, location=Location(path="t")).citations[0]


@pytest.mark.parametrize(
    ("text", "page", "year"),
    [
        (
            "Yılmaz, E. (2020). Türkiye’de yerel yönetimlerin mali yapısı. Amme İdaresi"
            " Dergisi, 53(2), 1045-1072.",
            "1045-1072",
            2020,
        ),
        (
            "Aydın, Selin. “Dijital Okuryazarlık.” Uluslararası Sosyal Araştırmalar Dergisi,"
            " vol. 13, no. 71, 2020, pp. 1530-1541.",
            "1530-1541",
            2020,
        ),
        (
            "Çelik, Murat. “Osmanlı’da Kahvehane Kültürü”. Akademik Tarih ve Düşünce Dergisi"
            " 7/3 (Eylül 2020), 1123-1140. https://doi.org/10.46868/atdd.82",
            "1123-1140",
            2020,
        ),
    ],
)
def test_pages_past_a_thousand_are_no_second_date(text: str, page: str, year: int) -> None:
    found = _first(text)
    assert found.page == page
    assert found.issued is not None
    assert found.issued.year == year


def test_a_bracketed_year_range_stays_no_page() -> None:
    found = _first("Ali Kaya, “Kurtuluş Yılları”, Türk Yurdu 5 (1923-1925).")
    assert found.page is None
