"""A report cited by its kind and its body before its quoted title (`Доклад Института мировой
экономики «Центральная Азия – 2030»`, `Аналитический доклад РСМД «Россия и Центральная Азия»`,
`Отчёт Счётной палаты «Об исполнении бюджета»`, `SETA Raporu: “Türkiye-Orta Asya”`, `World Bank
Report “Kazakhstan: Growth”`): the quoted words are the title; the words before them, a
report's word and whose report it is, are its genre."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.type_cues import has_cue

__all__ = ["report_lead"]

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
