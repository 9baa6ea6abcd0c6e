"""A resolution cited the Bluebook's way: its organ's initials, the word for a resolution
(`[legal] resolution`), its number, and the session and part after it when there are
(`S.C. Res. 2231`, `G.A. Res. 70/1`, `G.A. Res. 3314 (XXIX)`, `G.A. Res. 181 (II) A`).

The initials are the organ, no person's: nobody is the act's author. The number is the act's
number, no volume's. A resolution is named by the words after its number when words follow
(`G.A. Res. 68/262, Territorial Integrity of Ukraine (Mar. 27, 2014)`), else by the name
itself (`S.C. Res. 2231 (July 20, 2015)`), which is then of the language of the word. Its
date is the one in brackets that closes the note, not a number of the document's symbol read
as a year (`S.C. Res. 1540, U.N. Doc. S/RES/1540 (Apr. 28, 2004)`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from citekit.citations._words import literal_alternation
from citekit.dates import read_date
from citekit.languages import available_languages, language

__all__ = ["resolution_name"]


@functools.cache
def _opening() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """Each language's resolution word, as a pattern for a note that opens with the name, and
    its section words, as a pattern for the paragraph cited right after the name (`, ¶ 7`)."""
    out = []
    for code in available_languages():
        table = language(code).legal
        words = table.get("resolution", ())
        if words:
            sections = _longest_first(table.get("section", ())) or "(?!)"
            out.append(
                (
                    re.compile(
                        rf"^\s*(?:[A-Z]\.){{1,4}}\s*(?:{_longest_first(words)})\s*"
                        r"(?P<number>\d+(?:/\d+)?)(?:\s*\([IVXLC]+\))?(?:\s+[A-Z](?![\w.]))?"
                    ),
                    re.compile(rf"^,\s*(?:{sections})\s*(?P<n>\d+(?:[–-]\d+)?)(?=[,.;\s(]|$)"),
                    code,
                )
            )
    return tuple(out)


_CLOSING = re.compile(r"\(([^()]*\d{4})\)\W*$")  # the bracketed date that closes a note


def _longest_first(words: tuple[str, ...]) -> str:
    """`words` as a pattern's alternation, the longest first."""
    return literal_alternation(sorted(words, key=len, reverse=True))


def _worded(part: str) -> bool:
    """Whether `part` is a name in words: two or more words of three letters or more, some of
    them with lower-case letters (no designation such as `U.N. Doc. S/RES/2231`)."""
    words = [w for w in part.split() if sum(c.isalpha() for c in w) >= 3]
    return len(words) >= 2 and any(c.islower() for c in part)


def resolution_name(
    kind: str | None, text: str, fields: Mapping[str, object]
) -> tuple[Mapping[str, object], str | None, str]:
    """`fields` read as the resolution `text` opens with (see the module's doc), the language
    its name is in when the name is the title, and the opening read (the name and the paragraph
    cited after it); else `fields`, None and ""."""
    if kind != "legislation":
        return fields, None, ""
    for pattern, paragraph, code in _opening():
        found = pattern.match(text)
        if found is None:
            continue
        name = " ".join(found.group(0).split())
        number = found.group("number")
        after = text[found.end() :]
        cited = paragraph.match(after)
        pinpoint = cited.group("n") if cited else ""
        after = after[cited.end() :] if cited else after
        part = after[1:].split(",", 1)[0].split("(", 1)[0].strip() if after[:1] == "," else ""
        title = fields.get("title")
        # the tagger's title, when it is the words after the number (commas and all)
        worded = isinstance(title, str) and bool(part) and _worded(part) and title.startswith(part)
        read = {
            k: v
            for k, v in fields.items()
            if k != "author"
            and not (k in ("volume", "issue") and (str(v) in number or str(v) == pinpoint))
        }
        if pinpoint:
            read["section"] = pinpoint
        read["number"] = number
        closing = _CLOSING.search(text)
        dated = read_date(closing.group(1), code).date if closing else None
        if dated is not None:
            read["issued"] = dated
        read["title"] = title if worded else name
        opening = text[: len(text) - len(after)]
        return read, None if worded else code, " ".join(opening.split())
    return fields, None, ""
