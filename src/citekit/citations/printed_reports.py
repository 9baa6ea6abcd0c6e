"""A body's work printed by no publishing house: its report.

A work a body signs, no person (`UNICEF. Situation Analysis of Children in Turkmenistan.
Ashgabat, 2019. 120 p.`, `Министерство национальной экономики РК. Об итогах … Нур-Султан, 2020.
48 с.`, `Crisis Group. Kyrgyzstan: A Hollow Regime Collapses. Asia Briefing N°102. Bishkek,
27 April 2010.`), issued where the body sits or under a number of its own, with no publishing
house but the body itself (`World Bank. … Washington, DC: World Bank.`) and none of a book's
or a periodical's marks (no host, editor, edition, volume, ISBN, DOI or page range) is the
body's report, read online or not (`news_evidence.body_report` reads the work online).
A publishing house printing it (`ЮНЕСКО. … М.: Наука, 1990`) makes it a book.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.body_acronyms import acronyms_only
from citekit.citations.names import is_organisation
from citekit.citations.news_outlets import news_outlet
from citekit.citations.type_cues import RANGE, has_cue

__all__ = ["printed_report", "published_online"]

# a host's, a book's and a periodical's marks: none of them in a body's own report
_NOT_OWN: Final = (
    *("container-title", "URL", "editor", "edition", "volume", "ISBN", "DOI"),
    *("collection-title", "translator"),
)
_WORD: Final = re.compile(r"\w+")


def _body(name: str) -> bool:
    """Whether a name is a body's, by a head word or as a listed acronym (`UNICEF`), no news
    outlet's."""
    named = is_organisation(name) or acronyms_only(name.split())
    return named and not (news_outlet(name) or has_cue("newspaper", name))


def printed_report(fields: Mapping[str, object]) -> bool:
    """Whether the work is a body's report printed by itself (see the module's doc)."""
    names = fields.get("author")
    if not isinstance(names, tuple) or not names or any(fields.get(k) for k in _NOT_OWN):
        return False
    signed = [str(n) for n in names]
    if not all(_body(name) for name in signed):
        return False
    if RANGE.search(str(fields.get("page") or "")):
        return False  # a part of something printed elsewhere
    if not (fields.get("publisher-place") or fields.get("issue")):
        return False  # neither where it was issued nor its number: a short form
    publisher = str(fields.get("publisher") or "")
    own = set(_WORD.findall(" ".join(signed).casefold()))
    return not publisher or set(_WORD.findall(publisher.casefold())) <= own


def published_online(fields: Mapping[str, object]) -> bool:
    """Whether a work read online, no host named, is a publishing house's book: the house named
    (no news outlet, no paper's word), dated to the year, whatever folder its address is in
    (`Қуандықов Р. 2022. Сенім. Edited by … «Жібек жолы» баспасы. https://…/news/…`): a news
    item names its outlet as its host, a book its house as its publisher."""
    publisher = str(fields.get("publisher") or "")
    if not publisher or news_outlet(publisher) or has_cue("newspaper", publisher):
        return False
    issued = fields.get("issued")
    return issued is not None and getattr(issued, "day", None) is None
