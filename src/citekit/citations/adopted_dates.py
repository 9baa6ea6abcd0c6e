"""The date of an act or a court's decision is the day it was adopted or given, written first,
in its own head (`Федеральный закон от 30.11.1994 № 51-ФЗ`, `Anayasa Mahkemesinin 15/10/2020
tarihli … Kararı`, `Council Decision (CFSP) 2022/266 of 23 February 2022`, `Решение ЕСПЧ от 12
января 2021 г. по делу …`), or in the bracket after a treaty's or a case's name (`Конвенция
… (Актау, 12 августа 2018 г.)`, `Tagayeva v Russia App no 26562/07 (ECtHR, 13 April 2017)`).
The gazette or the bulletin that printed it later gives its own day or year (`// Собрание
законодательства РФ. 05.12.1994`, `(RG, 24/11/2020, S. 31314)`, `// Бюллетень … 2019. № 5`),
a site that keeps a copy its archiving day, a revision its own (`ред. от 08.08.2024`), and
a case's number a year (`по делу № А40-12345/2020`): none of them is the act's date. Only
when the note gives no day before its address is the day it gives (the gazette's) kept; and an
act printed as a book, with its publisher's imprint (`Конституция … 1995 жылғы 30 тамызда
қабылданған. – Астана: Елорда, 2023.`), is cited by its edition's year."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.dated_acts import first_whole_date
from citekit.model import PartialDate

__all__ = ["adopted_date", "without_signing"]

_ACTS: Final = frozenset({"legislation", "legal_case"})
_CLOSING_BRACKET: Final = re.compile(r"\s*\(([^()]{6,80})\)\s*$")
_ADDRESS: Final = re.compile(r"https?://|\bURL\b|\bwww\.", re.IGNORECASE)


def adopted_date(
    kind: str | None,
    text: str,
    issued: object,
    fields: Mapping[str, object],
    accessed: PartialDate | None,
    language: str | None,
) -> object:
    """`issued`, or the act's or decision's own day `text` writes first, before its host, GOST's
    `//` and its address (see the module's doc)."""
    if kind not in _ACTS or fields.get("publisher"):
        return issued
    address = _ADDRESS.search(text)
    head = text[: address.start()] if address else text
    host = fields.get("container-title")
    at = head.find(host) if isinstance(host, str) and host else -1
    head = head[:at] if at > 0 else head  # the host's days are its own (`lex.uz. Archived (…)`)
    head = head.split("//", 1)[0]
    found = first_whole_date(head, language)
    if found is None or found == accessed:
        return issued
    return found


def without_signing(kind: str | None, title: str | None, language: str | None) -> str | None:
    """`title` without the bracket that closes it with the place and the day an act was
    signed or adopted (`Конвенция о правовом статусе Каспийского моря (Актау, 12 августа 2018
    г.)`, `Договор о ЕАЭС (Астана, 29 мая 2014 г.)`): they are its date, not its name (a
    bracket with no whole date, `(часть первая)`, stays)."""
    if kind not in _ACTS or not title or not title.endswith(")"):
        return title
    found = _CLOSING_BRACKET.search(title)
    if found is None or found.start() == 0 or first_whole_date(found.group(1), language) is None:
        return title
    return title[: found.start()].rstrip(" ,")
