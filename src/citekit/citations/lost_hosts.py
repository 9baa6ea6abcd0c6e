"""The type of a part whose host went unnamed in its fields: what the rest of the note holds
still tells an edited book from a serial, whichever role the tagger gave the host's name.

- An edited book's part: an editor, a word opening a host outside the part's title (`In:`,
  `İçinde:`, `В кн.:`, GOST's `//`) and the pages of the part, with no issue or DOI, is a
  chapter, its book's title lost or not (`X. Title. In: Y. (ed.) Book. Leiden: Brill, 2003.
  P. 1–10`; `In R. Smith (Ed.), Book (Vol. 2, pp. 101–130). Routledge.`).
- GOST's host: `//` joins a part to its host, so a note with `//` and no host read names its
  host right after it, up to the next element (`. –`, ` / `, a year, a number): the part of a
  serial, a paper, proceedings or a book still, whichever field took the host's name
  (`Ремнев А. Title // Вестник Омского университета. 2008. № 3.`).
- A serial read as a house: a publishing house prints no numbered issues, so a name read as
  the publisher, with an issue and a part's pages and no place, extent or editor, is a
  periodical's (`Annaýewa G. Title. Miras, 2018, № 2, 45–52 s.`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations._words import EdgedPattern, literal_alternation
from citekit.citations.type_cues import RANGE
from citekit.languages import shipped_words

__all__ = ["gost_host", "unnamed_book_part", "unnamed_serial"]


def _part_pages(fields: Mapping[str, object]) -> bool:
    """Whether the note cites a range of pages and no whole's extent."""
    page = str(fields.get("page") or "")
    return RANGE.search(page) is not None and not fields.get("number-of-pages")


def unnamed_book_part(fields: Mapping[str, object], text: str, title: str) -> bool:
    """Whether a note with no host's title is a part of an edited book (the module's doc)."""
    if fields.get("container-title") or not fields.get("editor"):
        return False
    if any(fields.get(k) for k in ("issue", "DOI")) or not _part_pages(fields):
        return False
    rest = text.replace(title, " ") if title else text
    return _host_opener().search(rest.replace("://", " ")) is not None


@functools.cache
def _host_opener() -> EdgedPattern:
    """The `in` words as written, case and all (`In:`, `İçinde`, `В кн.`, `//`): the English
    preposition inside a name (`Studies in the History of …`) opens no host."""
    words = sorted(shipped_words("in_"), key=len, reverse=True)
    return EdgedPattern(rf"(?:{literal_alternation(words)})(?!\w)" if words else "(?!)")


def unnamed_serial(fields: Mapping[str, object]) -> bool:
    """Whether a note's publisher is a serial's name, cited by its issue (the module's doc)."""
    if fields.get("container-title") or not (fields.get("publisher") and fields.get("issue")):
        return False
    if any(fields.get(k) for k in ("publisher-place", "editor", "ISBN", "edition")):
        return False
    return _part_pages(fields)


_SLASHES: Final = re.compile(r"(?<![:/])//(?!/)")  # GOST's `//`, no address's
# the host's name ends at the next element: a dash, a slash, a stop or a comma before a number,
# `№`, an address or a dash, the imprint's place, or the note's end
_HOST_END: Final = re.compile(
    r"\s[–—-]\s|\s/\s|[.,;:]\s*(?=\d|№|URL|https?:|[–—])|\.$|\s\(\d"
    r"|\.\s+(?=[^\W\d_][\w.-]*(?:,\s*\d|\s*:\s))"  # `. Aşgabat, 2019`, `. М.: Наука`: the imprint
)
_ADDRESS: Final = re.compile(r"(?:https?:|www\.|URL\b)", re.IGNORECASE)
_HOSTED: Final = ("container-title", "collection-title")


def gost_host(fields: Mapping[str, object], text: str) -> dict[str, object] | None:
    """`fields` with the host named after GOST's `//` when no host was read (the module's
    doc), the host's name taken off the title or the publisher that held it; None when the
    note has a host or no `//`."""
    if any(fields.get(k) for k in _HOSTED) or (found := _SLASHES.search(text)) is None:
        return None
    after = text[found.end() :].lstrip()
    end = _HOST_END.search(after)
    host = (after[: end.start()] if end else after).strip(" .,;:")
    if len(host) < 2 or _ADDRESS.match(host) or not any(c.isalpha() for c in host):
        return None
    recovered: dict[str, object] = {**fields, "container-title": host}
    title = str(fields.get("title") or "")
    if host in title and (kept := title[: title.find(host)].strip(" /.,;:")):
        recovered["title"] = kept
    publisher = str(fields.get("publisher") or "")
    if publisher and (publisher in host or host in publisher):
        del recovered["publisher"]
    return recovered
