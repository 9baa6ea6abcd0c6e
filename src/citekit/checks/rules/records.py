"""Fields a reference list needs for books and journal articles: every built-in style (GOST
7.0.5, Chicago, İSNAD) writes a book's publisher and year and an article's volume and pages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from citekit._text import fold
from citekit.checks._registry import Context, Hit, rule
from citekit.citations.repeated_sources import sources_in_full
from citekit.errors import UnknownLanguageError
from citekit.languages import language
from citekit.model import Citation, Document, Note, Severity


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


def _sources(doc: Document) -> Iterator[tuple[Note, Citation, Callable[[str], bool]]]:
    """Each source once, at the first note that cites it, with whether any note citing it
    gives a field. A shortened note (`Yılmaz, Orta Asya’da Enerji Politikaları, 60.`,
    `Olcott, “Central Asia’s Second Chance,” 12.`) is the source of an earlier note: the
    reference list takes that note's record, as `citekit refs` and `citekit format` merge them."""
    same: defaultdict[str, list[Citation]] = defaultdict(list)
    order: list[tuple[Note, Citation]] = []
    for note, citation in sources_in_full(doc.notes):
        if not citation.title:
            order.append((note, citation))
            continue
        key = fold(citation.title)
        if not same[key]:
            order.append((note, citation))
        same[key].append(citation)
    for note, citation in order:
        group = same[fold(citation.title)] if citation.title else [citation]

        def given(name: str, group: list[Citation] = group) -> bool:
            return any(getattr(other, name) is not None for other in group)

        yield note, citation, given


@rule("book-without-publisher", Severity.WARNING, "a cited book without publisher or year")
def book_without_publisher(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, citation, given in _sources(doc):
        if citation.type != "book":
            continue
        missing = [
            label
            for label, name in (("publisher", "publisher"), ("year", "issued"))
            if not given(name)
        ]
        if missing:
            what = f"“{citation.title}”" if citation.title else "a book"
            yield Hit(
                note,
                f"{note.label} cites {what} without its {' or '.join(missing)}",
                "GOST, Chicago and İSNAD entries give a book's publisher and year: "
                f"add {'it' if len(missing) == 1 else 'them'} as the title page gives "
                f"(“{_example('example_imprint', citation, ctx)}”)",
            )


@rule(
    "article-without-volume",
    Severity.WARNING,
    "a cited journal article without volume or issue and pages",
)
def article_without_volume(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, citation, given in _sources(doc):
        if citation.type != "article-journal" or citation.url or citation.doi:
            continue
        missing = []
        if not given("volume") and not given("issue"):
            missing.append("volume or issue")
        if not given("page"):
            missing.append("pages")
        if missing:
            journal = f" in {citation.container}" if citation.container else ""
            yield Hit(
                note,
                f"{note.label} cites an article{journal} without its " + " and ".join(missing),
                "add them as the journal numbers them "
                f"(“{_example('example_article_numbers', citation, ctx)}”)",
            )
