"""Fields a citation of a web source needs: a URL, an access date, a title."""

from __future__ import annotations

from collections.abc import Iterator

from citekit.checks._registry import Context, Hit, cited, rule
from citekit.model import Document, Severity


@rule("missing-url", Severity.ERROR, "a cited web source gives no URL")
def missing_url(doc: Document, ctx: Context) -> Iterator[Hit]:
    wanted = "url" in ctx.config.required
    for note, citation in cited(doc):
        if citation.url is not None:
            continue
        if citation.url_slot_empty:
            where = f" after {citation.container!r}" if citation.container else ""
            yield Hit(
                note,
                f"{note.label} has no URL: the URL slot{where} is empty",
                "add the page's address between the commas",
            )
        elif citation.accessed is not None and not note.urls and citation.doi is None:
            # a DOI is an address (https://doi.org/…): Wikipedia's references give one, no URL
            yield Hit(
                note,
                (
                    f"{note.label} says when the source was read "
                    f"({citation.accessed.isoformat()}) but gives no URL"
                ),
                "add the page's address before the access date",
            )
        elif wanted:
            yield Hit(
                note,
                f"{note.label} gives no URL, which the house style requires",
                "add the source's address",
            )


@rule("missing-access-date", Severity.WARNING, "a cited URL without an access date")
def missing_access_date(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, citation in cited(doc):
        wanted = citation.url or "accessed" in ctx.config.required
        if wanted and citation.accessed is None:
            label = ctx.preferred_label() or "Accessed"
            what = citation.url or "a source"
            yield Hit(
                note,
                f"{note.label} cites {what} without saying when it was read",
                f"add '({label}: DD.MM.YYYY)'",
            )


@rule("missing-title", Severity.WARNING, "a citation without a title")
def missing_title(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, citation in cited(doc):
        named = citation.url or citation.container or "title" in ctx.config.required
        # an archival document cited by its shelf mark alone has no title to give
        if not citation.title and named and not citation.archive_location:
            yield Hit(note, f"{note.label} cites a source without its title")
