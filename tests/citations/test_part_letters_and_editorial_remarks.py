"""A pointer at a lettered part of the work (`See Appendix A.`, `См. Приложение Б.`, `Bkz.
Tablo A2.`) cites nothing; an editorial remark after an ibid (`Ibid., p. 5. Emphasis added.`)
leaves it an ibid, and alone (`Курсив мой.`) it is a comment."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, Note, NoteKind

_AT = Location(path="notes.md")


def _note(text: str) -> Note:
    return parse_note(1, text, location=_AT)


@pytest.mark.parametrize(
    "text",
    [
        "See Appendix A.",
        "See Table A1 below.",
        "See Figure B.3.",
        "См. Приложение Б.",
        "См. прил. А.",
        "Bkz. Tablo A2.",
        "Bkz. yukarıda, 3. dipnot.",
        "See note 14 above.",
        "Жоғарыда 5-ескертпені қараңыз.",
        "Ýokarda 4-nji bellige serediň.",
    ],
)
def test_a_pointer_at_a_part_of_the_work_is_a_comment(text: str) -> None:
    assert _note(text).kind is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    ["See Smith A. History. London, 1990.", "See Appendix, Smith 1990."],
)
def test_a_source_after_a_see_word_still_cites(text: str) -> None:
    assert _note(text).kind is NoteKind.CITATION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ibid., p. 5. Emphasis added.", NoteKind.IBID),
        ("Там же. С. 45. Курсив мой. — Н. Н.", NoteKind.IBID),
        ("Aynı yer, s. 12. Vurgu bize aittir.", NoteKind.IBID),
        ("Сонда, 12-б. Аударма біздікі.", NoteKind.IBID),
        ("Şol ýerde, 15 s. Terjime biziňki.", NoteKind.IBID),
        ("Emphasis added.", NoteKind.COMMENT),
        ("Курсив мой.", NoteKind.COMMENT),
        ("Выделено мной. — А. И.", NoteKind.COMMENT),
        ("Çeviri bana aittir.", NoteKind.COMMENT),
        ("Terjime biziňki.", NoteKind.COMMENT),
    ],
)
def test_an_editorial_remark_keeps_the_kind_before_it(text: str, kind: NoteKind) -> None:
    assert _note(text).kind is kind
