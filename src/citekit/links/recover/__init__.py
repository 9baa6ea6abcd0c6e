"""Recovering lost addresses: find where a cited page lives from its title, site and date.

``lost_sources(document)`` lists the citations with an empty URL slot, no address or (given the
dead URLs) a dead one; ``recover(lost, settings=...)`` searches each one's site (sitemaps,
feeds, WordPress search, a CDX index) and returns a `Recovery` with ranked `Candidate`s;
``recovery_edit`` turns the safe best candidate into the `Edit` ``citekit fix --recover``
applies. All requests go through the link checker's client, limits, guard and cache.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Collection, Iterable, Sequence

import httpx

from citekit._text import visible
from citekit.links._loop import run as run_loop
from citekit.links.recover.fetch import Fetcher
from citekit.links.recover.model import Candidate, LostSource, RecoverSettings, Recovery
from citekit.links.recover.search import SiteReader, rank
from citekit.links.recover.sites import SiteRegistry, origin
from citekit.links.recover.titles import similarity
from citekit.model import Document, Edit, Note, NoteKind

__all__ = [
    "Candidate",
    "LostSource",
    "RecoverSettings",
    "Recovery",
    "SiteRegistry",
    "arecover",
    "edits_for",
    "lost_sources",
    "recover",
    "recovery_edit",
    "similarity",
]


_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\\{}|^\[\]]+$")
_WEB_TYPES = frozenset(
    {"webpage", "post", "post-weblog", "article-newspaper", "article-magazine", "broadcast"}
)


def lost_sources(document: Document, *, dead: Collection[str] = ()) -> list[LostSource]:
    """Citations with a title whose address is missing, or is one of the `dead` URLs."""
    found: list[LostSource] = []
    for note in document.notes:
        if note.kind is not NoteKind.CITATION:
            continue
        for citation in note.citations:
            if not citation.title or (citation.url is not None and citation.url not in dead):
                continue
            unasked = citation.url is None and not citation.url_slot_empty
            if unasked and (citation.doi is not None or citation.type not in _WEB_TYPES):
                continue  # a DOI is an address; a book needs none
            found.append(
                LostSource(
                    note=note.number,
                    title=citation.title,
                    site=citation.container or citation.publisher,
                    accessed=citation.accessed,
                    location=note.location,
                    url=citation.url,
                    empty_slot=citation.url_slot_empty,
                    section=note.section,
                )
            )
    return found


async def arecover(
    lost: Iterable[LostSource],
    *,
    settings: RecoverSettings | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[Recovery]:
    """Search for each lost source's address; one `Recovery` each, in the order given."""
    settings = settings or RecoverSettings()
    registry = SiteRegistry.with_house(settings.sites)
    fetcher = Fetcher(settings.links, transport=transport)
    readers: dict[str, SiteReader] = {}

    async def one(item: LostSource) -> Recovery:
        home = registry.home(item.site) or (origin(item.url) if item.url else None)
        if home is None:
            why = (
                f"site {item.site!r} is not in the site registry; add it under [sites]"
                if item.site
                else "the note names no site to search"
            )
            return Recovery(lost=item, home=None, problem=why)
        reader = readers.get(home)
        if reader is None:
            reader = readers[home] = SiteReader(home, fetcher, settings)
        entries = await reader.entries_for(item)
        candidates = await rank(item, entries, fetcher, settings)
        problem = None
        if not candidates:
            problem = (
                f"nothing on {home} looks like this title"
                if reader.reachable
                else f"could not reach {home} (offline, blocked, or a private address?)"
            )
        return Recovery(lost=item, home=home, candidates=candidates, problem=problem)

    try:
        return list(await asyncio.gather(*(one(item) for item in lost)))
    finally:
        await fetcher.aclose()


def recover(
    lost: Iterable[LostSource],
    *,
    settings: RecoverSettings | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[Recovery]:
    """Blocking twin of `arecover` (runs its own event loop)."""
    return run_loop(arecover(lost, settings=settings, transport=transport))


def recovery_edit(note: Note, recovery: Recovery, url: str) -> Edit | None:
    """The edit that puts `url` into the note, keeping its form; None when it is not safe.

    ``Site,, (Erişim …)`` becomes ``Site, URL, (Erişim …)``; a dead address is replaced; a
    note with no slot gets the address after the site's name, when the name occurs once.
    """
    lost = recovery.lost
    if not _SAFE_URL.match(url) or len(url) > 2000:
        return None  # a listing's odd address (spaces, quotes, markup) is never written
    if lost.url is not None:
        # the address as parsed, without Word's zero-width spaces (`citekit fix` finds it so)
        return (
            Edit(note.number, lost.url, url, note.section)
            if visible(note.text).count(lost.url) == 1
            else None
        )
    if not lost.site:
        return None
    # the site's name may close an emphasis (`*Altyn asyr*,,`, `_Akorda_,,`): the marks stay
    site = re.escape(lost.site) + r"(?P<marks>[*_]*)"
    empty = list(re.finditer(site + r"(?P<slot>\s*,\s*,)", note.text))
    if len(empty) == 1:
        slot = empty[0].group("slot")
        if note.text.count(slot) == 1:  # the slot alone: the name may be inside markup too
            return Edit(note.number, slot, f", {url},", note.section)
        old = empty[0].group()
        return Edit(note.number, old, f"{lost.site}{empty[0]['marks']}, {url},", note.section)
    named = list(re.finditer(site + r"\s*,", note.text))
    if len(named) == 1:
        new = f"{lost.site}{named[0]['marks']}, {url},"
        return Edit(note.number, named[0].group(), new, note.section)
    return None


def edits_for(
    document: Document, recoveries: Sequence[Recovery], settings: RecoverSettings
) -> list[Edit]:
    """The edits for every recovery whose best candidate is safe to write."""
    notes = {(note.section, note.number): note for note in document.notes}
    edits = []
    for item in recoveries:
        best = item.best(settings)
        note = notes.get((item.lost.section, item.lost.note))
        if best is None or note is None:
            continue
        edit = recovery_edit(note, item, best.url)
        if edit is not None:
            edits.append(edit)
    return edits
