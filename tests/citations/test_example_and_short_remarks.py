"""Comment notes that once read as citations: an example the text gives after an example word
(`Örneğin, 1916 ayaklanması.`), one sentence of prose closing on a body's acronym (`… within
the RSFSR.`), and a short remark closing on a negative past tense (`Metni bulamadık.`)."""

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
        "Örneğin, 1916 ayaklanması.",
        "Örneğin 1932-1933 kıtlığı.",
        "Mesela, 1924 sınır düzenlemesi.",
        "E.g., the Kazakh famine of 1931–33.",
        "For example, the uprising of 1916.",
        "For instance, the 1937 purges.",
        "Например, восстание 1916 г.",
        "Например, голод 1932–1933 гг.",
        "Мысалы, 1916 жылғы көтеріліс.",
        "Meselem, 1916-njy ýylyň gozgalaňy.",
        "Наприклад, голод 1932–1933 рр.",
        "Örneğin, Kazak ayaklanması.",
        "Masalan, 1916 yilgi qo‘zg‘olon.",
        "Məsələn, 1918-ci il hadisələri.",
    ],
)
def test_an_example_word_before_a_phrase_of_prose_is_a_comment(text: str) -> None:
    note = _note(text)
    assert note.kind is NoteKind.COMMENT
    assert not note.citations


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Örneğin, Demir, Türk Tarihi, s. 45.", "Türk Tarihi"),
        ("E.g., Smith, The Steppe, London 1990.", "The Steppe"),
        ("Например, Иванов И. И. История Казахстана. Алматы, 1995.", "История Казахстана"),
    ],
)
def test_an_example_word_before_a_source_still_cites_it(text: str, title: str) -> None:
    note = _note(text)
    assert note.kind is NoteKind.CITATION
    assert note.citations[0].title == title


@pytest.mark.parametrize(
    "text",
    [
        "E.g., Smith 1990, 45.",
        "Örneğin, Demir 2010.",
        "For instance, the history of the Horde, 1998.",
    ],
)
def test_an_example_word_before_an_author_or_imprint_year_is_no_comment(text: str) -> None:
    assert _note(text).kind is NoteKind.CITATION


@pytest.mark.parametrize(
    "text",
    [
        "This was the official policy within the RSFSR.",
        "The same decree was applied in the Kazakh ASSR.",
        "Such lists were compiled by the NKVD.",
        "Такая практика существовала и в РСФСР.",
        "Подобные списки составлялись органами ОГПУ.",
    ],
)
def test_a_sentence_of_prose_closing_on_an_acronym_is_a_comment(text: str) -> None:
    assert _note(text).kind is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    ["Annual Report of the Ministry. London: HMSO.", "Statistical yearbook of the USSR."],
)
def test_a_title_closing_on_an_acronym_still_cites(text: str) -> None:
    assert _note(text).kind is NoteKind.CITATION


@pytest.mark.parametrize(
    "text",
    [
        "Bu esere ulaşamadık.",
        "Metni bulamadık.",
        "Bu belgeyi göremedik.",
        "Kaynağa ulaşılamadı.",
        "Бұл еңбекті таба алмадық.",
        "Bu eseri tapyp bilmedik.",
        "Bu kitaby tapmadyk.",
    ],
)
def test_a_short_remark_closing_on_a_negative_past_tense_is_a_comment(text: str) -> None:
    assert _note(text).kind is NoteKind.COMMENT
