"""A court's decision cited court first: `AYM, Ahmet Yıldız Başvurusu, B. No: 2017/12345,
5/3/2020`, `AİHM, Kavala/Türkiye, B. No: 28749/18, 10.12.2019`, `ECtHR, Navalnyy v Russia, App
no 29580/12`. The court's name opens the note, the case's name follows it between commas, and
the case's number comes after its label (`[legal] case_number`): the part between the court
and the number is the decision's title, and nobody is its author (the court is its authority,
its parties are no writers).

A case named by its parties with the word between them of one language (`Navalnyy v Russia`,
`Ilgar Mammadov v Azerbaijan`, `… Ticaret A.Ş. v. Kyrgyz Republic`: `[legal] versus`) is named
in that language, whatever the parties' own names look like."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from citekit.citations.type_cues import has_type_cue
from citekit.languages import available_languages, language

__all__ = ["case_language", "case_name"]


@functools.cache
def _numbered() -> re.Pattern[str]:
    """A case number's label opening a part of the note (`B. No:`, `App no`, `E.`)."""
    labels = {
        w for code in available_languages() for w in language(code).legal.get("case_number", ())
    }
    alternation = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alternation})(?![^\W\d_])\s*:?\s*\d")


def case_name(kind: str | None, text: str, fields: Mapping[str, object]) -> Mapping[str, object]:
    """`fields` with the case's name between the court and the case's number as the title and
    no author, when a decision is so cited (see the module's doc); else `fields`."""
    if kind != "legal_case" or text.count(",") < 2:
        return fields
    court, name, rest = (part for part in text.split(",", 2))
    if not has_type_cue("court", court) or len(court.split()) > 4:
        return fields
    name = name.strip()
    if (
        not any(c.isalpha() for c in name)
        or _numbered().match(name)
        or _numbered().match(rest) is None
    ):
        return fields
    return {**{k: v for k, v in fields.items() if k != "author"}, "title": name}


@functools.cache
def _versus() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each language's word between a case's parties, as a pattern between capitalised names."""
    out = []
    for code in available_languages():
        words = language(code).legal.get("versus", ())
        if words:
            alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            out.append((re.compile(rf"[\w.]\s+(?:{alternation})(?!\w)\s*[^\W\d_]"), code))
    return tuple(out)


def case_language(kind: str | None, title: str | None, found: str | None) -> str | None:
    """The language of a case's name its parties' word tells (see the module's doc), else
    `found`."""
    if kind != "legal_case" or not title:
        return found
    for pattern, code in _versus():
        match = pattern.search(title)
        if match is not None and title[match.end() - 1].isupper():
            return code
    return found
