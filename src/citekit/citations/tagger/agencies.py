"""A news agency's name that opens the note as a sentence of its own: `Interfax. Kazakhstan to
cut oil output. 12.03.2020. URL`, `ҚазАқпарат. Тоқаев … 2023. 14 ақпан.` An outlet named
whole (the language files' `[types] news_site`, `magazine`) closed by a period or a colon
before the headline is the item's host, never the headline's first words. So is a short name
of any agency closed by its period when the note's address spells it (`Trend. Azerbaijan,
Turkmenistan discuss gas cooperation, 12 March 2021. https://en.trend.az/…`, `24.kz. …`)."""

from __future__ import annotations

from typing import Final
from urllib.parse import urlsplit

from citekit._text import host_folded
from citekit.citations.names import is_organisation
from citekit.citations.news_outlets import news_outlet
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.bylines import outlets
from citekit.citations.tagger.sites import spells_host
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.type_cues import has_cue

__all__ = ["agency_in_address", "outlet_opens_title"]

_MAX_TOKENS: Final = 8  # tokens of an outlet's name at most
_AGENCY_TOKENS: Final = 3  # tokens of an agency's name its address spells (`Report.az`), at most
# runs of a book's or a report's imprint or a periodical's numbers: no agency's item has them
_PRINTED: Final = frozenset({"publisher", "publisher-place", "volume", "issue"})
_OPENERS: Final = frozenset({"title", "author"})


def outlet_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an outlet's name and its period (or colon) cut from the head of the title
    run that opens the note, as the host, when the note names no host and no author."""
    j = next((j for j, run in enumerate(found) if run[0] != OTHER), None)
    if j is None or found[j][0] != "title":
        return found
    if any(run[0] in ("container-title", "author") for run in found):
        return found
    _, a, b = found[j]
    for k in range(a + 1, min(b - 1, a + _MAX_TOKENS + 1)):
        mark = tokens[k]
        if mark.text not in ".:" or mark.start != tokens[k - 1].end:
            continue
        if tokens[k + 1].start == mark.end:
            continue  # `Lenta.ru`: a period inside the name
        if written_text(tokens, a, k).casefold() not in outlets():
            return found
        return [
            *found[:j],
            ("container-title", a, k),
            (OTHER, k, k + 1),
            ("title", k + 1, b),
            *found[j + 1 :],
        ]
    return found


def _spelled(name: str, url: str) -> bool:
    """Whether an agency's name spells the address's host, or is the host written whole as a
    domain (`Report.az`, `24.kz`)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    return spells_host(name, url) or (
        "." in name and host_folded(name) == host_folded(host.removeprefix("www."))
    )


def agency_in_address(
    tokens: list[Token], text: str, found: list[Run], url: str | None
) -> list[Run]:
    """`found` with a short name closed by its period that opens the note (read as the title,
    an author or anything else) as the host when the note's address spells it, a capitalised
    headline follows and the note has no imprint; the headline is the title (an author's run
    and the title run after its comma joined: `Trend. Azerbaijan, Turkmenistan discuss …`)."""
    if not url or any(run[0] == "container-title" or run[0] in _PRINTED for run in found):
        return found
    if not found or found[0][0] == OTHER or len(tokens) < _AGENCY_TOKENS:
        return found
    k = next(
        (k for k in range(1, min(_AGENCY_TOKENS + 1, len(tokens))) if _closes(tokens, k)), None
    )
    if k is None or not tokens[k + 1].text[:1].isupper():
        return found
    label, _, b = found[0]
    if b < k or (label not in _OPENERS and b != k):
        return found
    name = text[: tokens[k - 1].end]
    if not _spelled(name, url):
        return found
    if is_organisation(name) and not has_cue("newspaper", name) and not news_outlet(name):
        return found  # `Türkmenistanyň Medeniýet ministrligi.`: a body writing, its author
    if b > k + 1:  # the name and the headline in one run
        end, rest = b, 1
    elif len(found) > 2 and found[1][2] == k + 1 and found[2][0] == "title":
        end, rest = found[2][2], 3
    else:
        return found
    if label == "author" and rest + 1 < len(found) and found[rest + 1][0] == "title":
        between = tokens[found[rest][1] : found[rest][2]]
        if [t.text for t in between] == [","]:  # `Trend. Azerbaijan, Turkmenistan …`
            end, rest = found[rest + 1][2], rest + 2
    return [("container-title", 0, k), (OTHER, k, k + 1), ("title", k + 1, end), *found[rest:]]


def _closes(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a period that closes the word before it and stands before a
    space (`Report.az.`: not the period inside the name)."""
    mark = tokens[k]
    return (
        mark.text == "."
        and mark.start == tokens[k - 1].end
        and k + 1 < len(tokens)
        and tokens[k + 1].start > mark.end
    )
