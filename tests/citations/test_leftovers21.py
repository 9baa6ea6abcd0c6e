"""Session 21 (leftovers21): the forms the first round named and left (notes written for these
tests, in the forms editors write)."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.scoring import predict


def _predict(note: str, prev: tuple[str, ...] = ()) -> dict[str, object]:
    return predict({"note": note, "prev": list(prev)})


def test_a_german_translator_phrase_keeps_the_language_translated_from() -> None:
    got = _predict(
        "Dschingis Aitmatow: Djamila. Aus dem Kirgisischen übers. von Gisela Drohla. "
        "Frankfurt am Main: Insel, 1991, S. 14."
    )
    assert (got["title"], got["translator"]) == ("Djamila", ["Gisela Drohla"])


@pytest.mark.parametrize(
    ("note", "pages"),
    [
        ("Ebd., S. 312 f.", "312 f."),
        ("Ebd., S. 17 ff.", "17 ff."),
        ("Ibid., p. 88 ff.", "88 ff."),
        ("Там же. С. 56 и сл.", "56 и сл."),
        ("Ebd., S. 24.", "24"),
    ],
)
def test_an_ibid_keeps_the_following_pages_word(note: str, pages: str) -> None:
    prev = ("Manfred Hildermeier: Geschichte der Sowjetunion. München: C.H. Beck, 1998, S. 310.",)
    assert _predict(note, prev)["pages"] == pages


def test_heft_abbreviated_after_a_volume_is_the_issue() -> None:
    got = _predict("Andrea Schmitz: Usbekistan im Wandel. In: Osteuropa 59 (2009), H. 3, S. 5–19.")
    assert (got["volume"], got["issue"]) == ("59", "3")


def test_a_report_series_after_the_titles_sentence_is_no_title() -> None:
    got = _predict(
        "Kaser M. The Economies of Kazakhstan and Uzbekistan. CEPR Discussion Paper No. 4117. "
        "London: CEPR, 2003."
    )
    assert (got["title"], got["issue"]) == ("The Economies of Kazakhstan and Uzbekistan", "4117")


def test_a_span_of_years_closing_a_vancouver_title_stays_the_titles() -> None:
    got = _predict(
        "Nugmanova D, Aldashev A. Tuberculosis notification in Kazakhstan, 2001 to 2019. "
        "Int J Tuberc Lung Dis. 2021;25:88-94."
    )
    assert got["title"] == "Tuberculosis notification in Kazakhstan, 2001 to 2019"


def test_vancouver_editors_after_a_comma_before_the_whole_host() -> None:
    got = _predict(
        "Rechel B, Ahmedov M. Primary care in Uzbekistan. In: Jones K, Brown L, editors. "
        "Primary care in Central Asia. Geneva: WHO; 2012. p. 12-30."
    )
    assert (got["container"], got["editor"]) == (
        "Primary care in Central Asia",
        ["Jones K", "Brown L"],
    )


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "OECD. Reforming Kazakhstan: progress, challenges and opportunities. Paris: OECD; "
            "2017.",
            "OECD",
            "Reforming Kazakhstan: progress, challenges and opportunities",
        ),
        (
            "Asian Development Bank. Uzbekistan: country gender assessment. Manila: ADB; 2018.",
            "Asian Development Bank",
            "Uzbekistan: country gender assessment",
        ),
    ],
)
def test_a_body_opening_an_entry_is_its_group_author(note: str, author: str, title: str) -> None:
    got = _predict(note)
    assert (got["author"], got["title"]) == ([author], title)


def test_an_agency_spelled_by_the_address_is_the_host() -> None:
    got = _predict(
        "Kabar. Kyrgyzstan and Kazakhstan sign border agreement, 3 June 2022. "
        "https://kabar.kg/eng/news/kyrgyzstan-and-kazakhstan-sign/"
    )
    assert (got["container"], got["author"]) == ("Kabar", [])
    assert got["title"] == "Kyrgyzstan and Kazakhstan sign border agreement"


def test_a_collections_word_makes_the_part_a_chapter() -> None:
    got = _predict(
        "Петров А. Н. Караванная торговля. В сб.: Вопросы истории Казахстана. Алма-Ата, "
        "1978. С. 40–52."
    )
    assert got["type"] == "chapter"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Drevnie tyurki", "ru"),
        ("Kirgizskii narod v proshlom i nastoyashchem", "ru"),
        ("Abai zholy", "kk"),
        ("Turkmen dilinin sozlugi", "tk"),
        ("Kazakça-Türkçe Sözlük", "tr"),
    ],
)
def test_plainly_typed_titles_language(title: str, code: str) -> None:
    assert detect_language(title) == code


def test_a_lone_sentence_before_vancouvers_numbers_is_the_journal() -> None:
    got = _predict(
        "GBD 2019 Diseases Collaborators. Burden of disease in Central Asia, 1990 to 2019. "
        "Lancet. 2020;396(10258):1204-22."
    )
    assert got["container"] == "Lancet"


def test_a_host_named_by_its_domain_is_no_report_series() -> None:
    got = _predict(
        "Report.az. Azerbaijan and Turkmenistan sign gas memorandum, 21 January 2021. "
        "https://report.az/en/energy/azerbaijan-and-turkmenistan-sign-gas-memorandum/"
    )
    assert (got["container"], got["type"]) == ("Report.az", "article-newspaper")


def test_a_three_token_note_with_an_address_parses() -> None:
    """A name, a comma and an address: too short for a news agency's opening, and no error."""
    assert _predict("Akorda, https://www.akorda.kz/x")["url"] == "https://www.akorda.kz/x"
