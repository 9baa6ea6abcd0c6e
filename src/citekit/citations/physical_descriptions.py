"""A non-book item's physical description closing its note (GOST's and DSTU's `1 фильм (97
мин)`, `1 электрон. опт. диск (CD-ROM)`, `2 видеокассеты (VHS)`; `1 videodisc (97 min.)`):
its count and carrier (`[words] carrier`) are CSL's `medium`, a running time in brackets its
`dimensions`. Neither is an issue, a page nor a count of pages, whatever the tagger read."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.languages import shipped_words

__all__ = ["physical_description"]

_READ_AS: Final = ("issue", "volume", "page", "number-of-pages", "number-of-volumes", "number")


@functools.cache
def _description() -> re.Pattern[str] | None:
    """A count and a carrier opening a sentence or area (`. 1 фильм`, `. – 1 DVD`), up to two
    brackets after it, then the note's end."""
    words = shipped_words("carrier")
    if not words:
        return None
    alternation = literal_alternation(sorted(words, key=len, reverse=True))
    return re.compile(
        r"(?:^|[.;]\s+(?:[—–-]\s+)?)"
        rf"(?P<count>\d{{1,3}}\s+(?:{alternation}))(?![^\W\d_])"
        r"(?P<brackets>(?:\s*\([^()]{1,40}\)){0,2})"
        r"\s*[.;]?\s*$"
    )


def _brackets(written: str) -> list[str]:
    """The contents of the brackets after the carrier, in order."""
    return [b.strip() for b in re.findall(r"\(([^()]*)\)", written) if b.strip()]


def _inside(value: str, text: str, start: int) -> bool:
    """Whether `value` stands as a word of its own from `start` on and nowhere before it (the
    `1` of `2001; 1 DVD` is the description's alone)."""
    word = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")
    return word.search(text, start) is not None and word.search(text, 0, start) is None


def physical_description(fields: dict[str, object], text: str) -> dict[str, object]:
    """`fields` with the physical description closing `text` as the record's `medium` (the
    count, the carrier and a bracket naming its format) and `dimensions` (a bracket with a
    number: a running time), and no field of what the tagger read in it instead."""
    pattern = _description()
    found = pattern.search(text.rstrip()) if pattern is not None else None
    if found is None:
        return fields
    medium = [found.group("count")]
    dimensions = ""
    for inside in _brackets(found.group("brackets")):
        if not dimensions and any(c.isdigit() for c in inside):
            dimensions = inside  # `(97 мин)`, `(1 ч 37 мин)`
        else:
            medium.append(f"({inside})")  # `(CD-ROM)`, `(VHS)`
    start = found.start()
    kept = {  # a value written as a word only inside the description is no field of its own
        k: v
        for k, v in fields.items()
        if not (k in _READ_AS and isinstance(v, str) and v.strip() and _inside(v, text, start))
    }
    kept["medium"] = " ".join(medium)
    if dimensions:
        kept["dimensions"] = dimensions
    return kept
