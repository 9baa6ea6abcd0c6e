"""Session 29's review: the new passes on forms beside the ones they were written for."""

from __future__ import annotations

import pytest

from citekit.citations.tagger.cased_issues import capital_issue
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "publisher", "place"),
    [
        (
            "Hasan Yılmaz, II. Abdülhamid Döneminde Eğitim, Ankara 2004, s. 33.",
            "II. Abdülhamid Döneminde Eğitim",
            None,
            "Ankara",
        ),
        (
            "Ayşe Demir, XIX. Yüzyıl Osmanlı Basını, Ötüken, İstanbul 2010.",
            "XIX. Yüzyıl Osmanlı Basını",
            "Ötüken",
            "İstanbul",
        ),
        (
            "Mehmet Yılmaz, II. Dünya Savaşı ve Türkiye, Ankara: TTK, 2005, s. 12.",
            "II. Dünya Savaşı ve Türkiye",
            "TTK",
            "Ankara",
        ),
    ],
)
def test_no_title_is_an_ordinal_alone(
    note: str, title: str, publisher: str | None, place: str
) -> None:
    """A title's opening ordinal read alone runs on into the words read as an imprint's, up to
    the imprint's own run after the last comma."""
    cite = first_citation(note)
    assert (cite.title, cite.publisher, cite.publisher_place) == (title, publisher, place)


@pytest.mark.parametrize(
    ("note", "issue", "page"),
    [
        ("Servet-i Fünun, S. 512, 14 Şubat 1901, s. 3.", "512", "3"),
        (
            'Ahmet Refik, "İstanbul\'da Kahvehaneler", Resimli Ay, S. 7, 1924, s. 12-15.',
            "7",
            "12-15",
        ),
    ],
)
def test_issue_and_page_letters_told_by_case(note: str, issue: str, page: str) -> None:
    """The issue's capital `S.` and the page's small `s.` (the languages' data) in one note."""
    cite = first_citation(note)
    assert (cite.issue, cite.page) == (issue, page)


def test_cased_labels_come_from_the_language_data() -> None:
    """The letters are read from `[terms] page` and `[words] issue`: Turkish's pair is found."""
    from citekit.citations.tagger.cased_issues import _cased_labels

    assert ("S", "s") in _cased_labels()
    assert capital_issue([], []) == []


@pytest.mark.parametrize(
    "note",
    [
        "Демографический ежегодник Казахстана : стат. сб. Астана, 2017. 620 с.",
        "Регионы России : стат. ежегодник. М., 2019.",
        "Сельское хозяйство Кыргызстана : стат. сб. Бишкек, 2012. 210 с.",
    ],
)
def test_report_word_after_the_colon_the_title_took_in(note: str) -> None:
    """GOST's kind after the title's colon makes a report when the title took it in too, its
    abbreviation's period before the place (no dash setting the imprint off)."""
    assert first_citation(note).type == "report"


def test_a_latin_title_is_no_romanised_ukrainian_without_its_words() -> None:
    """Romanised Ukrainian (a Latin script prior of 0) is among a Latin title's likely
    languages only when its words tell it: a Ukrainian place does not make `Intermezzo` so."""
    note = "Коваль О. Intermezzo // Енциклопедія сучасної України. Київ, 2019."
    assert first_citation(note).language != "uk"


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Демографический ежегодник Казахстана : стат. сб. Астана, 2017. 620 с.",
            "Демографический ежегодник Казахстана",
        ),
        (
            "Сельское хозяйство Кыргызстана : стат. сб. Бишкек, 2012. 210 с.",
            "Сельское хозяйство Кыргызстана",
        ),
    ],
)
def test_other_title_information_past_its_abbreviations_period(note: str, title: str) -> None:
    """GOST without its dashes: the small words after the title's period, before the place, are
    the title's other information (no area opens in small letters); naming the work's kind,
    they are its genre."""
    cited = first_citation(note)
    assert cited.title == title
    assert cited.genre == "стат. сб"


def test_a_role_after_the_titles_period_stays_the_roles() -> None:
    """The small words of a role (marked) are no title's information."""
    cite = first_citation("Шекспир У. Гамлет : трагедия. пер. с англ. Б. Пастернака. М., 1990.")
    assert cite.title == "Гамлет : трагедия"
    assert [n.family for n in cite.translators] == ["Пастернака"]
