"""Fields a reference list needs for books and journal articles: every built-in style (GOST
7.0.5, Chicago, İSNAD) writes a book's publisher and year and an article's volume and pages."""

from __future__ import annotations

from collections.abc import Iterator

from citekit.checks._registry import Context, Hit, cited, rule
from citekit.errors import UnknownLanguageError
from citekit.languages import language
from citekit.model import Citation, Document, Severity


def _example(term: str, citation: Citation, ctx: Context) -> str:
    """The language data's example of `term`: in the source's language, else the edition's,
    else English (a GOST list describes each source in its own language)."""
    for code in (citation.language, ctx.edition.code if ctx.edition else None, "en"):
        if code:
            try:
                found = language(code).terms.get(term)
            except UnknownLanguageError:
                continue
            if found:
                return found
    return ""


@rule("book-without-publisher", Severity.WARNING, "a cited book without publisher or year")
def book_without_publisher(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, citation in cited(doc):
        if citation.type != "book":
            continue
        missing = [
            name
            for name, value in (("publisher", citation.publisher), ("year", citation.issued))
            if value is None
        ]
        if missing:
            what = f"“{citation.title}”" if citation.title else "a book"
            yield Hit(
                note,
                f"note {note.number} cites {what} without its {' or '.join(missing)}",
                "GOST, Chicago and İSNAD entries give a book's publisher and year: "
                f"add them (“{_example('example_imprint', citation, ctx)}”)",
            )


@rule(
    "article-without-volume",
    Severity.WARNING,
    "a cited journal article without volume or issue and pages",
)
def article_without_volume(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, citation in cited(doc):
        if citation.type != "article-journal" or citation.url or citation.doi:
            continue
        missing = []
        if citation.volume is None and citation.issue is None:
            missing.append("volume or issue")
        if citation.page is None:
            missing.append("pages")
        if missing:
            journal = f" in {citation.container}" if citation.container else ""
            yield Hit(
                note,
                f"note {note.number} cites an article{journal} without its "
                + " and ".join(missing),
                "add them as the journal numbers them "
                f"(“{_example('example_article_numbers', citation, ctx)}”)",
            )
