"""RIS as reference managers export it: EndNote's ``Y1`` date and ``KW`` keywords are kept
(they were dropped without a word), and keywords come back as ``KW`` lines."""

from __future__ import annotations

import pytest

from citekit.csl import to_csl
from citekit.interop.ris import dumps_ris, loads_ris

RECORD = (
    "TY  - JOUR\r\nTI  - Başlık\r\nAU  - Demir, Ali\r\n{date}JO  - Bilig\r\n"
    "KW  - tarih\r\nKW  - ekonomi\r\nER  - \r\n"
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Y1  - 2019/10/25/\r\n", "2019-10-25"),
        ("Y1  - 2019///\r\n", "2019"),
        ("PY  - 2019\r\n", "2019"),
        ("DA  - 2019/10//\r\nPY  - 2019\r\n", "2019-10"),
    ],
)
def test_the_year_is_read_from_every_date_tag(line: str, iso: str) -> None:
    (item,) = loads_ris(RECORD.format(date=line))
    assert item.issued is not None
    assert item.issued.isoformat() == iso


def test_keywords_are_kept_and_written_back() -> None:
    (item,) = loads_ris(RECORD.format(date=""))
    assert to_csl(item)["keyword"] == "tarih, ekonomi"
    text, losses = dumps_ris([item])
    assert "KW  - tarih\n" in text
    assert "KW  - ekonomi\n" in text
    assert losses == []
