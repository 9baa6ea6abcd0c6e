"""Kazakh and Turkmen forms (session 23): a thesis's degree written after its branch of
science (`тарих ғылымдарының кандидаты ... дис.`, `taryh ylymlarynyň kandidaty
dissertasiýasy`), a state in the genitive that opens a law's name before its kind's word
(`Қазақстан Республикасының Білім туралы заңы`), and Turkmen translators (`terj. edenler`).
The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Сәрсенбаев А. Қазақ хандығының сыртқы саясаты: тарих ғылымдарының кандидаты ... "
            "дис. авторефераты. – Алматы, 2004. – 28 б.",
            "Қазақ хандығының сыртқы саясаты",
        ),
        (
            "Ержанова Г. Абай поэзиясының көркемдік ерекшеліктері: филология ғылымдарының "
            "докторы ... дис. – Алматы, 2012. – 290 б.",
            "Абай поэзиясының көркемдік ерекшеліктері",
        ),
        (
            "Ataýew K. Türkmen halkynyň etnogenezi: taryh ylymlarynyň kandidaty "
            "dissertasiýasy. – Aşgabat, 2011. – 180 s.",
            "Türkmen halkynyň etnogenezi",
        ),
    ],
)
def test_degree_after_its_branch_of_science(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.type == "thesis"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Қазақстан Республикасының Білім туралы заңы. – Астана, 2007.",
            "Қазақстан Республикасының Білім туралы заңы",
        ),
        (
            "Türkmenistanyň Bilim hakynda Kanuny. – Aşgabat, 2013.",
            "Türkmenistanyň Bilim hakynda Kanuny",
        ),
    ],
)
def test_state_in_the_genitive_opens_a_law_name(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert not found.authors
    assert found.type == "legislation"


def test_a_person_before_a_quoted_title_with_a_law_word_stays_the_author() -> None:
    found = _first("Ömer Yavuz, “Bakanlık yeni kararı açıkladı”, Yeni Asır, 28 Ağustos 2024, s. 3.")
    assert [a.family for a in found.authors] == ["Yavuz"]


def test_turkmen_translators_after_a_colon() -> None:
    found = _first(
        "Magtymguly. Saýlanan eserler / terj. edenler: A. Ataýew. – Aşgabat: Ylym, 1992."
    )
    assert found.title == "Saýlanan eserler"
    assert [a.family for a in found.translators] == ["Ataýew"]


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        ("Mükhtar Auezov, Abay Joly (Almatı: Jazuşı, 1997), 2:145.", "Auezov", "Abay Joly"),
        (
            "Saken Seifullin, Tar Zhol, Taighaq Keship (Almaty: Zhazushy, 1964), 33.",
            "Seifullin",
            "Tar Zhol, Taighaq Keship",
        ),
    ],
)
def test_given_name_first_before_a_bracketed_imprint(text: str, family: str, title: str) -> None:
    found = _first(text)
    assert [a.family for a in found.authors] == [family]
    assert found.title == title


def test_access_label_word_before_an_address_is_no_container() -> None:
    found = _first(
        "Ұлы дала тұлғалары [Электрондық ресурс]. – Қолжетімді: "
        "https://e-history.kz/kz/publications/view/1234 (қаралған күні: 10.02.2020)."
    )
    assert found.container is None
    assert found.url == "https://e-history.kz/kz/publications/view/1234"
