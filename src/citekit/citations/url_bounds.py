"""Where a written address really ends, and which address is the item's: facts of how
addresses are copied into notes.

- An access label glued to the address (`…/page(erişim tarihi: 5.3.2021)`,
  `…/poslanie-2022Дата обращения: …`, `…/S0301421520301234,erişim: 5.4.2021`) is no part of
  it: where the address's tail opens an access label (`[words] accessed`) after a bracket, a
  comma, a change of script or a capital, the address ends there; so it ends at a dash glued
  between its last word and a date (`…/prezident—12.04.2022`), where no wiki title has one.
- An address wrapped at the end of a line or split by a stray space goes on after the break
  (`https://stat.gov.kz/official/ industry/61/statistic/7`, `…/article/⏎23456`): the piece
  after the break continues it when the address stopped where no address ends (after `/`,
  `-`, `_`, `=`, `&`, `?`) and the piece is made of an address's characters and reads as a
  path (a slash, a query, a file's extension, a number that is no year nor date, a word
  joined by `-` after a line break); a line break mid-word continues it only before a piece
  with a slash or a query, a stray space mid-word only before a piece that reads as a path
  (`…/country/turk menistan/overview`). So a scheme parted from
  its host by a space (`http:// www.…`) is the address's.
- A site's home page written beside a deep link on the same site (`Anadolu Ajansı
  (https://www.aa.com.tr), “…”, https://www.aa.com.tr/tr/dunya/…`) names the container; the
  deep link is the item's address.
"""

from __future__ import annotations

import re
from typing import Final

from citekit.citations._words import patterns

__all__ = ["continued_end", "detached_scheme", "item_address", "unglued"]

# where a glued label may open: after one of these, or where the script or the case changes
_BEFORE_LABEL: Final = frozenset("(,;[")
# what follows a label (`: 5.3.2021`, ` 12.01.2023`, `)`), never a path's `-`, `_` or `/`
_AFTER_LABEL: Final = frozenset(("", " ", ":", ")", "\n", "\u00a0", ",", "."))
# a dash glued to a date or a number after a word: a wiki's title writes its dashes between
# underscores (`Москва_—_Петушки`), numbers (`1998–99_FA_Cup`) or numerals (`XVIII–XIX`)
_GLUED_DASH: Final = re.compile(r"(?<![\d_])[—–](?=\d)")
# the characters no address ends with: it was cut at a break
_OPEN_ENDS: Final = frozenset("/-_=&?")
# a piece of an address after a break: an address's ASCII characters only
_PIECE: Final = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+")
_TRAILING: Final = ".,;:!?)]}'*"
_PATH_LIKE: Final = re.compile(r"[/?=&]|\.(?:s?html?|php|aspx?|pdf|jsp|docx?|xml)$")
_JOINED: Final = re.compile(r"[A-Za-z0-9][-_][A-Za-z0-9]")
_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")
_NUMBERS: Final = re.compile(r"[\d./\-]+")
_GAP: Final = re.compile(r"[ \t\u00a0]?\r?\n?[ \t\u00a0]?")
_DEEP: Final = 3  # slashes of an address with a path (`https://host/…`)


def unglued(text: str, start: int, url: str) -> str:
    """`url` (found at `start` of `text`) without an access label glued to its end."""
    if len(url) < 12:
        return url
    p = patterns()
    host = url.find("/", url.find("//") + 2 if "//" in url else 0)
    dash = _GLUED_DASH.search(url, max(host, 0))
    if host > 0 and dash is not None:
        return url[: dash.start()]  # `…/prezident—12.04.2022`: a dash is the note's
    for i in range(max(host, 1) + 1, len(url)):
        char, before = url[i], url[i - 1]
        if not char.isalpha():
            continue
        opens = (
            before in _BEFORE_LABEL
            or (char.isupper() and not before.isupper())
            or (before.isascii() and not char.isascii())
        )
        label = p.accessed.match(text[start + i : start + i + 40]) if opens else None
        if (
            label is not None
            and text[start + i + label.end() : start + i + label.end() + 1] in _AFTER_LABEL
        ):
            cut = url[:i]
            while cut and (cut[-1] in _BEFORE_LABEL or cut[-1] in "—–"):
                cut = cut[:-1]
            return cut
    return url


def continued_end(text: str, end: int, url: str) -> int | None:
    """Where the address `url` that the search stopped at `end` (before a space or a line
    break) really ends, when the piece after the break continues it; None when it does not."""
    gap = _GAP.match(text, end)
    if gap is None or gap.end() == end or gap.end() >= len(text):
        return None
    piece = _PIECE.match(text, gap.end())
    if piece is None:
        return None
    after = piece.end()
    if after < len(text) and not (text[after].isspace() or text[after] in '<>"“”«»'):
        return None  # the piece runs on into other letters: a word, not an address's part
    value = piece.group()
    while value and value[-1] in _TRAILING:
        value = value[:-1]
    if not value or value.lower().startswith(("http", "www.")) or _is_host(value):
        return None  # a second address
    newline = "\n" in gap.group()
    if (_NUMBERS.fullmatch(value) and not value.isdigit()) or _YEAR.fullmatch(value):
        return None  # a date or a year after the address (`…/ 12.03.2021`, `…/ 2021-03-05`)
    if url[-1] in _OPEN_ENDS:
        joins = (
            _PATH_LIKE.search(value) is not None
            or value.isdigit()
            or (newline and _JOINED.search(value) is not None)  # `report-⏎2020-final`
        )
    elif newline:
        joins = url[-1].isalnum() and re.search(r"[/?=&]", value) is not None
    else:  # a stray space mid-word (`…/country/turk menistan/overview`): a path goes on
        joins = (
            url[-1].isalnum() and url.count("/") >= _DEEP and _PATH_LIKE.search(value) is not None
        )
    return gap.end() + len(value) if joins else None


def _is_host(value: str) -> bool:
    """Whether `value` opens with a domain (`example.org/…`): an address of its own."""
    head = value.split("/", 1)[0]
    return "." in head and head.rsplit(".", 1)[1].isalpha() and "/" in value


_SCHEME: Final = re.compile(r"(?<![\w/])[hH][tT][tT][pP][sS]?://[ \t\u00a0]?\r?\n?[ \t\u00a0]?\Z")


def detached_scheme(text: str, start: int) -> int | None:
    """Where the scheme parted from the address at `start` by a space or a line break opens
    (`URL: http:// www.akorda.kz/…`), or None."""
    found = _SCHEME.search(text, max(0, start - 12), start)
    return found.start() if found is not None and found.end() == start else None


# a home page's path: none, or a language's or a section's short code (`/`, `/ru/`, `/tr`)
_HOME_PATH: Final = re.compile(r"/?(?:[a-z]{2,3}/?)?")


def _host_and_path(url: str) -> tuple[str, str]:
    """The host without `www.` and the path with its query of an address."""
    rest = url.split("://", 1)[1] if "://" in url else url
    host, _, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    return host, "/" + path if path or rest.endswith("/") else ""


def item_address(urls: list[str]) -> str | None:
    """The item's address of the addresses a citation writes, in order: the first, unless it is
    a site's home page and a later one goes deeper into the same site (`aa.com.tr` and
    `aa.com.tr/tr/dunya/2512345`, `tuik.gov.tr/` and `data.tuik.gov.tr/Bulten/…`)."""
    if not urls:
        return None
    host, path = _host_and_path(urls[0])
    if len(urls) == 1 or not _HOME_PATH.fullmatch(path):
        return urls[0]
    for other in urls[1:]:
        deeper, its_path = _host_and_path(other)
        same = deeper == host or deeper.endswith("." + host)
        if same and not _HOME_PATH.fullmatch(its_path):
            return other
    return urls[0]
