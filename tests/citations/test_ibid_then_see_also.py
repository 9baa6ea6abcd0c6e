"""`Ibid.; see also …` cites the source of the note before and one more source: the ibid word
before the `;` is no place of publication (`London; New York: …`), so the source after it is
kept, not dropped with the note read as a bare ibid."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Ibid.; see also Olcott, Kazakhstan: Unfulfilled Promise (Washington, DC: Carnegie "
            "Endowment, 2010), 12.",
            "Unfulfilled Promise",
        ),
        (
            "Там же; см. также: Лаумулин М. Т. Центральная Азия. – Алматы: КИСИ, 2009.",
            "Центральная Азия",
        ),
        (
            "Сонда; см. также: Türkmenistanyň statistik ýyllyk neşiri. – Aşgabat, 2021.",
            "Türkmenistanyň statistik ýyllyk neşiri",
        ),
        (
            "Şol ýerde; şeýle hem seret: Annaýew, Bitaraplyk (Aşgabat: Ylym, 2015), 12.",
            "Bitaraplyk",
        ),
        (
            "Aynı yer; ayrıca bkz. Mehmet Kaya, Türk Tarihi (İstanbul: YKY, 2003), 5.",
            "Türk Tarihi",
        ),
    ],
)
def test_the_source_after_an_ibid_and_a_see_word_is_kept(note: str, title: str) -> None:
    parsed = parse_note(2, note, location=Location(path="a.md"))
    assert parsed.kind is NoteKind.CITATION
    assert len(parsed.citations) == 2
    assert title in (parsed.citations[1].title or "")


def test_places_of_an_imprint_still_go_on_after_a_semicolon() -> None:
    parsed = parse_note(
        1,
        "Olcott M. B. Kazakhstan: Unfulfilled Promise. Washington; New York: Carnegie, 2010.",
        location=Location(path="a.md"),
    )
    assert len(parsed.citations) == 1
