"""`dedupe` (behind `citekit refs` and `format` of a document) keeps two sources that share a
title but not an author or a year: "История Казахстана" by Иванов (2015) and by Петров (2019)
were one entry, and Петров's book was silently missing from the reference list."""

from __future__ import annotations

from citekit.interop import dedupe
from citekit.model import Citation, Name, PartialDate
from citekit.pipeline import read_bytes
from citekit.styles import format_bibliography

TITLE = "История Казахстана"


def _book(family: str, year: int, publisher: str | None = None) -> Citation:
    return Citation(
        type="book",
        title=TITLE,
        authors=(Name(family=family),),
        issued=PartialDate(year),
        publisher=publisher,
    )


def test_same_title_other_author_or_year_is_another_source() -> None:
    ivanov, petrov = _book("Иванов", 2015), _book("Петров", 2019)
    assert dedupe([ivanov, petrov]) == [ivanov, petrov]
    assert len(dedupe([_book("Иванов", 2015), _book("Иванов", 2019)])) == 2


def test_the_same_source_twice_is_still_one_and_filled_in() -> None:
    first = Citation(type="book", title=TITLE, authors=(Name(family="Иванов"),))
    later = _book("ИВАНОВ", 2015, publisher="Наука")
    (kept,) = dedupe([first, later])
    assert (kept.issued, kept.publisher) == (PartialDate(2015), "Наука")


def test_same_title_and_container_other_issue_is_another_article() -> None:
    a = Citation(title="Итоги года", container="Эксперт", issue="1", issued=PartialDate(2020))
    b = Citation(title="Итоги года", container="Эксперт", issue="1", issued=PartialDate(2021))
    c = Citation(title="Итоги года", container="Эксперт", issue="2", issued=PartialDate(2020))
    assert len(dedupe([a, b, c, a])) == 3


def test_the_reference_list_of_an_article_lists_both_books() -> None:
    text = (
        "Текст статьи об истории и экономике Казахстана и соседних стран.[^1] Ещё.[^2] И.[^3]\n\n"
        "[^1]: Иванов И. И. История Казахстана. М.: Наука, 2015. 304 с.\n"
        "[^2]: Петров П. П. История Казахстана. Алматы: Жазушы, 2019. 512 с.\n"
        "[^3]: Иванов И. И. История Казахстана. М.: Наука, 2015. С. 12.\n"
    )
    doc = read_bytes(text.encode(), path="статья.md")
    sources = dedupe([c for note in doc.notes for c in note.citations])
    entries = format_bibliography(sources, style="gost-r-7-0-5-2008")
    assert [e.split(".", 1)[0] for e in entries] == ["1", "2"]
    assert any("Петров П. П. История Казахстана. Алматы: Жазушы, 2019" in e for e in entries)
