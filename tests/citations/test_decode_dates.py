"""Which date is the work's and which the access date, when the exact rules found no label."""

from __future__ import annotations

import pytest

from citekit.model import PartialDate
from tests.citations.labelled import decode_labelled as _decode


@pytest.mark.parametrize(
    ("text", "date", "when"),
    [
        # labels no language file lists: the words before the date say what it is
        (
            "Аграрна реформа. Вікіпедія. Consultat el 12 листопада 2022.",  # Catalan
            "12 листопада 2022",
            (2022, 11, 12),
        ),
        (
            "Yoğun bakım. [Internet]. t24.com.tr; 2023 [consultato 2025, Aralık 4].",
            "2025, Aralık 4",
            (2025, 12, 4),
        ),
        ("“Ýadygärlikler”, Orient, (Citované: 17.02.2021).", "17.02.2021", (2021, 2, 17)),
    ],
)
def test_a_date_after_a_word_of_no_field_is_the_access_date(
    text: str, date: str, when: tuple[int, int, int]
) -> None:
    fields = _decode(text, [(date, "accessed")])
    assert fields["accessed"] == PartialDate(*when)
    assert "issued" not in fields


def test_an_access_date_with_no_word_before_it_is_the_works() -> None:
    text = "Аграрна реформа. Вікіпедія, 12 листопада 2022."
    fields = _decode(text, [("Вікіпедія", "container-title"), ("12 листопада 2022", "accessed")])
    assert fields["issued"] == PartialDate(2022, 11, 12)
    assert "accessed" not in fields


def test_the_works_date_stays_beside_a_worded_access_date() -> None:
    from citekit.citations import parse_note
    from citekit.model import Location

    text = "Yoğun bakım. [Internet]. t24.com.tr; 2023 [cited 2025, Aralık 4]."
    citation = parse_note(1, text, location=Location(path="t")).citations[0]
    assert citation.issued == PartialDate(2023)
    assert citation.accessed == PartialDate(2025, 12, 4)  # `cited`: en's access label
