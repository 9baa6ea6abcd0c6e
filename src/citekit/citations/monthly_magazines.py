"""A periodical's article cited by its month and its pages alone is a magazine's (`Farah
Jafari, “The Poet Who Outlived the Mongols,” AramcoWorld, March/April 2019, 24–31.`): a
journal is cited by its volume and issue, a paper by its day; a magazine by its month."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from citekit.citations.news_outlets import news_outlet
from citekit.citations.type_cues import has_cue
from citekit.model import PartialDate

_NUMBERED: Final = ("volume", "issue", "DOI", "publisher", "number-of-pages", "editor")


def monthly_magazine(fields: Mapping[str, object], container: str) -> bool:
    """Whether the work is an article of a magazine by that form (see the module's doc)."""
    issued = fields.get("issued")
    if not (isinstance(issued, PartialDate) and issued.month is not None and issued.day is None):
        return False
    if not fields.get("page") or any(fields.get(k) for k in _NUMBERED):
        return False
    return not (news_outlet(container) or has_cue("newspaper", container))
