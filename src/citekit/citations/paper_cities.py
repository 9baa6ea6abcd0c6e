"""A paper's city: a place in brackets right after a periodical's name (`Известия (Москва)`,
`The Times (London)`, `Milliyet (İstanbul)`, `// Огни Алатау (Талдыкорган). 1985. 14
сентября`), in a note that dates the work to its day.

A book's place opens its imprint (`М.: Наука, 1985`, `London: Penguin`) and a book is dated by
its year; a name followed by its city in brackets and a day's date is how every family tells
which paper of that name it cites (papers of one name appear in many cities). The place read
is then no book's imprint: the work is a paper's item or issue, whatever else the note lacks.
No publisher, extent, ISBN, edition or editor may stand beside it (those print a book).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.news_outlets import news_outlet
from citekit.citations.type_cues import day
from citekit.model import PartialDate

__all__ = ["issue_of_a_paper", "paper_read_as_author", "without_paper_city"]

_BOOKISH: Final = ("publisher", "number-of-pages", "ISBN", "edition", "editor")
_CLOSING: Final = "»”\"'"  # a quoted name's closing mark, before its bracket


def _names(fields: Mapping[str, object]) -> list[str]:
    """The names a paper's may be read as: the host, the title, an author written whole."""
    found = [str(fields.get(k) or "") for k in ("container-title", "title")]
    authors = fields.get("author")
    if isinstance(authors, tuple):
        found += [str(getattr(a, "literal", None) or "") for a in authors]
    return [name for name in found if name]


def _paper_city(fields: Mapping[str, object], text: str) -> bool:
    """Whether the place read stands in brackets right after a name the note dates to its
    day, no book's imprint beside it (see the module's doc)."""
    place = fields.get("publisher-place")
    if not isinstance(place, str) or not place or not day(fields.get("issued")):
        return False
    if any(fields.get(k) for k in _BOOKISH):
        return False
    bracketed = rf"[{_CLOSING}]?\s*\(\s*{re.escape(place)}\s*\)"
    return any(re.search(re.escape(name) + bracketed, text) for name in _names(fields))


def without_paper_city(fields: Mapping[str, object], text: str) -> Mapping[str, object]:
    """`fields` without a paper's city read as a book's place (the type rules' view)."""
    if not _paper_city(fields, text):
        return fields
    return {k: v for k, v in fields.items() if k != "publisher-place"}


def paper_read_as_author(fields: Mapping[str, object], text: str) -> str | None:
    """The paper's name read as the note's one author, written whole, when the note names
    no title nor host and the paper's city follows it (`Правда (Москва). 1937. 5 мая.`)."""
    authors = fields.get("author")
    if fields.get("title") or fields.get("container-title") or not isinstance(authors, tuple):
        return None
    literal = getattr(authors[0], "literal", None) if len(authors) == 1 else None
    return literal if isinstance(literal, str) and _paper_city(fields, text) else None


# … and no field a paper's issue leaves out (its page may be cited: `Akşam, 11 Kasım 1938, s. 3`,
# and its number: `«Казахстанская правда», 12 мая 2010 г., № 120`)
_NOT_A_PAPER: Final = ("author", "editor", "URL", "publisher", "publisher-place", "volume")
_PAPER_WORDS: Final = 4  # words of a paper's name at most (`Егемен Қазақстан`)


def _online(fields: Mapping[str, object], title: str) -> bool:
    """Whether a paper's issue may carry an address: a news outlet's own, or a scan of a
    printed issue, which its page tells (`Правда. 1941. 23 июня. № 171. С. 1. URL: …`)."""
    return bool(fields.get("page")) or news_outlet(title)


def issue_of_a_paper(
    fields: Mapping[str, object], title: str | None, container: str | None, text: str
) -> bool:
    """Whether a note names one issue of a paper by its name and day alone: no host, author,
    page or address beside the name (its city may follow it: `Коммерсантъ (Москва), …`); a news
    outlet's own address may (`Коммерсантъ. 2023. 7 июля. URL: …`), and a printed issue's
    scan (`_online`)."""
    issued = fields.get("issued")
    fields = without_paper_city(fields, text)
    # the issue's number beside a paper's name, a few words (`«Казахстанская правда», 12 мая
    # 2010 г., № 120`), not beside a document's long name (`Концепция …: утв. Указом … № 858`)
    numbered = fields.get("issue") and not (
        title and len(title.split()) <= _PAPER_WORDS and ":" not in title
    )
    return (
        title is not None
        and container is None
        and isinstance(issued, PartialDate)
        and issued.day is not None
        and not numbered
        and not any(fields.get(k) for k in _NOT_A_PAPER if k != "URL" or not _online(fields, title))
    )
