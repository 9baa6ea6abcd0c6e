"""Session 17's merged rules under review, with notes written for these tests: a host under a
state's or a school's domain is no news outlet whatever word it spells (`resmigazete.gov.tr`,
the Official Gazette; a journalism school's `gazetecilik.…edu.tr`)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.type_cues import news_outlet
from citekit.model import Location


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("resmigazete.gov.tr", False),
        ("gazetecilik.ankara.edu.tr", False),
        ("news.mil.example", False),
        ("salamnews.tm", True),
        ("haberler.com", True),
        ("gazeta.ru", True),
    ],
)
def test_a_state_or_school_domain_is_no_news_outlet(host: str, outlet: bool) -> None:
    assert news_outlet(host) is outlet


def test_a_journalism_schools_page_is_a_webpage() -> None:
    text = (
        "Gazetecilik Bölümü Hakkında. Ankara Üniversitesi İletişim Fakültesi. URL: "
        "https://gazetecilik.ankara.edu.tr/hakkinda/ (erişim: 10.10.2020)."
    )
    found = parse_note(1, text, location=Location(path="t")).citations[0]
    assert found.type == "webpage"
