"""The values of `citekit recover`: a lost source, its candidates, the settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from attrs import field, frozen, validators

from citekit.links.settings import LinkSettings
from citekit.model import Location, PartialDate

__all__ = ["Candidate", "LostSource", "RecoverSettings", "Recovery"]


@frozen(kw_only=True)
class LostSource:
    """A cited source whose address is missing (an empty slot, none at all) or dead."""

    note: int
    title: str
    site: str | None
    accessed: PartialDate | None
    location: Location
    url: str | None = None  # the dead address, when there is one
    empty_slot: bool = False
    section: int = 0  # the note's list, when lists number their notes again (`Note.section`)


@frozen(kw_only=True)
class Candidate:
    """A page that may be the lost source, with a confidence from 0 to 1 and its reasons."""

    url: str
    title: str | None
    published: dt.date | None
    confidence: float
    verified: bool  # fetched, alive, and its own title compared
    reasons: tuple[str, ...]
    found_in: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The candidate as a JSON object (the ``citekit recover --json`` contract)."""
        return {
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "confidence": self.confidence,
            "verified": self.verified,
            "reasons": list(self.reasons),
            "found_in": list(self.found_in),
        }


@frozen(kw_only=True)
class RecoverSettings:
    """How recovery searches and when `citekit fix --recover` may write.

    A candidate is written only when its page was fetched and alive, its confidence reaches
    `threshold`, and it is clearly ahead of the runner-up: by at least `margin`, or (by at least
    half of that) with the runner-up twice as far from a perfect match. Two near-equal
    candidates are a question for the editor, not a fix.
    """

    links: LinkSettings = field(factory=LinkSettings)
    sites: Mapping[str, str] = field(factory=dict)
    cdx_url: str | None = None
    threshold: float = field(default=0.95, validator=[validators.ge(0), validators.le(1)])
    margin: float = field(default=0.1, validator=validators.ge(0))
    verify: int = field(default=3, validator=validators.ge(1))
    limit: int = field(default=5, validator=validators.ge(1))
    sitemaps_per_note: int = field(default=12, validator=validators.ge(1))
    window_days: int = field(default=45, validator=validators.ge(1))


@frozen(kw_only=True)
class Recovery:
    """What was found for one lost source: candidates best first, or why none."""

    lost: LostSource
    home: str | None
    candidates: tuple[Candidate, ...] = ()
    problem: str | None = None

    def best(self, settings: RecoverSettings) -> Candidate | None:
        """The candidate safe to write under `settings`, or None."""
        if not self.candidates:
            return None
        top = self.candidates[0]
        if not top.verified or top.confidence < settings.threshold:
            return None
        if len(self.candidates) > 1:
            second = self.candidates[1].confidence
            ahead = top.confidence - second
            twice = 1 - second >= 2 * (1 - top.confidence)
            if ahead < settings.margin - 1e-9 and not (twice and ahead >= settings.margin / 2):
                return None
        return top

    def to_json(self, settings: RecoverSettings) -> dict[str, Any]:
        """The recovery as a JSON object (one line of ``citekit recover --json``)."""
        lost = self.lost
        best = self.best(settings)
        return {
            "path": lost.location.path,
            "note": lost.note,
            "line": lost.location.line,
            "title": lost.title,
            "site": lost.site,
            "home": self.home,
            "dead_url": lost.url,
            "accessed": lost.accessed.isoformat() if lost.accessed else None,
            "problem": self.problem,
            "best": best.url if best else None,
            "candidates": [c.to_json() for c in self.candidates],
        }
