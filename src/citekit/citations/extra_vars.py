"""The CSL variables a note gives that no field of `Citation` holds, kept in its `extra`: a
volume's part (`Т. 2, ч. 1` -> `part-number` "1"), a reprinted work's first date (`(Original
work published 1905)`, `(1. bs. 1993)` -> `original-date`, `[words] first_published`) and an
archive's document's form after its shelf mark (`Подлинник. Машинопись.` -> `medium`,
`[words] archival_form`), a carrier's physical description (`1 фильм (97 мин)` -> `medium`,
`dimensions`), a film's director credited after its name (`director`) and the catalogue and
database numbers a reference writes (`PMID 33774295` -> `PMID`, `PMCID`; `OCLC 682894132`,
`JSTOR …` -> CSL-JSON's `custom` object, which holds what CSL has no variable for)."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.names import to_name
from citekit.citations.structure import written_identifiers
from citekit.languages import shipped_words
from citekit.model import PartialDate

__all__ = [
    "archival_forms",
    "extra_variables",
    "hijri_dates",
    "identifier_variables",
    "without_first_words",
    "without_forms",
]


def extra_variables(fields: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """The variables of `fields` that `Citation.extra` keeps, each as its JSON text."""
    part = fields.get("part-number")
    out: tuple[tuple[str, str], ...] = (
        (("part-number", json.dumps(part, ensure_ascii=False)),) if isinstance(part, str) else ()
    )
    if isinstance(first := fields.get("original-date"), PartialDate):
        out += (("original-date", json.dumps({"date-parts": [list(first.parts())]})),)
    for key in ("medium", "dimensions", "citation-label"):
        if isinstance(value := fields.get(key), str):
            out += ((key, json.dumps(value, ensure_ascii=False)),)
    for role in ("director", "interviewer"):
        persons = fields.get(role)
        if isinstance(persons, tuple) and persons:
            names = [_csl_name(str(n)) for n in persons]
            out += ((role, json.dumps(names, ensure_ascii=False)),)
    return out


_CSL_IDS: Final = {"PMID": "PMID", "PMCID": "PMCID", "PMC": "PMCID"}  # CSL's own variables
_SERIALS: Final = frozenset({"ISSN", "eISSN", "EISSN"})
_ISSN: Final = re.compile(r"\d{4}[-‐–]?\d{3}[\dXx]")  # `1997-7298`; `ISSN 2000 standard`: none


def identifier_variables(text: str) -> tuple[tuple[tuple[str, str], ...], str | None]:
    """The catalogue and database numbers `text` writes as `Citation.extra` variables (CSL's
    `PMID` and `PMCID`, the others in `custom` by their label), and its first ISSN."""
    written = written_identifiers(text)
    if not written:
        return (), None
    issn = next(
        (value for label, value in written if label in _SERIALS and _ISSN.fullmatch(value)), None
    )
    out: dict[str, str] = {}
    custom: dict[str, str] = {}
    for label, value in written:
        if label in _SERIALS:
            continue
        key = _CSL_IDS.get(label)
        if key == "PMCID" and value.isdecimal():
            value = "PMC" + value  # `PMC 5012345` and `PMCID: PMC5012345`: one value
        if key is not None:
            out.setdefault(key, value)
        else:
            custom.setdefault(label, value)
    pairs = tuple((k, json.dumps(v, ensure_ascii=False)) for k, v in out.items())
    if custom:
        pairs += (("custom", json.dumps(custom, ensure_ascii=False, sort_keys=True)),)
    return pairs, issn


def _csl_name(written: str) -> dict[str, str]:
    """A director's or an interviewer's name as CSL writes a name: family and given, or a
    literal for a body's."""
    name = to_name(written)
    if name.family:
        return {k: v for k, v in (("family", name.family), ("given", name.given)) if v}
    return {"literal": name.literal or written}


@functools.cache
def _forms() -> re.Pattern[str] | None:
    """The archival forms as whole sentences or clauses of a note (`. Подлинник.`)."""
    words = shipped_words("archival_form")
    if not words:
        return None
    alternation = literal_alternation(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|[.;,]\s*)({alternation})(?=\s*[.;,]|\s*$)")


def archival_forms(text: str) -> tuple[str, ...]:
    """The archival forms `text` names in clauses of their own (`Подлинник`, `Машинопись`)."""
    pattern = _forms()
    return tuple(m.group(1) for m in pattern.finditer(text)) if pattern is not None else ()


def without_forms(fields: Mapping[str, object], lost: tuple[str, ...]) -> tuple[str, ...]:
    """`lost` less the archival forms read as the medium, a film's credit naming a director
    (`directed by Larry Charles`) or an interviewer's name, and any piece a field holds
    whole: read, not lost."""
    directors = fields.get("director")
    if isinstance(directors, tuple) and directors:
        lost = tuple(p for p in lost if not any(str(d) in p for d in directors))
    interviewers = fields.get("interviewer")
    if isinstance(interviewers, tuple) and interviewers:  # `беседовал Э. Байназаров`
        words = {w.casefold() for w in shipped_words("interviewer")}
        lost = tuple(
            p
            for p in lost
            if p.strip(" .,;:/").casefold() not in words
            and not any(p.strip(" .,;") in str(d) or str(d) in p for d in interviewers)
        )
    held = {v for v in fields.values() if isinstance(v, str)}  # a film's country, read late
    lost = tuple(p for p in lost if p.strip(" .,;") not in held)
    medium = fields.get("medium")
    if not isinstance(medium, str):
        return lost
    forms = set(medium.split(", "))
    return tuple(p for p in lost if p.strip(" .,;") not in forms)


@functools.cache
def _first_words() -> frozenset[str]:
    """The languages' `[words] first_published` phrases, casefolded."""
    return frozenset(w.casefold() for w in shipped_words("first_published"))


def without_first_words(fields: Mapping[str, object], lost: tuple[str, ...]) -> tuple[str, ...]:
    """`lost` less the first edition's words when its date was read (`Original work
    published`): they are the date's label, read with it."""
    if "original-date" not in fields:
        return lost
    return tuple(p for p in lost if p.strip(" .,()").casefold() not in _first_words())


@functools.cache
def _hijri() -> re.Pattern[str] | None:
    """A day, a Hijri month (`[words] hijri_month`, whole or shortened) and a year."""
    months = shipped_words("hijri_month")
    if not months:
        return None
    alternation = literal_alternation(sorted(set(months), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])\d{{1,2}}\s+(?:{alternation})\.?\s+\d{{3,4}}(?![\w/])")


def hijri_dates(text: str) -> tuple[str, ...]:
    """The Hijri dates `text` gives (`12 Ramazan 1310`, `15 Ş 1285`), as written."""
    pattern = _hijri()
    return tuple(m.group() for m in pattern.finditer(text)) if pattern is not None else ()
