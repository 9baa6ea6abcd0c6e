"""A site named like a periodical (`World Population Review`, `Eurasia Review`, `Central Asia
Business Journal`, `Каспийский вестник`): its journal's word closes its name, and a page of it
read online, with no volume, issue, DOI or page, is the site's page, not a journal's article.
A scholar's journal is named by its word first (`Journal of Eurasian Studies`, `Вестник
КазНУ`, `Review of Central Asian Studies`) or cited by its numbers, and a journal's own
address (`/index.php/…/article/view/…`) keeps its articles (`types.rule_type`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import has_cue

__all__ = ["site_named_periodical"]

_NUMBERS: Final = ("volume", "issue", "DOI", "page")
_CLOSING: Final = 2  # the journal's word among the name's last two words (`Review online`)


def site_named_periodical(fields: Mapping[str, object], container: str) -> bool:
    """Whether a host read online is a site named like a periodical (see the module's doc)."""
    if not (fields.get("URL") and container) or any(fields.get(k) for k in _NUMBERS):
        return False
    words = container.split()
    if len(words) < 2 or has_cue("journal", words[0]):
        return False
    return any(has_cue("journal", w) for w in words[-_CLOSING:])
