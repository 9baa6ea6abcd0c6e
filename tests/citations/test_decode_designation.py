"""GOST 7.0.100-2018's content and access designation (`Текст : электронный`) is no field's."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.citations.tagger.content import without_designation
from citekit.model import Location, Name
from tests.citations.labelled import decode_labelled as _decode
from tests.linear import assert_linear


def test_a_designation_a_title_took_in_is_cut_off() -> None:
    text = (
        "1. Модерн – незавершенный проект / Текст : электронный // Большая российская "
        "энциклопедия. – URL: https://bigenc.ru/a (дата обращения: 12.03.2020)."
    )
    fields = _decode(
        text,
        [
            ("Модерн – незавершенный проект / Текст : электронный", "title"),
            ("Большая российская энциклопедия", "container-title"),
        ],
    )
    assert fields["title"] == "Модерн – незавершенный проект"


def test_a_designation_the_model_called_the_title_gives_the_title_back() -> None:
    # GOST 2018's article: `Author, I. I. Title / I. I. Author. – Текст : электронный // Host`
    text = (
        "Иванов, И. И. Экономика Казахстана / И. И. Иванов. – Текст : электронный // "
        "Вестник КазНУ. – 2019. – № 2. – С. 10–20."
    )
    fields = _decode(
        text,
        [
            ("Иванов, И. И. Экономика Казахстана", "author"),
            ("И. И. Иванов", "author"),
            ("Текст : электронный", "title"),
            ("Вестник КазНУ", "container-title"),
        ],
    )
    assert fields["title"] == "Экономика Казахстана"
    authors = fields["author"]
    assert isinstance(authors, tuple)
    assert {(n.family, n.given) for n in authors if isinstance(n, Name)} == {("Иванов", "И. И.")}


def test_a_title_that_only_says_text_keeps_its_words() -> None:
    fields = _decode("Текст и контекст. М.: Наука, 2001.", [("Текст и контекст", "title")])
    assert fields["title"] == "Текст и контекст"
    assert without_designation("Текст и контекст") == "Текст и контекст"


def test_a_designation_is_no_lost_text() -> None:
    assert without_designation("проект / Text : electronic") == "проект"
    assert without_designation("Мәтін : тікелей") == ""
    note = parse_note(
        1,
        "Иванов И. И. Экономика Казахстана / И. И. Иванов. – Москва : Наука, 2019. – 304 с. "
        "– Текст : непосредственный.",
        location=Location(path="designation.md"),
    )
    assert all("Текст" not in piece for c in note.citations for piece in c.unparsed)


def test_many_designation_words_take_work_in_proportion() -> None:
    # each "Текст" could open a designation; only those near the end are tried
    assert_linear(lambda n: "Модерн / " + "Текст : " * n + "электронный", without_designation, 2000)
    assert not without_designation("Модерн / " + "Текст : " * 50 + "электронный").endswith(
        "электронный"
    )
