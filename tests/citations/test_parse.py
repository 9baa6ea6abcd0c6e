"""The shipped tagger on the issue's examples: whole records, not half ones."""

from __future__ import annotations

from citekit.citations import parse_citation, parse_note
from citekit.model import Location, Name, NoteKind, PartialDate
from citekit.styles import format_bibliography


def test_a_gost_journal_article_gives_authors_journal_volume_issue_pages_and_doi() -> None:
    c = parse_citation(
        "Kozlowski A. C., Taddy M., Evans J. A. The Geometry of Culture: Analyzing the Meanings "
        "of Class through Word Embeddings // American Sociological Review. 2019. Vol. 84, no. 5. "
        "P. 905–949. DOI: 10.1177/0003122419877135"
    )
    assert c.type == "article-journal"
    assert c.authors == (
        Name(family="Kozlowski", given="A. C."),
        Name(family="Taddy", given="M."),
        Name(family="Evans", given="J. A."),
    )
    assert c.title is not None
    assert c.title.startswith("The Geometry of Culture")
    assert c.container == "American Sociological Review"
    assert (c.volume, c.issue, c.page) == ("84", "5", "905–949")
    assert c.doi == "10.1177/0003122419877135"


def test_a_turkish_book_gives_translator_place_publisher_and_year() -> None:
    c = parse_citation(
        "Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ (1300-1600), çev. Ruşen Sezer, "
        "İstanbul: Yapı Kredi Yayınları, 2003, s. 45."
    )
    assert c.type == "book"
    assert c.title == "Osmanlı İmparatorluğu Klasik Çağ (1300-1600)"
    assert c.authors == (Name(family="İnalcık", given="Halil"),)
    assert c.translators == (Name(family="Sezer", given="Ruşen"),)
    assert (c.publisher_place, c.publisher) == ("İstanbul", "Yapı Kredi Yayınları")
    assert (c.issued, c.page) == (PartialDate(2003), "45")


def test_a_chicago_book_note_formats_as_a_whole_isnad_entry() -> None:
    c = parse_citation(
        "Ahmet Yılmaz, Orta Asya’da Enerji Politikaları (İstanbul: Kitap Yayınevi, 2019), 45."
    )
    assert (c.type, c.publisher, c.publisher_place) == ("book", "Kitap Yayınevi", "İstanbul")
    [entry] = format_bibliography([c], style="isnad-dipnotlu")
    assert "Orta Asya’da Enerji Politikaları" in entry
    assert "Kitap Yayınevi" in entry
    assert "2019" in entry


def test_an_op_cit_after_a_see_prefix_names_only_the_author() -> None:
    for text, family in (
        ("Ayrıntılar için bkz. Kaya, a.g.e., s. 14.", "kaya"),
        ("Подробнее см.: Сулейменов О. Указ. соч. С. 12.", "сулейменов"),
    ):
        note = parse_note(8, text, location=Location(path="t"))
        assert note.kind is NoteKind.OPCIT
        assert note.page in ("14", "12")
        (cited,) = note.citations
        assert [(n.family or n.literal or "").casefold() for n in cited.authors] == [family]
        assert all("bkz" not in (n.given or "") for n in cited.authors)
