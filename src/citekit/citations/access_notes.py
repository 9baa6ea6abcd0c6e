"""GOST's note on how the work was reached (`Доступ из справ.-правовой системы
«КонсультантПлюс»`, `Доступ из СПС «Гарант»`, `[words] access_note`): an element after the
whole description that names the database a law or a ruling was read in. It is none of the
work's fields (no title, no host, no publisher), and read as words among them it draws the
tagger's other labels astray; the note is read with it blanked, its offsets kept. The
database it names in quotes is where the work was found, as a site is a page's: the record's
host when the note names no other (`access_database`). So is GOST's note on where the title
was read (`– Загл. с экрана.`, `[words] title_source`): a cataloguing note, blanked the same
way."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.languages import shipped_words

__all__ = ["access_database", "without_access_note"]

_REACH: Final = 120  # characters of an access note at most


@functools.cache
def _openers() -> tuple[str, ...]:
    """The `[words] access_note` openers of every shipped language."""
    return tuple(shipped_words("access_note"))


@functools.cache
def _pattern() -> re.Pattern[str] | None:
    """The access notes as written: an opener, then its words up to the quoted database's
    closing quote (a period after it), or up to the sentence's end."""
    openers = sorted(shipped_words("access_note"), key=len, reverse=True)
    if not openers:
        return None
    head = "|".join(re.escape(w) for w in openers)
    return re.compile(
        rf"(?<!\w)(?:{head})\s[^«\"“]{{0,{_REACH}}}?(?:«(?P<q>[^»]{{1,{_REACH}}})»|[\"“](?P<r>[^\"”]{{1,{_REACH}}})[\"”])"
        rf"|(?<!\w)(?:{head})\s[^.«\"“]{{1,{_REACH}}}(?=\.(?:\s|$)|$)"
    )


@functools.cache
def _title_sources() -> tuple[str, ...]:
    """The `[words] title_source` notes of every shipped language (`Загл. с экрана`)."""
    return tuple(sorted(shipped_words("title_source"), key=len, reverse=True))


@functools.cache
def _title_source_pattern() -> re.Pattern[str]:
    notes = "|".join(re.escape(n) for n in _title_sources()) or "(?!)"
    return re.compile(rf"(?<=[.–—-] )(?:{notes})(?=\s*(?:[.;(]|$))")


def without_access_note(text: str) -> str:
    """`text` with its access notes and its notes on the title's source blanked (each
    character a space), or `text` itself."""
    if any(note in text for note in _title_sources()):
        # a note of its own: after the description's dash or period, before its own period
        # (`… – Загл. с экрана.`; not `Title from screen to page`, a title's words)
        text = _title_source_pattern().sub(lambda m: " " * len(m.group(0)), text)
    pattern = _pattern()
    if pattern is None or not any(w in text for w in _openers()):
        return text  # no opener's words (most notes)
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def access_database(text: str) -> str | None:
    """The quoted database a GOST access note names (`Доступ из справ.-правовой системы
    «КонсультантПлюс»`: `КонсультантПлюс`), or None."""
    pattern = _pattern()
    if pattern is None or not any(w in text for w in _openers()):
        return None
    found = pattern.search(text)
    if found is None:
        return None
    return found.group("q") or found.group("r")
