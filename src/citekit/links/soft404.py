"""Soft 404s and bot walls: pages that answer 200 or 403 but do not say what the status says.

A soft 404 is a page that answers 200 but tells the reader the page is gone ("Sayfa bulunamadı",
"Страница не найдена", "Sahypa tapylmady"…), or a redirect of a deep link to the site's home
page. The phrases are language data (``[words] not_found`` in each language file); only the
title, the headings and short pages are read, so an article that merely mentions "page not found"
is not taken for one. A robot check's words ("Checking your browser", "Проверка браузера") are
language data too (``[words] bot_wall``). Both read the shipped languages, or those given.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

import httpx

from citekit._text import fold
from citekit.languages import Language, available_languages, language

__all__ = ["is_bot_wall", "is_home_redirect", "not_found_phrase"]

_TITLE = re.compile(rb"<title[^>]*>([^<]{0,500})", re.IGNORECASE)
_HEADING = re.compile(rb"<h[12][^>]*>([^<]{0,500})", re.IGNORECASE)
_ERROR_TITLE = re.compile(r"^\W*404\b|\b404\W*$")
_TAG = re.compile(rb"<[^>]{0,2000}>")
_SCRIPT = re.compile(rb"<(script|style)\b[^>]{0,2000}>.{0,200000}?</\1\s*>", re.IGNORECASE | re.S)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}charset=["']?([A-Za-z0-9_-]{1,40})""", re.IGNORECASE)
_SHORT_PAGE = 2000  # visible characters; a longer page must say it in its title or headings
_HOME_PATHS = frozenset(
    {"", "/", "/index.html", "/index.php", "/index.htm", "/home", "/default.aspx"}
)


def _longest_first(phrases: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({fold(p) for p in phrases}, key=len, reverse=True))


@functools.cache
def _phrases() -> tuple[str, ...]:
    return _longest_first(p for c in available_languages() for p in language(c).words.not_found)


@functools.cache
def _bot_wall_words() -> tuple[str, ...]:
    return _longest_first(p for c in available_languages() for p in language(c).words.bot_wall)


def _encoding(body: bytes, declared: str | None) -> str:
    """The page's encoding: the HTTP header's, else its <meta charset>, else UTF-8."""
    match = _CHARSET.search(body[:4096])
    for candidate in (declared, match.group(1).decode("ascii") if match else None):
        if candidate:
            try:
                return codecs.lookup(candidate).name
            except LookupError:
                continue
    return "utf-8"


def _find(text: str, phrases: tuple[str, ...]) -> str | None:
    folded = fold.__wrapped__(" ".join(text.split()))  # page text: not worth caching
    return next((p for p in phrases if p in folded), None)


def not_found_phrase(
    body: bytes, encoding: str | None = None, *, languages: Iterable[Language] | None = None
) -> str | None:
    """The "page not found" phrase an HTML page shows in its title, headings or short text,
    in the shipped languages or the `languages` given."""
    phrases = (
        _phrases()
        if languages is None
        else _longest_first(p for lang in languages for p in lang.words.not_found)
    )
    encoding = _encoding(body, encoding)
    parts = [m.group(1) for m in _TITLE.finditer(body, 0, 8192)]
    parts += [m.group(1) for m in _HEADING.finditer(body)][:5]
    for part in parts:
        text = part.decode(encoding, errors="replace")
        if _find(text, phrases) or _ERROR_TITLE.search(text):
            return " ".join(text.split())[:80]
    visible = _TAG.sub(b" ", _SCRIPT.sub(b" ", body))
    text = visible.decode(encoding, errors="replace")
    # the letters alone already make most pages long: no need to normalise their spaces
    letters = len(text) - sum(text.count(c) for c in " \n\t\r")
    if letters <= _SHORT_PAGE and len(" ".join(text.split())) <= _SHORT_PAGE:
        found = _find(text, phrases)
        if found:
            return found
    return None


def is_home_redirect(original: str, final: str) -> bool:
    """Whether a redirect took a deep link to the site's home page (a soft 404)."""
    start, end = urlsplit(original), urlsplit(final)
    if start.path.rstrip("/") in ("", "/index.html", "/index.php") and not start.query:
        return False
    end_path = end.path.lower()
    if end_path in _HOME_PATHS:
        return True
    # a language home such as /tr/ or /ru/index.html
    parts = [p for p in end_path.split("/") if p]
    return len(parts) == 1 and len(parts[0]) == 2 and end.path.endswith("/")


def is_bot_wall(
    response: httpx.Response, body: bytes, *, languages: Iterable[Language] | None = None
) -> bool:
    """Whether a refusal is a robot check (Cloudflare and the like) rather than a verdict;
    its words are those of the shipped languages or of the `languages` given."""
    if response.headers.get("cf-mitigated") == "challenge":
        return True
    server = response.headers.get("server", "").lower()
    if "cloudflare" in server or "ddos-guard" in server or "akamai" in server:
        return True
    encoding = _encoding(body, response.charset_encoding)
    head = fold.__wrapped__(body[:4096].decode(encoding, errors="replace"))
    words = (
        _bot_wall_words()
        if languages is None
        else _longest_first(w for lang in languages for w in lang.words.bot_wall)
    )
    return any(word in head for word in words)
