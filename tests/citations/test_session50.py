"""Forms misread in session 49's rules, found by a review of its diff (session 50): a news
outlet's headline and two bodies writing together read as one body's hierarchy, an unsigned
quoted title's year before an in-word or a place, a name's own number stripped as a list's, a
body's account read as a person, a court's chamber read as a decision's kind, a person's office
read as a body's unit."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.names import to_name
from citekit.csl import to_csl
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


def test_an_outlets_headline_before_its_day_is_no_bodys_unit() -> None:
    csl = to_csl(_one("The Astana Times, Senate Adopts Law on Media, 5 May 2020."))
    assert csl["title"] == "Senate Adopts Law on Media"
    assert csl["issued"] == {"date-parts": [[2020, 5, 5]]}
    assert "The Astana Times, Senate Adopts Law on Media" not in str(csl.get("author"))


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "World Bank, European Commission, Joint Assessment of Reconstruction Needs "
            "(Washington, DC, 2019).",
            ["World Bank", "European Commission"],
            "Joint Assessment of Reconstruction Needs",
        ),
        (
            "Council of Europe, European Union, Joint Programme Report, 2018.",
            ["Council of Europe", "European Union"],
            "Joint Programme Report",
        ),
    ],
)
def test_a_body_named_with_its_head_word_second_writes_beside_the_one_before(
    text: str, authors: list[str], title: str
) -> None:
    csl = to_csl(_one(text))
    assert [a.get("literal") for a in csl["author"]] == authors
    assert csl["title"] == title


def test_a_bodys_unit_still_joins_its_body() -> None:
    csl = to_csl(
        _one(
            "U.S. Congress, Senate, Committee on Foreign Relations, U.S. Policy in Central "
            "Asia: Hearing, 116th Cong., 1st sess., 2019."
        )
    )
    assert csl["author"] == [{"literal": "U.S. Congress, Senate, Committee on Foreign Relations"}]


@pytest.mark.parametrize(
    ("text", "title", "container", "publisher"),
    [
        (
            "‘Kazakhstan unrest’ (2022) In Smith, J. (ed.) Central Asia Yearbook. London: "
            "Routledge, pp. 1-10.",
            "Kazakhstan unrest",
            "Central Asia Yearbook",
            "Routledge",
        ),
        (
            "‘Annual defence report’ (2019) London: Ministry of Defence.",
            "Annual defence report",
            None,
            "Ministry of Defence",
        ),
        (
            "“Kazakhstan’s new constitution” (2022) Available at: https://example.com/a "
            "(Accessed: 5 May 2023).",
            "Kazakhstan’s new constitution",
            None,
            None,
        ),
    ],
)
def test_an_unsigned_quoted_titles_year_before_no_host(
    text: str, title: str, container: str | None, publisher: str | None
) -> None:
    csl = to_csl(_one(text))
    assert csl["title"] == title
    assert csl.get("container-title") == container
    assert csl.get("publisher") == publisher


def test_an_unsigned_quoted_titles_host_is_still_read() -> None:
    csl = to_csl(_one("‘Russia blocks Tor’ (2021) Meduza, 8 December."))
    assert csl["container-title"] == "Meduza"
    assert csl["issued"] == {"date-parts": [[2021, 12, 8]]}


@pytest.mark.parametrize(
    "text",
    [
        '60 Minutes, "The Spy Who Came Home," CBS, March 3, 2019.',
        '10 Downing Street, "PM statement on Ukraine," 24 February 2022.',
    ],
)
def test_a_names_own_bare_number_is_kept(text: str) -> None:
    number = text.split()[0]
    assert number in str(to_csl(_one(text)))


def test_a_bare_footnote_number_before_a_given_name_is_still_stripped() -> None:
    csl = to_csl(_one('3 Ayşe Demirci, "Başlık," Hürriyet, 3 Mayıs 2020.'))
    assert csl["author"] == [{"family": "Demirci", "given": "Ayşe"}]


def test_a_bodys_account_is_no_person() -> None:
    csl = to_csl(
        _one(
            "Victoria Police [@VictoriaPolice]. (2021, March 3). Road closures tonight [Tweet]. "
            "Twitter. https://twitter.com/VictoriaPolice/status/1"
        )
    )
    assert csl["author"] == [{"literal": "Victoria Police"}]


def test_a_courts_chamber_after_the_docket_is_no_decisions_kind() -> None:
    csl = to_csl(
        _one(
            "Prosecutor v. Lubanga, Case No. ICC-01/04-01/06, Trial Chamber I (14 March 2012), "
            "para. 45."
        )
    )
    assert csl["title"] == "Prosecutor v. Lubanga"
    assert "genre" not in csl


@pytest.mark.parametrize(
    ("written", "family"),
    [
        ("Trump, Donald J., President", "Trump"),
        ("Иванов, Иван Иванович, Посол России", "Иванов"),
    ],
)
def test_a_persons_office_after_the_name_is_no_bodys_unit(written: str, family: str) -> None:
    assert to_name(written).family == family


def test_a_bodys_fields_listed_with_commas_stay_one_name() -> None:
    name = to_name("Aile, Çalışma ve Sosyal Hizmetler Bakanlığı")
    assert name.literal == "Aile, Çalışma ve Sosyal Hizmetler Bakanlığı"
