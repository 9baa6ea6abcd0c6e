"""The type of a part whose host went unnamed in its fields: what the rest of the note holds
still tells an edited book from a serial, whichever role the tagger gave the host's name.

- An edited book's part: an editor or an imprint, a word opening a host outside the part's
  title (`In:`, `İçinde:`, `… içinde`, `В кн.:`, GOST's `//`) and the pages of the part, with
  no issue or DOI, is a chapter, its book's title lost or not (`X. Title. In: Y. (ed.) Book.
  Leiden: Brill, 2003. P. 1–10`; `In R. Smith (Ed.), Book (Vol. 2, pp. 101–130). Routledge.`).
- GOST's host: `//` joins a part to its host, so a note with `//` and no host read names its
  host right after it, up to the next element (`. –`, ` / `, a year, a number): the part of a
  serial, a paper, proceedings or a book still, whichever field took the host's name
  (`Ремнев А. Title // Вестник Омского университета. 2008. № 3.`); after a whole's own
  imprint (its house, extent or ISBN) `//` names the platform it is read on, no host.
- A quoted part's host: quotation marks close a part's title, so a title read past its closing
  quote holds the host's name after it (`“Hive Hanlığı”, Bilig, S. 63` read as one title).
- A periodical read as a house: a book is dated by its year, so a name read as the publisher
  of what is dated to the day, with no place, extent, ISBN, edition or address, is the host's
  (`“Anayasa tartışmaları”, Milliyet, 12 Ekim 2007, s. 18.`).
- A host read as a house by its own word: a name with a journal's, a paper's, a conference's
  or an encyclopedia's word (`Dergisi`, `Journal`, `газета`, `Proceedings`, `Kongresi
  Bildirileri`, `Wikipedia`) names a periodical, proceedings or a reference work, no
  publishing house, when no place, extent, ISBN or edition makes it an imprint and no house's
  word is in it (`Academic Studies Press`) — a meeting's or a reference work's even beside a
  place, when a part's pages are cited; so does the name of what was read online, an
  access date and no address given (`"Hakkımızda". Türk Dil Kurumu. Erişim tarihi: …`).
- A house read as a host: the imprint's `Place: Name` (`Київ: Наукова думка`, `Pittsburgh:
  University of Pittsburgh Press`) names a publisher, never a host, so a host read there
  with no publisher read, no journal's word and no volume or issue, is the publisher.
- A serial read as a house: a publishing house prints no numbered issues, so a name read as
  the publisher, with an issue (or a volume, no house's word in the name) and a part's pages
  and no place, extent or editor, is a periodical's (`Annaýewa G. Title. Miras, 2018, № 2,
  45–52 s.`; `“Türk Töresi”, Bilig, 12 (2000): 1-30`); so is one whose place follows it,
  ABNT's journal, when an issue is cited and the place is followed by a one-letter label and
  the first number (`Journal, Ankara, v. 15, n. 58, p. 77-96, 2018`), the name having no
  house's word. A host's name closing on a listed city after a comma holds its place (ABNT's
  `Eurasianet, New York, 15 out. 2019`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations._words import EdgedPattern, literal_alternation
from citekit.citations.place_names import place_names
from citekit.citations.type_cues import RANGE, has_cue
from citekit.citations.written_near import written_after
from citekit.languages import shipped_words

__all__ = [
    "dated_house",
    "gost_host",
    "host_place",
    "imprint_host",
    "placed_serial",
    "quoted_host",
    "read_host",
    "unnamed_book_part",
    "unnamed_serial",
    "worded_house",
]


def _part_pages(fields: Mapping[str, object]) -> bool:
    """Whether the note cites a range of pages and no whole's extent."""
    page = str(fields.get("page") or "")
    return RANGE.search(page) is not None and not fields.get("number-of-pages")


def unnamed_book_part(fields: Mapping[str, object], text: str, title: str) -> bool:
    """Whether a note with no host's title is a part of an edited book (the module's doc)."""
    imprint = fields.get("publisher") or fields.get("publisher-place")
    if fields.get("container-title") or not (fields.get("editor") or imprint):
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


def unnamed_serial(fields: Mapping[str, object], text: str = "") -> bool:
    """Whether a note's publisher is a serial's name, cited by its issue (the module's doc)."""
    publisher = fields.get("publisher")
    if fields.get("container-title") or not isinstance(publisher, str):
        return False
    if any(fields.get(k) for k in ("editor", "ISBN", "edition")):
        return False
    place = fields.get("publisher-place")
    number = str(fields.get("volume") or fields.get("issue") or "")  # the first after the place
    if place and not (fields.get("issue") and _place_after(publisher, str(place), number, text)):
        return False  # … a book's volume is no serial's: an issue after its place is
    if place and has_cue("publisher", publisher):
        return False  # `Nobel Yayınları, Ankara, no. 12`: a house's own word
    # a volume alone, in a name with no house's word
    volume_only = not fields.get("issue")
    if volume_only and (not fields.get("volume") or has_cue("publisher", publisher)):
        return False
    return _part_pages(fields)


def placed_serial(fields: Mapping[str, object], text: str) -> dict[str, object] | None:
    """`fields` with a serial's name read as the publisher, its place after it, read as the host
    (ABNT's `Title. Journal, Ankara, v. 15, n. 58, p. 77-96, 2018.`); None otherwise."""
    publisher = fields.get("publisher")
    if not (isinstance(publisher, str) and fields.get("publisher-place")):
        return None
    return _as_host(fields, publisher) if unnamed_serial(fields, text) else None


def host_place(fields: Mapping[str, object]) -> dict[str, object] | None:
    """`fields` with a listed city closing the host's name after a comma read as the host's
    place (ABNT's `Eurasianet, New York, 15 out. 2019`, `Vestnik …, Алматы, т. 89`), when no
    place was read; None otherwise."""
    host = fields.get("container-title")
    if not isinstance(host, str) or fields.get("publisher-place") or ", " not in host:
        return None
    name, _, place = host.rpartition(", ")
    if not name or place.casefold() not in place_names():
        return None
    return {**fields, "container-title": name, "publisher-place": place}


def _place_after(name: str, place: str, number: str, text: str) -> bool:
    """Whether the place follows the name, a comma between, and a label with the serial's
    number right after them: a serial's place (ABNT's `Journal, Ankara, v. 15, n. 58`), where
    an imprint writes `Place: House` or `House, Place, 2015` (`Cilt 2, Kurum, Ankara, 2015`,
    `I.B. Tauris, London, 2000, vol. 12`)."""
    found = re.search(rf"{re.escape(name)}\s*,\s*{re.escape(place)}\s*,", text)
    if found is None:
        return False
    # … its label and number right after the place (`v. 15`, `n. 58`), no year between
    labelled = rf"\s*[^\W\d_]\.\s*{re.escape(number)}\b"  # ABNT's `v. 15`, `n. 58`
    return re.match(labelled, text[found.end() :]) is not None


_SLASHES: Final = re.compile(r"(?<![:/])//(?!/)")  # GOST's `//`, no address's
# the host's name ends at the next element: a dash, a slash, a stop or a comma before a number,
# `№`, an address or a dash, the imprint's place, or the note's end
_HOST_END: Final = re.compile(
    r"\s[–—-]\s|\s/\s|[.,;:]\s*(?=\d|№|URL|https?:|[–—])|\.$|\s\(\d"
    r"|\.\s+(?=[^\W\d_][\w.-]*(?:,\s*\d|\s*:\s))"  # `. Aşgabat, 2019`, `. М.: Наука`: the imprint
)
_ADDRESS: Final = re.compile(r"(?:https?:|www\.|URL\b)", re.IGNORECASE)
_HOSTED: Final = ("container-title", "collection-title")


def _imprint_before(fields: Mapping[str, object], text: str, slashes: re.Match[str]) -> bool:
    """Whether the publisher read stands before the `//`: the whole's own imprint."""
    publisher = fields.get("publisher")
    return isinstance(publisher, str) and 0 <= text.find(publisher) < slashes.start()


def gost_host(fields: Mapping[str, object], text: str) -> dict[str, object] | None:
    """`fields` with the host named after GOST's `//` when no host was read (the module's
    doc), the host's name taken off the title or the publisher that held it; None when the
    note has a host or no `//`."""
    if any(fields.get(k) for k in _HOSTED) or (found := _SLASHES.search(text)) is None:
        return None
    if fields.get("number-of-pages") or fields.get("ISBN") or _imprint_before(fields, text, found):
        return None  # `… 312 с. – Текст : электронный // Платформа [сайт]`: a whole's platform
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


_IMPRINT: Final = ("publisher-place", "number-of-pages", "ISBN", "edition", "editor")


def dated_house(fields: Mapping[str, object]) -> dict[str, object] | None:
    """`fields` with a publisher dated to the day read as the host (the module's doc); None
    when the note has a host, an imprint or no day."""
    publisher = fields.get("publisher")
    if not publisher or any(fields.get(k) for k in (*_HOSTED, *_IMPRINT, "URL")):
        return None
    if getattr(fields.get("issued"), "day", None) is None:
        return None
    recovered = {k: v for k, v in fields.items() if k != "publisher"}
    recovered["container-title"] = publisher
    return recovered


_HOST_WORDS: Final = ("journal", "newspaper", "conference", "encyclopedia")


def worded_house(fields: Mapping[str, object]) -> dict[str, object] | None:
    """`fields` with a publisher named by a periodical's or a conference's word read as the
    host (the module's doc); None when the note has a host or no such publisher."""
    publisher = fields.get("publisher")
    if not isinstance(publisher, str) or any(fields.get(k) for k in _HOSTED):
        return None
    if has_cue("publisher", publisher):  # a house's own word (`Academic Studies Press`)
        return None
    if any(fields.get(k) for k in _IMPRINT):
        # a place is a meeting's or a reference work's too, when a part's pages are cited
        # (`…, Sempozyumu Bildiri Kitabı, Ankara, 2016, s. 233-241`; `…, İslâm Ansiklopedisi,
        # C. 25, Ankara 2002, s. 450-458`)
        placed = any(fields.get(k) for k in _IMPRINT if k != "publisher-place")
        if placed or not _part_pages(fields):
            return None
        return _as_host(fields, publisher) if _named_part_host(publisher) else None
    # … or the site of a page read online (`"Hakkımızda". Türk Dil Kurumu. Erişim tarihi: …`)
    read_online = fields.get("accessed") and not fields.get("URL")
    if not (read_online or any(has_cue(key, publisher) for key in _HOST_WORDS)):
        return None
    return _as_host(fields, publisher)


def _named_part_host(name: str) -> bool:
    """Whether a name is a meeting's proceedings' or a reference work's by its words."""
    return has_cue("conference", name) or has_cue("encyclopedia", name)


def _as_host(fields: Mapping[str, object], publisher: str) -> dict[str, object]:
    recovered = {k: v for k, v in fields.items() if k != "publisher"}
    recovered["container-title"] = publisher
    return recovered


def imprint_host(fields: Mapping[str, object], text: str) -> dict[str, object] | None:
    """`fields` with a host read after its place and a colon read as the publisher (the
    module's doc); None when a publisher was read or the host follows no place."""
    container, place = fields.get("container-title"), fields.get("publisher-place")
    if not (isinstance(container, str) and isinstance(place, str)) or fields.get("publisher"):
        return None
    if any(fields.get(k) for k in ("volume", "issue", "DOI")) or has_cue("journal", container):
        return None  # `Angelaki: Journal of the Theoretical Humanities 21 (12)`: a serial's
    if not written_after(text, place, ":", container):
        return None
    recovered = {k: v for k, v in fields.items() if k != "container-title"}
    recovered["publisher"] = container
    return recovered


_QUOTED: Final = re.compile(r"[“«\"„]([^”»\"“«„]{3,}?)[”»\"“]")  # a title in quotation marks


def quoted_host(fields: Mapping[str, object], text: str) -> dict[str, object] | None:
    """`fields` with a title read past its closing quote cut there, the rest its host (the
    module's doc); None when a host was read or no quoted title opens the title read."""
    title = fields.get("title")
    if not isinstance(title, str) or any(fields.get(k) for k in _HOSTED):
        return None
    for found in _QUOTED.finditer(text):
        part = found.group(1).strip(" .,;:")
        if len(part) < 3 or not title.startswith(part):
            continue
        host = title[len(part) :].strip(' .,;:”»"')
        rest = text[found.end() :]
        after = rest.lstrip(" .,;:")
        # a mark closes the part: `“Title”, Host`, `“Title.” Host`
        closed = rest.lstrip()[:1] in ",.;:" or found.group(1).rstrip()[-1:] in ",.;:"
        if len(host) < 2 or not (closed and after.startswith(host)):
            return None
        if not any(c.isalpha() for c in host):
            return None
        return {**fields, "title": part, "container-title": host}
    return None


def read_host(fields: Mapping[str, object], text: str) -> Mapping[str, object]:
    """`fields` with the host read where the tagger gave its name another role or none (GOST's
    `//`, a quoted part's, a day's or a periodical's word's house; a house read as a host),
    else `fields` as they are."""
    lost = gost_host(fields, text) or quoted_host(fields, text)
    lost = lost or dated_house(fields) or worded_house(fields) or placed_serial(fields, text)
    return lost or imprint_host(fields, text) or fields
