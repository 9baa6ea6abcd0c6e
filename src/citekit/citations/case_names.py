"""A court's decision cited court first: `AYM, Ahmet Yıldız Başvurusu, B. No: 2017/12345,
5/3/2020`, `AİHM, Kavala/Türkiye, B. No: 28749/18, 10.12.2019`, `ECtHR, Navalnyy v Russia, App
no 29580/12`. The court's name opens the note, the case's name follows it between commas, and
the case's number comes after its label (`[legal] case_number`): the part between the court
and the number is the decision's title, and nobody is its author (the court is its authority,
its parties are no writers)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from citekit.citations.type_cues import has_type_cue
from citekit.languages import available_languages, language

__all__ = ["case_name"]


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
