"""What reading a text for a date gives (`citekit.dates.read_date`)."""

from __future__ import annotations

from attrs import frozen

from citekit.model import PartialDate

__all__ = ["DateReading"]


@frozen
class DateReading:
    """The outcome of reading a text for a date: the value, or why there is none.

    `start`/`end` give the span of the date in the text; `language` is the language whose
    conventions decided the reading (from the hint, a label or a month word), if any.
    """

    date: PartialDate | None
    reason: str | None = None
    start: int = -1
    end: int = -1
    language: str | None = None
