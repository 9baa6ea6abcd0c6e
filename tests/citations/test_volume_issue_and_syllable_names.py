"""Turkish `C. 5, S. 12, s. 45` (Cilt, Sayı, sayfa): the capital `S.` after the volume is the
issue, the small `s.` the page; a volume's word and number closing a journal's name are the
volume; a romanised name whose given name's syllables are joined by a hyphen (`Mao Tse-tung`)
is one author."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation, parse_note
from citekit.model import Location, NoteKind

_AT = Location(path="notes.md")


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("a.g.m., C. 5, S. 12, s. 45.", "45"),
        ("Kaya, a.g.m., C. 12, S. 2, s. 240.", "240"),
        ("Aynı yer, C. 5, S. 12, s. 45-46.", "45-46"),
        ("Yılmaz, a.g.m., S. 12, s. 7.", "7"),
        ("a.g.e., S. 45.", "45"),
        ("Ebd., S. 12.", "12"),
    ],
)
def test_the_page_of_a_repeat_is_the_small_s_after_the_issue(text: str, page: str) -> None:
    note = parse_note(1, text, location=_AT)
    assert note.kind in (NoteKind.OPCIT, NoteKind.IBID)
    assert note.page == page


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ('Ahmet Yılmaz, "Kazak Hanlığı", Bilig, C. 5, S. 12.', ("Bilig", "5", "12", None)),
        (
            'Bahaeddin Ögel, "Türklerde Devlet", Türk Kültürü, C. 5, S. 55.',
            ("Türk Kültürü", "5", "55", None),
        ),
        (
            'Yılmaz, Ahmet. "Kazak Hanlığı". Bilig C. 5, S. 12 (2019): 45-60.',
            ("Bilig", "5", "12", "45-60"),
        ),
        (
            'Smith, John. "Nomads." Central Asian Survey Vol. 5, No. 2 (1990): 45-60.',
            ("Central Asian Survey", "5", "2", "45-60"),
        ),
        (
            'Ali Demir, "Türkmen Boyları", Belleten, C. LXV, S. 243, Ankara 2001, s. 511-540.',
            ("Belleten", "LXV", "243", "511-540"),
        ),
    ],
)
def test_an_articles_volume_issue_and_page(text: str, numbers: tuple[str | None, ...]) -> None:
    found = parse_citation(text)
    assert (found.container, found.volume, found.issue, found.page) == numbers


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Ahmet Yılmaz, Osmanlı Tarihi, C. 2, S. 45.", "45"),
        ('Ahmet Yılmaz, "Kazak Hanlığı", Bilig, C. 5, s. 12.', "12"),
        ('Ahmet Yılmaz, "Kazak Hanlığı", Bilig, C. 5, S. 12-15.', "12-15"),
    ],
)
def test_a_books_or_small_s_page_stays_the_page(text: str, page: str) -> None:
    assert parse_citation(text).page == page


def test_a_name_closing_a_host_is_no_volume() -> None:
    assert parse_citation('Smith, John. "Nomads." Uncle Tom, 1990.').container == "Uncle Tom"


@pytest.mark.parametrize(
    "author", ["Mao Tse-tung", "Chiang Kai-shek", "Sun Yat-sen", "Kim Il-sung", "Li Ta-chao"]
)
def test_a_romanised_name_with_hyphened_syllables_is_the_author(author: str) -> None:
    text = f'{author}, "On Protracted War," in *Selected Works*, vol. 2 (Peking: FLP, 1965), 113.'
    found = parse_citation(text)
    assert [str(a) for a in found.authors] == [author]
    assert (found.title, found.container) == ("On Protracted War", "Selected Works")
