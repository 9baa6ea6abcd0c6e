"""The neighbour languages' note words (issue 12): Kyrgyz, Uzbek and Azerbaijani notes keep
their place and publisher (`Bakı: Elm nəşriyyatı`, `Toshkent: O‘zbekiston nashriyoti`), their
ibid words make ibid notes, and Uzbek Latin titles are told from Azerbaijani and English."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.langid import detect_language
from citekit.model import Location, NoteKind


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Karimov I. O‘zbekiston XXI asr bo‘sag‘asida. Toshkent: O‘zbekiston nashriyoti,"
            " 1997. 315 b.",
            "Toshkent",
            "O‘zbekiston nashriyoti",
        ),
        (
            "Məmmədov R. Azərbaycanın xarici siyasəti. Bakı: Elm nəşriyyatı, 2018. 320 s.",
            "Bakı",
            "Elm nəşriyyatı",
        ),
        (
            "Осмоналиев К. Кыргызстандын тышкы саясаты. Бишкек: Илим, 2015. 240 б.",
            "Бишкек",
            "Илим",
        ),
    ],
    ids=["uz", "az", "ky"],
)
def test_a_neighbour_languages_imprint(text: str, place: str, publisher: str) -> None:
    (citation,) = parse_note(1, text, location=Location(path="n")).citations
    assert citation.publisher_place == place
    assert citation.publisher == publisher


@pytest.mark.parametrize(
    "text",
    ["Ошол эле жерде. 45-б.", "Oʻsha joyda. 12-b.", "Yenə orada. s. 45.", "Həmin mənbə, s. 40."],
)
def test_a_neighbour_languages_ibid(text: str) -> None:
    assert parse_note(2, text, location=Location(path="n")).kind is NoteKind.IBID


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Markaziy Osiyoda suv muammosi", "uz"),
        ("O‘zbekiston XXI asr bo‘sag‘asida", "uz"),
        ("Azərbaycanın xarici siyasəti", "az"),
        ("Türkiye ve Orta Asya", "tr"),
    ],
)
def test_uzbek_latin_titles(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        ("Bax A. Farewell, My Youth. London : Longmans, 1943. 112 p.", "Bax", "Farewell, My Youth"),
        (
            "Bax: Məmmədov R. Azərbaycanın xarici siyasəti. Bakı: Elm nəşriyyatı, 2018. 320 s.",
            "Məmmədov",
            "Azərbaycanın xarici siyasəti",
        ),
    ],
    ids=["english-family", "azerbaijani-see"],
)
def test_an_azerbaijani_see_word_is_no_english_family_name(
    text: str, family: str, title: str
) -> None:
    # every language file's "see" words are read for every note: Azerbaijani `Bax` is one
    # with its colon, for `Bax` alone is also a family name
    (citation,) = parse_note(1, text, location=Location(path="n")).citations
    assert [n.family for n in citation.authors] == [family]
    assert citation.title == title


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ayni yer.", NoteKind.IBID),  # typed with no Turkish keyboard
        ("Id., p. 5", NoteKind.IBID),  # the Bluebook's ibid
        ("Иванов. Указ. раб. С. 5.", NoteKind.OPCIT),
        ("Ук. соч. С. 5.", NoteKind.OPCIT),
        ("Назв. соч. С. 7.", NoteKind.OPCIT),
        ("Зазнач. праця. С. 5", NoteKind.OPCIT),
        ("Adı geçen eser, s. 5", NoteKind.OPCIT),
        ("Idaho Law Review, 2001.", NoteKind.CITATION),
    ],
)
def test_more_ways_to_write_ibid_and_op_cit(text: str, kind: NoteKind) -> None:
    assert parse_note(2, text, location=Location(path="n")).kind is kind
