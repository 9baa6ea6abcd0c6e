"""A report cited by its kind and its body before its quoted title (`Доклад Института мировой
экономики «Центральная Азия – 2030»`, `Аналитический доклад РСМД «Россия и Центральная Азия»`,
`Отчёт Счётной палаты «Об исполнении бюджета»`, `SETA Raporu: “Türkiye-Orta Asya”`, `World Bank
Report “Kazakhstan: Growth”`): the quoted words are the title; the words before them, a
report's word and whose report it is, are its genre. So are they when the model read them as a
person's name (`SETA Raporu, “Title”`: family `SETA`, given `Raporu`)."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.type_cues import has_cue
from citekit.model import Name

__all__ = ["report_by_name", "report_lead"]

_LEAD: Final = re.compile(
    r"(?P<lead>[^\W\d_][^«“„\"]*?)\s*[:,]?\s*(?P<open>[«“„\"])(?P<title>[^«“„\"»”]+)[»”“\"]"
)
_CLOSERS: Final = {"«": "»", "“": "”", "„": "“", '"': '"'}
_WORDS: Final = 10  # words of the kind and the body before the quote at most


def report_lead(title: str | None) -> tuple[str, str] | None:
    """The quoted title and the lead-in before it, when `title` as read is a report's kind and
    body before a title quoted whole (see the module's doc); else None."""
    if not title or title[-1] not in '»”“"':
        return None
    found = _LEAD.fullmatch(title)
    if found is None or title[-1] != _CLOSERS[found.group("open")]:
        return None
    lead = found.group("lead")
    if len(lead.split()) > _WORDS or not has_cue("report", lead):
        return None
    return found.group("title").strip(), lead


def report_by_name(names: object) -> str | None:
    """The lead-in a note's one author holds when it is a body's name and its report's word
    (`SETA Raporu, “Title”`, `ORSAM Raporu: “Title”`): no person's name holds a report's word,
    so the words are the work's genre, no author; else None."""
    if not isinstance(names, tuple) or len(names) != 1 or not isinstance(names[0], Name):
        return None
    name = names[0]
    if not name.family or not name.given or len(name.given.split()) != 1:
        return None
    if not has_cue("report", name.given) or has_cue("report", name.family):
        return None
    return f"{name.family} {name.given}"
