"""The date as the NLM (Vancouver) style writes it: the year, the month's abbreviated name, the
day (`The Astana Times. 2022 Apr 14 [cited 2023 Jan 9].`, `2019 Mar;12(3):45-52`). After a
sentence's period or before the bracket, semicolon or colon that follows it, the three are
the date of issue, whatever runs the model put them in."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, is_day, is_year, labels_at, runs
from citekit.citations.tagger.tokens import Token

__all__ = ["year_month_day"]

_BEFORE: Final = frozenset({".", ";"})  # what stands before the date
_AFTER: Final = frozenset({"[", ";", ":", ".", ","})  # what may follow it


def year_month_day(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a year, a month's name (maybe with its period) and maybe a day (`2022 Apr
    14`, OJS's `2021 Dec. 20`) read as the date of issue, where no other date of issue is read
    or the one read is its part."""
    for k in range(1, len(tokens) - 2):
        if tokens[k - 1].text not in _BEFORE or not is_year(tokens[k].text):
            continue
        if "month" not in marks[k + 1]:
            continue
        end = k + 2
        if end + 1 < len(tokens) and tokens[end].text == "." and is_day(tokens[end + 1].text):
            end += 1  # `Dec. 20`: the abbreviated month's period
        if end < len(tokens) and is_day(tokens[end].text):
            end += 1
        if end < len(tokens) and tokens[end].text not in _AFTER:
            continue
        labels = labels_at(found, len(tokens))
        if any(label == "accessed" for label in labels[k:end]):
            continue  # `[cited 2023 Jan 9]`
        if all(label == "issued" for label in labels[k:end]):
            return found
        if any(a < k or b > end for label, a, b in found if label == "issued"):
            return found  # a date of issue elsewhere in the note
        labels[k:end] = ["issued"] * (end - k)
        return runs(labels)
    return found
