"""Session 17's merged rules under review, with notes written for these tests: a host under a
state's or a school's domain is no news outlet whatever word it spells (`resmigazete.gov.tr`,
the Official Gazette; a journalism school's `gazetecilik.…edu.tr`); a bracket after prose
whose year goes on a sentence (`in his 2012 address`) is a remark, no source."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.bracketed import bracketed_source
from citekit.citations.news_outlets import news_outlet
from citekit.langid import detect_language
from citekit.model import Location


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("resmigazete.gov.tr", False),
        ("gazetecilik.ankara.edu.tr", False),
        ("news.mil.example", False),
        ("haber.edu", False),
        ("haber.ac", True),  # a country's domain, no school's
        ("news.ox.ac.uk", False),
        ("salamnews.tm", True),
        ("haberler.com", True),
        ("gazeta.ru", True),
        ("notebookcheck.net", False),  # `ЛІГА.net`, an outlet, spells no `net` host
        ("regnum.ru", True),  # `ИА REGNUM`: its Latin word
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


@pytest.mark.parametrize(
    "text",
    [
        "As Nazarbayev said (Nursultan Nazarbayev, President of Kazakhstan, in his 2012 "
        "address), the goal is clear.",
        "Как отмечал Назарбаев (Назарбаев Н. А., в своём послании 2012 года народу), цель ясна.",
    ],
)
def test_a_remark_whose_year_goes_on_a_sentence_is_no_bracketed_source(text: str) -> None:
    assert bracketed_source(text) is None


def test_a_bracketed_source_dated_with_an_abbreviation_is_one() -> None:
    text = (
        "Как писал В. В. Бартольд, «кочевники не были врагами культуры» (Бартольд В. В. "
        "Сочинения. Т. 5. М., 1968 г. С. 23)."
    )
    assert bracketed_source(text) == "Бартольд В. В. Сочинения. Т. 5. М., 1968 г. С. 23"


def test_a_speechs_venue_taken_off_the_publisher_is_reported() -> None:
    text = (
        'Barack Obama, "Remarks by the President on a New Beginning," Cairo University, '
        "Cairo, 4 June 2009."
    )
    found = parse_note(1, text, location=Location(path="t")).citations[0]
    assert found.type == "speech"
    assert found.publisher is None
    assert any("Cairo University" in piece for piece in found.unparsed)


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Kara para aklama", "tr"),  # Turkish `para` (money), no Spanish word
        ("Türkiye ekonomisinde para", "tr"),
        ("Historia del Imperio otomano", "es"),
    ],
)
def test_a_titles_only_language_claims_no_turkish_word(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize("title", ["Pod znamenem marksizma", "Nad Kaspiem"])
def test_romanised_russian_prepositions_are_no_polish_evidence(title: str) -> None:
    assert detect_language(title) != "pl"  # под, над: Russian written in Latin letters


def test_an_inverted_name_before_a_titles_colon_is_no_place() -> None:
    text = (
        "This view was later revised by the author himself (Olcott, Martha Brill, Kazakhstan: "
        "Unfulfilled Promise, Washington, 2002, p. 56)."
    )
    found = parse_note(1, text, location=Location(path="t")).citations[0]
    assert [a.family for a in found.authors] == ["Olcott"]
    assert (found.title, found.page) == ("Kazakhstan: Unfulfilled Promise", "56")
    assert bracketed_source("As noted (Norfolk, NE, USA: Press, 2001) before.") is None
