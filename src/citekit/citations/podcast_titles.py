"""A podcast's episode titled after its series: the title's head before its first colon is
the programme's name, closed by a podcast's word (`Majlis Podcast: Where Is Uzbekistan
Heading?`, `Talking Central Asia Podcast: …`; the language files' `[types] podcast`). The
work is an episode aired, a broadcast, whichever outlet carries it (`RFE/RL`, `The
Diplomat`), unless a periodical's volume, issue or DOI prints it. So is an episode whose
host's name is followed by a podcast's word in brackets (`Sosyoloji Sohbetleri (Podcast), 15.
Bölüm`), unless a DOI or an ISBN prints it."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import casefold
from citekit.languages import shipped_type_words

__all__ = ["bracketed_podcast", "described_podcast", "podcast_episode"]

_PRINTS: Final = ("volume", "issue", "DOI", "page", "ISBN")
_RANGE: Final = re.compile(r"\d\s*[-–—]\s*\d")  # a printed article's pages
_BOUND: Final = ("volume", "DOI", "page", "ISBN")  # a printed work's numbers (no episode's)
_NUMBER_BRACKET: Final = 16  # characters of an episode's bracketed number at most
_HEAD_WORDS: Final = 6  # words of a programme's name at most


@functools.cache
def _podcast_words() -> frozenset[str]:
    return frozenset(casefold(w) for w in shipped_type_words("podcast"))


def podcast_episode(fields: Mapping[str, object]) -> bool:
    """Whether the title names a podcast's episode by its series (see the module's doc)."""
    title = fields.get("title")
    if not isinstance(title, str) or ":" not in title or any(fields.get(k) for k in _PRINTS):
        return False
    words = title.split(":", 1)[0].split()
    return 1 < len(words) <= _HEAD_WORDS and casefold(words[-1]) in _podcast_words()


def bracketed_podcast(fields: Mapping[str, object], text: str) -> bool:
    """Whether the note writes the host's name with a podcast's word in brackets after it
    (`Sosyoloji Sohbetleri (Podcast)`): an episode aired."""
    host = fields.get("container-title")
    if not isinstance(host, str) or not host or fields.get("DOI") or fields.get("ISBN"):
        return False
    if fields.get("volume") or _RANGE.search(str(fields.get("page") or "")):
        return False  # `Journal of Radio & Audio Media (podcast), 27(2), 45-60`: printed
    at = text.find(host)
    after = text[at + len(host) :].lstrip() if at >= 0 else ""
    if not after.startswith("("):
        return False
    inside = after[1 : after.find(")")] if ")" in after else ""
    return casefold(inside.strip()) in _podcast_words()


def described_podcast(fields: Mapping[str, object], text: str) -> bool:
    """Whether the title is described in brackets right after it as a podcast's episode (APA's
    `Title [Audio podcast episode]`, `Başlık [Podcast bölümü]`): an episode aired, whatever
    host and platform follow."""
    title = fields.get("title")
    if not isinstance(title, str) or not title or any(fields.get(k) for k in _BOUND):
        return False
    at = text.find(title)
    after = text[at + len(title) :].lstrip(" .") if at >= 0 else ""
    if after.startswith("(") and 0 < after.find(")") <= _NUMBER_BRACKET:
        after = after[after.find(")") + 1 :].lstrip()  # `(No. 47)`, `(Bölüm 12)`: its number
    if not after.startswith("[") or "]" not in after:
        return False
    inside = after[1 : after.find("]")]
    return any(casefold(word) in _podcast_words() for word in inside.split())
