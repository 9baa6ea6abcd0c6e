"""Links: dead, timing out, undecidable or moved, from `citekit.check_links` results."""

from __future__ import annotations

from collections.abc import Iterator

from citekit.checks._registry import Context, Hit, rule
from citekit.links.results import LinkResult, LinkStatus, redact
from citekit.model import Document, Edit, Note, Severity


def _results(doc: Document, ctx: Context) -> Iterator[tuple[Note, str, LinkResult]]:
    if ctx.links is None:
        return
    for note in doc.notes:
        urls = dict.fromkeys([c.url for c in note.citations if c.url] + list(note.urls))
        for url in urls:
            result = ctx.links.get(redact(url))  # results carry URLs without passwords
            if result is not None:
                yield note, url, result


def _archived_word(ctx: Context) -> str:
    if ctx.edition is not None and ctx.edition.words.archived:
        return ctx.edition.words.archived[0]
    return "archived"


@rule("dead-link", Severity.ERROR, "a cited URL is dead or failing")
def dead_link(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, url, result in _results(doc, ctx):
        if result.status not in (LinkStatus.DEAD, LinkStatus.ERROR):
            continue
        hint = "find the page's new address or an archived copy"
        fixes: tuple[Edit, ...] = ()
        if result.archived is not None:
            snapshot = result.archived.url
            hint = f"an archived copy exists: {snapshot}"
            fixes = (
                Edit(note.number, url, f"{url} ({_archived_word(ctx)}: {snapshot})", note.section),
            )
        # "is dead: 404 Not Found"; a link that could not be fetched at all "fails"
        what = "is dead" if result.status is LinkStatus.DEAD else "fails"
        yield Hit(note, f"{note.label}: {redact(url)} {what}: {result.detail}", hint, fixes)


@rule("link-timeout", Severity.WARNING, "a cited URL did not answer in time")
def link_timeout(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, url, result in _results(doc, ctx):
        if result.status is LinkStatus.TIMEOUT:
            yield Hit(
                note, f"{note.label}: {redact(url)} did not answer in time", "try again later"
            )


@rule("link-unverified", Severity.INFO, "a cited URL could not be checked (bot wall, rate limit)")
def link_unverified(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, url, result in _results(doc, ctx):
        if result.status in (LinkStatus.BLOCKED, LinkStatus.RATE_LIMITED):
            yield Hit(
                note,
                f"{note.label}: {redact(url)} could not be checked: {result.detail}",
                "open it in a browser",
            )


@rule("link-redirected", Severity.INFO, "a cited URL has moved")
def link_redirected(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, url, result in _results(doc, ctx):
        if result.status is LinkStatus.REDIRECT and result.final_url:
            yield Hit(
                note,
                f"{note.label}: {redact(url)} now redirects to {result.final_url}",
                "cite the new address",
            )
