"""A software's or a data set's version (`(Version 2.1)`, `(R package version 1.1.4)`,
`(Sürüm 0.4.2)`, `. Version 4.3.1.`, `. – Версия 1.2.0.`): CSL's `version`, kept in the
record's `extra`, never words of the title, which the model may run on over it, nor text lost."""

from __future__ import annotations

import functools
import json
import re

from citekit.citations._words import literal_alternation
from citekit.languages import shipped_words

__all__ = ["version_extra", "version_of", "without_version"]


@functools.cache
def _pattern() -> re.Pattern[str]:
    words = sorted(shipped_words("version"), key=len, reverse=True)
    return re.compile(
        rf"(?:\((?P<inner>(?:{literal_alternation(words)})\s*(?P<a>v?\d[\w.\-]*))\)"
        rf"|[.,]\s*(?:[–—-]\s*)?(?P<outer>(?:{literal_alternation(words)})\s*(?P<b>v?\d[\w.\-]*?))"
        r"(?=[.,;]?(?:\s|$)))"
    )


def version_of(text: str) -> tuple[str, str] | None:
    """The version's phrase as written and its number, when `text` names one."""
    found = _pattern().search(text)
    if found is None:
        return None
    phrase = found.group("inner") or found.group("outer")
    return phrase, (found.group("a") or found.group("b")).rstrip(".")


def without_version(title: str | None) -> str | None:
    """`title` without a version the model read into its end (see the module's doc)."""
    if not title or (found := _pattern().search(title)) is None:
        return title
    rest = title[found.end() :].strip(" .,;–—-")
    return title[: found.start()].rstrip(" .,;–—-") if not rest else title


def version_extra(text: str) -> tuple[tuple[str, str], ...]:
    """`extra`'s entry for the version `text` names, if any."""
    found = version_of(text)
    return (("version", json.dumps(found[1])),) if found else ()
