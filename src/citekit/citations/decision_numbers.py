"""A court's decision cited by its numbers after the court's name, as Turkish notes cite the
Court of Cassation's and the Council of State's: `Yargıtay 9. HD, E. 2019/4521, K. 2020/1187,
T. 14.02.2020`. The docket's and the decision's numbers follow their labels (`[legal]
case_number`: `E.`, `K.`), then the day, after its label (`[legal] case_date`: `T.`) or none.
No party names such a decision: the court is its title, both numbers are its number, and the
day is read as the labels' language writes a day (day first: `12.03.2019` is no guess); the
decision is in that language when nothing else told it."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from citekit.citations._words import literal_alternation
from citekit.dates import read_date
from citekit.languages import available_languages, language

__all__ = ["decision_numbers"]

_COURT_WORDS = 6  # words of the court's name and chamber at most (`Yargıtay Hukuk Genel Kurulu`)


def _alternation(words: tuple[str, ...]) -> str:
    """`words` as a pattern's alternation, the longest first."""
    return literal_alternation(sorted(words, key=len, reverse=True))


@functools.cache
def _forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Per language with dated decisions' labels: the numbers and the day after the court."""
    out = []
    for code in available_languages():
        table = language(code).legal
        labels, dated = table.get("case_number", ()), table.get("case_date", ())
        if not labels or not dated:
            continue
        number = rf"(?:{_alternation(labels)})\s*:?\s*\d{{4}}/\d+"
        out.append(
            (
                re.compile(
                    rf"^(?P<court>[^,]+),\s*(?P<numbers>{number}(?:\s*,\s*{number})*)\s*,\s*"
                    rf"(?:(?:{_alternation(dated)})\s*:?\s*)?(?P<day>\d{{1,2}}\.\d{{1,2}}\.\d{{4}})"
                ),
                code,
            )
        )
    return tuple(out)


def decision_numbers(
    kind: str | None, text: str, fields: Mapping[str, object]
) -> tuple[Mapping[str, object], str, str | None]:
    """`fields` read as the decision `text` opens with (see the module's doc), the part of
    `text` so read and the labels' language; else `fields`, "" and None."""
    if kind != "legal_case":
        return fields, "", None
    for pattern, code in _forms():
        found = pattern.match(text)
        court = found.group("court").strip() if found else ""
        if found is None or not any(c.isalpha() for c in court):
            continue
        if len(court.split()) > _COURT_WORDS:
            continue
        day = read_date(found.group("day"), code).date
        read = {k: v for k, v in fields.items() if k not in ("author", "volume", "issue")}
        read.update(title=court, number=" ".join(found.group("numbers").split()))
        if day is not None:
            read["issued"] = day
        return read, found.group(), code
    return fields, "", None
