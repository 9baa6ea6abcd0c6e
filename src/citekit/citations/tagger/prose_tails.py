"""A Chicago note may close on a clause of prose after its pages (`…, 77–79, for a detailed
discussion of Alash-era periodicals.`): the model, meeting a book's title in a language it
rarely saw, may read the title as the host and the prose as the title. A title that opens in
small letters after the cited pages, when the host named before the pages holds the title's
place, is the note's prose, and the host is the title."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["prose_title_after_pages"]


def prose_title_after_pages(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a small-letter title after the pages read as prose and the host before
    the pages as the title (see the module's doc)."""
    titles = [i for i, run in enumerate(found) if run[0] == "title"]
    if len(titles) != 1:
        return found
    j = titles[0]
    _, a, b = found[j]
    if not (tokens[a].text.isalpha() and tokens[a].text.islower()):
        return found
    page = next((i for i in range(j - 1, -1, -1) if found[i][0] == "page"), None)
    if page is None or any(run[0] not in (OTHER,) for run in found[page + 1 : j]):
        return found  # the title must follow the pages, only marks between
    hosts = [i for i in range(page) if found[i][0] == "container-title"]
    if len(hosts) != 1:
        return found
    _, c, d = found[hosts[0]]
    out = painted(found, (OTHER, a, b))
    return painted(out, ("title", c, d))
