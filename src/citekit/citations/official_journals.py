"""An act of the European Union cited with the Official Journal that printed it, in EUR-Lex's
form (`Council Decision (CFSP) 2022/266 of 23 February 2022, OJ L 42I, 23.2.2022, p. 109–113`)
or OSCOLA's (`Regulation (EU) 2016/679 … [2016] OJ L119/1`): the journal (`[legal]
official_journal`) is the act's host, its series and number (`L 42I`) the issue, the pages
after `p.` (or the first page after the slash) the act's pages, and the act's name before it
its title, without the `of <day>` that dates it (the act's date, `adopted_dates.py`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.languages import available_languages, language

__all__ = ["official_journal"]

_OF_DAY: Final = re.compile(r",?\s+of\s+\d{1,2}\s+[^\W\d_]+\s+\d{4}\s*$")


@functools.cache
def _pattern() -> re.Pattern[str] | None:
    names = {
        w
        for code in available_languages()
        for w in language(code).legal.get("official_journal", ())
    }
    if not names:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
    return re.compile(
        rf"(?:\[(?P<year>\d{{4}})\]\s*)?(?<![\w.])(?P<j>{alternation})\s+(?P<n>[LC]\s*\d+\s?[A-Z]?)"
        rf"(?:/(?P<first>\d+))?(?:,\s*\d{{1,2}}\.\d{{1,2}}\.\d{{4}})?(?:,\s*pp?\.\s*(?P<p>\d+(?:\s*[–-]\s*\d+)?))?"
    )


def official_journal(text: str, fields: Mapping[str, object]) -> dict[str, object] | None:
    """`fields` read as an act printed in an official journal (see the module's doc), or None
    when `text` cites none."""
    pattern = _pattern()
    if pattern is None or ("OJ" not in text and "O.J." not in text):
        return None  # no journal's name (most notes)
    found = pattern.search(text)
    if found is None or found.start() == 0:
        return None
    title = _OF_DAY.sub("", text[: found.start()].rstrip(" ,.;")).strip(" ,")
    if len(title) < 3:
        return None
    out: dict[str, object] = {
        k: v
        for k, v in fields.items()
        if k not in ("container-title", "title", "issue", "page", "publisher")
    }
    out["title"] = title
    out["container-title"] = found.group("j")
    out["issue"] = " ".join(found.group("n").split())
    pages = found.group("p") or found.group("first")
    if pages:
        out["page"] = pages
    return out
