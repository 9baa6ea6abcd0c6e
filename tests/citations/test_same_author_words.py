"""A source opening with a "same author" word (`Aynı yazar`, `Он же`, `Его же`, `Сол автор`,
`Şol awtor`, `Same author`, `Idem`): the word holds the author's place, the words after it are
a citation whose author is the one of the source before."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note, resolve_references
from citekit.model import Location, Note, NoteKind

_AT = Location(path="notes.md")


def _note(text: str, number: int = 1) -> Note:
    return parse_note(number, text, location=_AT)


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        ("Aynı yazar, Türk Tarihi, İstanbul 1990.", "Türk Tarihi", "İstanbul"),
        (
            "Aynı yazar, Osmanlı Devleti Tarihi, Ankara: TTK, 1995, s. 45.",
            "Osmanlı Devleti Tarihi",
            "Ankara",
        ),
        ("Aynı müellif, Türkistan Tarihi, İstanbul 1942, s. 112.", "Türkistan Tarihi", "İstanbul"),
        ("Aynı yazarın, Orhun Abideleri, İstanbul 1936, s. 7.", "Orhun Abideleri", "İstanbul"),
        ("Same author, The Steppe Empire, London 1990.", "The Steppe Empire", "London"),
        (
            "Same author, Nomads and Cities (Oxford: Clarendon, 1988), 45.",
            "Nomads and Cities",
            "Oxford",
        ),
        ("Он же, История Казахстана, Алматы, 1995, с. 12.", "История Казахстана", "Алматы"),
        ("Сол автор, Қазақ тарихы, Алматы, 2001, 45 б.", "Қазақ тарихы", "Алматы"),
        (
            "Şol awtor, Türkmenistanyň taryhy, Aşgabat, 2010, 45 s.",
            "Türkmenistanyň taryhy",
            "Aşgabat",
        ),
        (
            "O‘sha muallif, O‘zbekiston tarixi, Toshkent, 2005, 45-bet.",
            "O‘zbekiston tarixi",
            "Toshkent",
        ),
        ("Həmin müəllif, Azərbaycan tarixi, Bakı, 2008, s. 45.", "Azərbaycan tarixi", "Bakı"),
        (
            "Sol awtor, Magtymguly we onuň döwri, Aşgabat, 1992, 30 s.",
            "Magtymguly we onuň döwri",
            "Aşgabat",
        ),
    ],
)
def test_the_work_after_a_same_author_word_is_read_without_an_author(
    text: str, title: str, place: str
) -> None:
    note = _note(text)
    assert note.kind is NoteKind.CITATION
    found = note.citations[0]
    assert (found.title, found.publisher_place, found.authors) == (title, place, ())


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        (
            "Zeki Velidi Togan, Bugünkü Türkistan, İstanbul 1981, s. 12.",
            "Aynı yazar, Türk Tarihi, İstanbul 1990.",
            "Türk Tarihi",
        ),
        (
            "Peter B. Golden, An Introduction to the Turkic Peoples, Wiesbaden 1992, p. 45.",
            "Same author, Nomads and Cities, Oxford 1988, p. 12.",
            "Nomads and Cities",
        ),
        (
            "Бартольд В. В. Туркестан в эпоху монгольского нашествия. М., 1963. С. 45.",
            "Его же, Очерки истории Семиречья, Фрунзе, 1943, с. 12.",
            "Очерки истории Семиречья",
        ),
    ],
)
def test_the_same_author_is_the_author_of_the_note_before(
    first: str, second: str, title: str
) -> None:
    before, after = resolve_references([_note(first), _note(second, 2)])
    found = after.citations[0]
    assert found.title == title
    assert [a.family for a in found.authors] == [a.family for a in before.citations[0].authors]


def test_a_same_author_word_after_a_source_in_one_note_takes_its_author() -> None:
    note = _note(
        "Togan, Türkistan Tarihi, İstanbul 1942, s. 12; "
        "aynı yazar, Umumi Türk Tarihine Giriş, İstanbul 1946, s. 45."
    )
    first, second = note.citations
    assert second.title == "Umumi Türk Tarihine Giriş"
    assert second.authors == first.authors
