"""Notes that repeat the source before without an ibid word: a note of only a page (`С. 47.`,
`S. 45.`, `p. 52`) and a "same author" word with only a page (`Idem, p. 48.`); and the page of
an ibid that names another volume of the work (`Ibid., vol. 2, 113.`)."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation, patterns
from citekit.languages import shipped_words

__all__ = ["page_after_volume", "page_alone", "repeats_before"]

_MAX_CHARS: Final = 40  # a page alone, or a "same author" word and a page, is short
_PAGE: Final = r"\d+(?:\s*[-–—]\s*\d+)?"
_BARE: Final = re.compile(_PAGE + r"\s*\.?")  # `Idem, 47.`: the page's number alone


@functools.cache
def _page_only() -> re.Pattern[str]:
    """A page word of the language files (its first letter in either case) and its number,
    before it (`С. 47`, `Sah. 14`) or after it (`47-б.`, `23 s.`), and nothing else."""
    plain = {w.rstrip(".") for w in shipped_words("page")}
    words = sorted(plain | {w[:1].upper() + w[1:] for w in plain}, key=len, reverse=True)
    alternation = literal_alternation(words)
    return re.compile(
        rf"(?:(?:{alternation})\.?\s*(?P<page>{_PAGE})"
        rf"|(?P<before>{_PAGE})\s*-?\s*(?:{alternation})(?!\w))\s*\.?"
    )


@functools.cache
def _volume_first() -> re.Pattern[str]:
    """A volume word of the language files and its number, then a comma or period; the
    number, its hyphen and a word written after a volume's number (`[words] volume_after`:
    Kazakh `Сонда. 3-т. 74-б.`), then a comma, period or dash; or a volume in Roman numerals
    alone before its comma and the page (`a.g.e., XI, 214.`)."""
    words = sorted({w.rstrip(".") for w in shipped_words("volume")}, key=len, reverse=True)
    alternation = literal_alternation(words)
    after = sorted({w.rstrip(".") for w in shipped_words("volume_after")}, key=len, reverse=True)
    suffixed = literal_alternation(after) or "(?!)"
    return re.compile(
        rf"[\s.,:–—-]*(?:(?:{alternation})\.?\s*(?P<volume>\d+|[IVXLC]+)\s*[,.]\s*"
        rf"|(?P<after>\d+)\s?-\s?(?:{suffixed})(?!\w)\.?\s*[,.–—-]*\s*"
        r"|(?P<roman>[IVXLC]{1,6}),\s*(?=\d))"
    )


def repeats_before(text: str) -> bool:
    """Whether a note is only a page (`С. 47.`) or a "same author" word and a page (`Idem,
    p. 48.`): it repeats the source cited last, as an ibid does."""
    if len(text) > _MAX_CHARS or not text[:1].isalnum():
        return False
    if _page_only().fullmatch(text) is not None:
        return True
    same = patterns().idem.match(text)
    rest = text[same.end() :].lstrip(" ,.:") if same is not None else ""
    return same is not None and bool(_page_only().fullmatch(rest) or _BARE.fullmatch(rest))


def page_after_volume(rest: str) -> str | None:
    """The text after a volume and its number that opens an ibid's rest (`, vol. 2, 113.` ->
    `113.`), None when it opens with no volume."""
    found = _volume_first().match(rest)
    return rest[found.end() :] if found is not None else None


def volume_first(rest: str) -> str | None:
    """The volume that opens an ibid's or op. cit.'s rest (`, vol. 2, 113.`, `. Т. 36. С. 47.`,
    `, C. II, s. 77.`, Chicago's `, 41:166.`), or None."""
    found = _volume_first().match(rest)
    if found is not None:
        return found.group("volume") or found.group("after") or found.group("roman")
    found = _VOLUME_COLON_PAGE.match(rest) or _VOLUME_SLASH_PAGE.match(rest)
    return found.group("volume") if found is not None else None


def page_after_colon(rest: str) -> str | None:
    """The page after a volume and its colon or slash that opens an ibid's rest (`, 41:166.`,
    İSNAD's `, 2/115.`)."""
    found = _VOLUME_COLON_PAGE.match(rest) or _VOLUME_SLASH_PAGE.match(rest)
    return found.group("page") if found is not None else None


# Chicago's volume and page after an ibid: `Ibid., 41:166.`
_VOLUME_COLON_PAGE: Final = re.compile(
    r"[\s.,]*(?P<volume>\d{1,3}):\s?(?P<page>\d+(?:\s?[-–]\s?\d+)?)\.?(?:\s|$)"
)
# İSNAD's volume and page after an ibid, the whole rest: `Aynı eser, 2/115.` (a year after the
# slash is no pinpoint, `5/2021`; nor an archive's file and folder, `345/12`, nor `12/05`)
_VOLUME_SLASH_PAGE: Final = re.compile(
    r"[\s.,]*(?P<volume>[1-9]\d?)/(?P<page>[1-9]\d{0,2}(?:\s?[-–]\s?\d{1,4})?)\.?\s*$"
)


def page_alone(text: str) -> str | None:
    """The page of a note that is only a page (`Бет 46.` -> `46`), None for any other."""
    found = _page_only().fullmatch(text.strip()) if len(text) <= _MAX_CHARS else None
    return (found.group("page") or found.group("before")) if found is not None else None
