"""An Ottoman paper's date in the Rumi months is a date, its year as written."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation

DATES = [
    ("Ali Kemal, “Matbuat Hürriyeti”, İkdam, 5 Kânunuevvel 1324, s. 1.", "İkdam", (1324, 12, 5)),
    (
        "Ahmed Rıza, “Meclis-i Mebusan”, Şura-yı Ümmet, 12 Teşrinievvel 1324.",
        "Şura-yı Ümmet",
        (1324, 10, 12),
    ),
    ("“Havadis-i Dahiliye”, Tanin, 3 Kânunusani 1325, s. 3.", "Tanin", (1325, 1, 3)),
    (
        "Hüseyin Cahit, “Kabine Meselesi”, Tanin, 20 Teşrinisani 1326, s. 1.",
        "Tanin",
        (1326, 11, 20),
    ),
]


@pytest.mark.parametrize(("note", "host", "day"), DATES)
def test_rumi_month_date(note: str, host: str, day: tuple[int, int, int]) -> None:
    found = first_citation(note)
    assert found.container == host
    assert found.issued is not None
    assert (found.issued.year, found.issued.month, found.issued.day) == day
