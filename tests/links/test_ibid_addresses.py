"""A URL written in an ibid note (`Там же. URL: …`, `Aynı yer, https://…`) was never checked by
`links` or `check`: an ibid note held no address. It holds the addresses written in it (and its
hyperlinks' targets), so a dead one is found like any cited URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.citations import parse_note
from citekit.cli import main
from citekit.links import cited_urls
from citekit.model import Location, NoteKind, PartialDate
from citekit.pipeline import read_bytes
from tests.servers import serve

LOC = Location(path="t")


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        (
            "Там же. URL: https://www.akorda.kz/ru/news/2 (дата обращения: 03.11.2021).",
            ["https://www.akorda.kz/ru/news/2"],
        ),
        (
            "Aynı yer, https://www.aa.com.tr/tr/dunya/2 (Erişim Tarihi: 26.10.2021).",
            ["https://www.aa.com.tr/tr/dunya/2"],
        ),
        (
            "Ibid. Available at: https://example.org/report.pdf (accessed 5 May 2020).",
            ["https://example.org/report.pdf"],
        ),
        (
            "Şol ýerde. https://tdh.gov.tm/tk/post/2 (Giriş senesi: 12.01.2022).",
            ["https://tdh.gov.tm/tk/post/2"],
        ),
        (
            "Сонда. URL: https://kaz.inform.kz/news/2 (қаралған күні: 10.02.2023).",
            ["https://kaz.inform.kz/news/2"],
        ),
        ("Ibid., https://doi.org/10.1000/182, 45.", []),  # a DOI: no page to check
    ],
)
def test_an_ibid_note_holds_its_own_address(text: str, urls: list[str]) -> None:
    note = parse_note(2, text, location=LOC)
    assert note.kind is NoteKind.IBID
    assert list(note.urls) == urls


def test_a_hyperlink_in_an_ibid_note_is_kept() -> None:
    note = parse_note(2, "Там же.", location=LOC, links=("https://example.org/page",))
    assert note.urls == ("https://example.org/page",)


ARTICLE = """Текст статьи о транспортных коридорах Центральной Азии.[1] Ещё текст.[2]

Примечания
1. Иванов И. И. Порты Каспия. URL: {base}/ok (дата обращения: 02.11.2021).
2. Там же. URL: {base}/status/404 (дата обращения: 03.11.2021).
"""


def test_the_address_of_an_ibid_note_is_collected() -> None:
    document = read_bytes(ARTICLE.format(base="https://example.org").encode(), path="a.txt")
    assert cited_urls(document) == {
        "https://example.org/ok": PartialDate(2021, 11, 2),
        "https://example.org/status/404": PartialDate(2021, 11, 3),  # the ibid note's own date
    }


def test_links_and_check_find_a_dead_address_in_an_ibid_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve() as (base, _site):
        doc = tmp_path / "article.txt"
        doc.write_text(ARTICLE.format(base=base), encoding="utf-8")
        assert main(["links", "--allow-private", "--no-cache", str(doc)]) == 1
        assert f"{base}/status/404" in capsys.readouterr().out
        assert main(["check", "--allow-private", "--no-cache", str(doc)]) == 1
        out = capsys.readouterr().out
        assert "dead-link" in out
        assert f"note 2: {base}/status/404 is dead" in out
