"""An İSNAD bibliography entry that ends with its date or its access date, not with an address,
ends with a period like every other entry; one that ends with an address does not."""

from __future__ import annotations

import pytest

from citekit.model import Citation, PartialDate
from citekit.styles import format_bibliography


@pytest.mark.parametrize(
    ("citation", "entry"),
    [
        (
            Citation(
                type="webpage",
                title="UE officials raise key rate",
                container="Carnegie Endowment",
                accessed=PartialDate.from_iso("2018-10-06"),
                language="en",
            ),
            "Carnegie Endowment. “UE Officials Raise Key Rate”, ts. Erişim 06 Ekim 2018.",
        ),
        (
            Citation(type="webpage", title="Taryhyň syry", issued=PartialDate.from_iso("1895")),
            "“Taryhyň syry”. 1895.",
        ),
        (
            Citation(
                type="webpage",
                title="Жаңалықтар",
                container="Egemen Qazaqstan",
                issued=PartialDate.from_iso("2020-02-14"),
                accessed=PartialDate.from_iso("2023-03-25"),
                language="kk",
            ),
            "Egemen Qazaqstan. “Жаңалықтар”. 14 Şubat 2020. Erişim 25 Mart 2023.",
        ),
        (
            Citation(
                type="webpage",
                title="Haber",
                container="Sabah",
                issued=PartialDate.from_iso("2020-02-14"),
                accessed=PartialDate.from_iso("2023-03-25"),
                url="https://www.sabah.com.tr/haber",
                language="tr",
            ),
            "Sabah. “Haber”. 14 Şubat 2020. Erişim 25 Mart 2023. https://www.sabah.com.tr/haber",
        ),
        (
            Citation(
                type="book",
                title="Tarih",
                publisher="Dergah",
                publisher_place="İstanbul",
                issued=PartialDate.from_iso("2015"),
                language="tr",
            ),
            "Tarih. İstanbul: Dergah, 2015.",
        ),
    ],
)
def test_the_entry_closes(citation: Citation, entry: str) -> None:
    assert format_bibliography([citation], style="isnad-dipnotlu") == [entry]
