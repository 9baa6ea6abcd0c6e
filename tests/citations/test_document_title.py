"""An archival document's description before `//` and its shelf mark (issue 12) is its title,
whole: the people it names are no authors, its date stays the title's; a plain head of an
author and a title keeps its author. The runs are labelled by hand as the model labelled
such notes wrongly; the notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from tests.citations.labelled import decode_labelled


@pytest.mark.parametrize(
    ("text", "spans", "title"),
    [
        (
            "Записка С. Сейфуллина в Совнарком КАССР, 1925 г. // ЦГА РК. Ф. 5. Оп. 2. Д. 7. Л. 4.",
            [
                ("Записка С.", "author"),
                ("Сейфуллина", "title"),
                ("Совнарком КАССР", "editor"),
                ("1925", "issued"),
            ],
            "Записка С. Сейфуллина в Совнарком КАССР, 1925 г.",
        ),
        (
            "Стенограмма совещания секретарей райкомов ВКП(б) от 12 мая 1930 г. // ГАРФ. "
            "Ф. Р-1235. Оп. 3. Д. 44. Л. 2–5.",
            [("Стенограмма совещания секретарей райкомов ВКП", "title"), ("12 мая 1930", "issued")],
            "Стенограмма совещания секретарей райкомов ВКП(б) от 12 мая 1930 г.",
        ),
    ],
)
def test_the_head_before_the_archive_is_the_documents_title(
    text: str, spans: list[tuple[str, str]], title: str
) -> None:
    fields = decode_labelled(text, spans)
    assert fields.get("title") == title
    assert (fields.get("author"), fields.get("editor"), fields.get("issued")) == ((), (), None)


def test_an_author_and_a_title_before_the_archive_stay() -> None:
    text = "Ахметов Б. Докладная записка о школах, 1928 г. // ЦГА РК. Ф. 81. Оп. 1. Д. 2. Л. 9."
    spans = [("Ахметов Б.", "author"), ("Докладная записка о школах", "title"), ("1928", "issued")]
    fields = decode_labelled(text, spans)
    assert fields.get("title") == "Докладная записка о школах, 1928 г."
    assert [str(name) for name in fields["author"]] == ["Ахметов Б."]  # type: ignore[attr-defined]


def test_a_journal_after_the_double_slash_is_no_archive() -> None:
    text = "Записка С. Сейфуллина // Вопросы истории. 1990. № 4. С. 5."
    spans = [
        ("Записка С.", "author"),
        ("Сейфуллина", "title"),
        ("Вопросы истории", "container-title"),
    ]
    fields = decode_labelled(text, spans)
    # no shelf mark, no archive's reading; the kind's word opens the title (`letter_heads.py`)
    assert fields.get("title") == "Записка С. Сейфуллина"
    assert fields.get("container-title") == "Вопросы истории"
