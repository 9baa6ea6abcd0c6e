"""A host named "scientific works of" a body is its serial, not a meeting's proceedings.

Institutes and universities of the former USSR print their papers in numbered serials named
`Научные труды …`, `Наукові праці …`, `Ғылыми еңбектер …` (`[types] serial_works`): the
works word is also a proceedings' word (`Труды конференции`), but qualified as scientific and
cited by a volume or an issue, with no publishing house, it names a journal — unless the rest
of the name names a meeting (`Научные труды Международной конференции …`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from citekit.citations.type_cues import has_cue
from citekit.languages import shipped_type_words


@functools.cache
def _opening() -> re.Pattern[str]:
    """The serial works phrases opening a host's name, any case."""
    words = sorted(shipped_type_words("serial_works"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"^\s*(?:{alternatives})(?!\w)", re.IGNORECASE)


def serial_works(fields: Mapping[str, object], container: str) -> bool:
    """True when `container` opens with a serial works phrase, is cited by a volume or an
    issue with no publisher, and names no meeting in the rest of its name."""
    if not container or fields.get("publisher"):
        return False
    if not (fields.get("volume") or fields.get("issue")):
        return False
    found = _opening().match(container)
    return found is not None and not has_cue("conference", container[found.end() :])
