"""An access label that opens an address gives the date after the address (issue 12):
`Erişim: https://…, 14.03.2021`. The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.structure import find_exact
from citekit.model import Location, PartialDate


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Cemil Ertem, Ekonomide Yeni Dönem, Erişim: "
            "https://www.example.com.tr/analiz/ekonomide-yeni-donem/123456, 14.03.2021.",
            PartialDate(2021, 3, 14),
        ),
        (
            "Aylin Su, Deniz Yolları, Erişim: https://example.org/yazilar/deniz-yollari-2 "
            "(5 Mayıs 2020).",
            PartialDate(2020, 5, 5),
        ),
        (
            "Kate Moss, Harbour Towns, Accessed: https://example.net/towns/harbour, 2 June 2019.",
            PartialDate(2019, 6, 2),
        ),
    ],
)
def test_the_date_after_a_labelled_address_is_the_access_date(text: str, when: PartialDate) -> None:
    assert find_exact(text).accessed == when
    found = parse_note(1, text, location=Location(path="t")).citations[0]
    assert found.accessed == when
    assert found.issued is None


def test_no_access_date_when_words_stand_after_the_address() -> None:
    text = (
        "Aylin Su, Deniz Yolları, Erişim: "
        "https://example.org/yazilar/deniz-yollari-ve-limanlar-uzerine-bir-yazi, "
        "yayın 5 Mayıs 2020."
    )
    assert find_exact(text).accessed is None
