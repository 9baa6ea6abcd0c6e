"""A BibTeX entry with `crossref` takes the fields it lacks from the entry it names (as BibTeX
and biber do): a chapter gets its book's title as its container, the editors, publisher and
year; a field of its own wins."""

from __future__ import annotations

from citekit.interop.bibtex import loads_bibtex
from citekit.styles import format_bibliography

BOOK = """@book{parent, title = {Orta Asya Tarihi}, editor = {Demir, Can}, publisher = {TTK},
  address = {Ankara}, year = {2001}}"""
CHAPTER = """@incollection{child, crossref = {parent}, title = {Hanlıklar Dönemi},
  author = {Kaya, Ali}, pages = {1--10}}"""


def test_a_chapter_takes_its_books_fields() -> None:
    child = next(c for c in loads_bibtex(CHAPTER + "\n" + BOOK) if c.id == "child")
    assert child.container == "Orta Asya Tarihi"
    assert [n.family for n in child.editors] == ["Demir"]
    assert child.publisher == "TTK"
    assert child.publisher_place == "Ankara"
    assert child.issued is not None
    assert child.issued.year == 2001
    assert child.title == "Hanlıklar Dönemi"
    assert [n.family for n in child.authors] == ["Kaya"]


def test_the_parent_may_come_first_and_own_fields_win() -> None:
    own = CHAPTER.replace("pages", "year = {2003}, pages")
    child = next(c for c in loads_bibtex(BOOK + "\n" + own) if c.id == "child")
    assert child.issued is not None
    assert child.issued.year == 2003
    assert child.container == "Orta Asya Tarihi"


def test_a_proceedings_paper_takes_its_booktitle() -> None:
    text = """@inproceedings{p, crossref = {conf}, title = {Türkmen Dili}, author = {Ataýew, B.}}
@proceedings{conf, title = {Türkoloji Kongresi}, booktitle = {Türkoloji Kongresi Bildirileri},
  year = {2015}, publisher = {TDK}}"""
    paper = next(c for c in loads_bibtex(text) if c.id == "p")
    assert paper.container == "Türkoloji Kongresi Bildirileri"
    assert paper.publisher == "TDK"


def test_a_crossref_to_a_missing_entry_keeps_what_is_given() -> None:
    (child,) = loads_bibtex(CHAPTER)
    assert child.container is None
    assert child.title == "Hanlıklar Dönemi"


def test_the_chapter_is_formatted_with_its_book() -> None:
    entries = format_bibliography(loads_bibtex(CHAPTER + "\n" + BOOK), style="apa")
    chapter = next(e for e in entries if e.startswith("Kaya"))
    assert "Orta Asya Tarihi" in chapter
    assert "2001" in chapter
