"""Fields a reference list needs for books and journal articles: every built-in style (GOST
7.0.5, Chicago, İSNAD) writes a book's publisher and year and an article's volume and pages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from citekit._text import fold
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


def _elsewhere(doc: Document) -> Callable[[Citation, str], bool]:
    """Whether another note of the document gives this source's field: a shortened note
    (`Yılmaz, Orta Asya’da Enerji Politikaları, 60.`) leaves to the full note what the reference
    list takes from it, as `citekit refs` and `citekit format` merge the two."""
    same: defaultdict[str, list[Citation]] = defaultdict(list)
    for _note, citation in cited(doc):
        if citation.title:
            same[fold(citation.title)].append(citation)

    def given(citation: Citation, name: str) -> bool:
        others = same.get(fold(citation.title or ""), []) if citation.title else []
        return any(getattr(other, name) is not None for other in others if other is not citation)

    return given


@rule("book-without-publisher", Severity.WARNING, "a cited book without publisher or year")
def book_without_publisher(doc: Document, ctx: Context) -> Iterator[Hit]:
    given = _elsewhere(doc)
    for note, citation in cited(doc):
        if citation.type != "book":
            continue
        missing = [
            label
            for label, name in (("publisher", "publisher"), ("year", "issued"))
            if getattr(citation, name) is None and not given(citation, name)
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
    given = _elsewhere(doc)
    for note, citation in cited(doc):
        if citation.type != "article-journal" or citation.url or citation.doi:
            continue
        missing = []
        numbered = (citation.volume, citation.issue) != (None, None)
        if not numbered and not given(citation, "volume") and not given(citation, "issue"):
            missing.append("volume or issue")
        if citation.page is None and not given(citation, "page"):
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
