"""A web page's title as the browser shows it names the site after a spaced dash or a bar at its
end (`Евразийский экономический союз — Википедия`, `Kazakhstan - Wikipedia`, `Nevruz nedir? |
Milliyet`): an editor who copies it copies the site's name with it. That last piece is the site,
not the title's, when it is an encyclopedia's name (`[words] encyclopedia`, capitalised) or spells
the cited address's host; and, in a note that cites an address, when it names a body (`Tarım ve
Orman Bakanlığı`, `Акимат города Алматы`, `Ministry of Foreign Affairs`) or stands after a bar
(`… | Бюро национальной статистики`): a work's own title names no body after a spaced dash at
its end, and no title but a browser's holds a spaced bar."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.sites import spells_host
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["page_title_site"]

_SEPARATORS: Final = DASHES | {"|"}
_MAX_SITE: Final = 4  # words of a site's name after the separator at most
_MAX_BODY: Final = 10  # words of a body's name after it (`Ministry of Foreign Affairs of the …`)
_ENDS: Final = frozenset({".", ","})


@functools.cache
def _encyclopedias() -> frozenset[str]:
    """The encyclopedias' own names (`Википедия`, `Vikipedi`): the capitalised entries."""
    named = shipped_words("encyclopedia") | shipped_type_words("encyclopedia")
    return frozenset(w.casefold() for w in named if w[:1].isupper() and " " not in w)


def _spaced(tokens: list[Token], k: int) -> bool:
    return tokens[k].start > tokens[k - 1].end and (
        k + 1 < len(tokens) and tokens[k + 1].start > tokens[k].end
    )


def _is_site(name: str, separator: str, url: str | None) -> bool:
    """Whether `name` after a page title's `separator` is the site's (see the module's doc)."""
    words = name.split()
    if len(words) > _MAX_BODY or not name[:1].isupper():
        return False
    if len(words) <= _MAX_SITE and (
        (len(words) == 1 and name.casefold() in _encyclopedias())
        or (url is not None and spells_host(name, url))
    ):
        return True
    return url is not None and (separator == "|" or is_organisation(name))


def page_title_site(tokens: list[Token], text: str, found: list[Run], url: str | None) -> list[Run]:
    """`found` with the site's name that closes a page's title after a dash or a bar as the
    host the page is in."""
    if any(label == "container-title" for label, _, _ in found):
        return list(found)
    out = list(found)
    for j, (label, a, b) in enumerate(out):
        if label != "title":
            continue
        end = b - 1 if tokens[b - 1].text in _ENDS else b
        k = next(
            (
                k
                for k in range(end - 1, a, -1)
                if tokens[k].text in _SEPARATORS and _spaced(tokens, k)
            ),
            None,
        )
        if k is None or k + 1 >= end:
            return out
        name = text[tokens[k + 1].start : tokens[end - 1].end]
        if _is_site(name, tokens[k].text, url):
            out[j : j + 1] = [
                ("title", a, k),
                (OTHER, k, k + 1),
                ("container-title", k + 1, end),
                *([(OTHER, end, b)] if end < b else []),
            ]
        return out
    return out
