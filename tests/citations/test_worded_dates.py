"""A day's date written with ordinals, as Turkic notes write it (issue 12): one date whatever
the model called its pieces. The runs are labelled as the model did wrongly, so the pass is
tested whatever the shipped model does; the notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, PartialDate
from tests.citations.labelled import decode_labelled as _decode


@pytest.mark.parametrize(
    ("text", "spans", "when"),
    [
        # the day read as an edition, the year and month as the date
        (
            'Aýna Orazowa, "Gadymy Merwiň taryhy", Türkmenistan, 5-nji mart 2020 ý.',
            [
                ("Gadymy Merwiň taryhy", "title"),
                ("Türkmenistan,", "container-title"),
                ("5", "edition"),
                ("mart 2020", "issued"),
            ],
            PartialDate(2020, 3, 5),
        ),
        # the whole date read as the host's name
        (
            '"Täze gaz geçirijisi", Bitarap Türkmenistan, 2021-nji ýylyň 12-nji marty, № 62.',
            [
                ("Täze gaz geçirijisi", "title"),
                ("Bitarap Türkmenistan, 2021-nji ýylyň 12-nji marty", "container-title"),
                ("62", "issue"),
            ],
            PartialDate(2021, 3, 12),
        ),
        # Turkish ordinals
        (
            'Selim Akın, "Liman Kenti", Yeni Asır, 14-üncü Nisan 1998, s. 3.',
            [
                ("Selim Akın", "author"),
                ("Liman Kenti", "title"),
                ("Yeni Asır", "container-title"),
                ("14-üncü Nisan", "title"),
                ("1998", "issued"),
                ("3", "page"),
            ],
            PartialDate(1998, 4, 14),
        ),
    ],
)
def test_an_ordinal_date_is_one_date(
    text: str, spans: list[tuple[str, str]], when: PartialDate
) -> None:
    fields = _decode(text, spans)
    assert fields["issued"] == when
    assert "edition" not in fields
    assert "ý" not in str(fields.get("container-title", ""))


def test_the_host_keeps_its_name_before_the_date() -> None:
    text = '"Täze gaz geçirijisi", Bitarap Türkmenistan, 2021-nji ýylyň 12-nji marty, № 62.'
    spans = [
        ("Täze gaz geçirijisi", "title"),
        ("Bitarap Türkmenistan, 2021-nji ýylyň 12-nji marty", "container-title"),
    ]
    assert _decode(text, spans)["container-title"] == "Bitarap Türkmenistan"


def test_an_access_date_with_ordinals_stays_the_access_dates() -> None:
    text = "Ýolbarsow S. Halylar. URL: https://example.tm/haly (Barlanan senesi: 3-nji maý 2021 ý.)"
    spans = [("Ýolbarsow S.", "author"), ("Halylar", "title"), ("3-nji maý 2021", "accessed")]
    assert _decode(text, spans).get("issued") is None


@pytest.mark.parametrize(
    "text",
    [
        # an edition's ordinal with no month
        "Jeren Sähedowa, Türkmen halk döredijiligi, 2-nji neşir, Aşgabat: Magaryf, 2008, sah. 15.",
        # a date inside a title goes on with the title
        '"2019-njy ýylyň 6-njy dekabrynda geçirilen maslahat", Nesil, 2019, № 4.',
    ],
)
def test_no_whole_date_no_change(text: str) -> None:
    note = parse_note(1, text, location=Location(path="t"))
    issued = note.citations[0].issued
    assert issued is not None
    assert issued.day is None
