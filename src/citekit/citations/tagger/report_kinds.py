"""A report's kind set off after its title's comma: think tanks and offices name the kind of
paper after the title (`TEPAV, Türkiye'nin İhracat Performansı, Değerlendirme Notu, Ankara,
Ekim 2020`, `…, Politika Notu, Ankara`, `…, Rapor, İstanbul`). A piece after the title's last
comma that is wholly a report's word (`[types] report`) names the work's kind (its genre, which
makes it a report), not the title's last words: the title ends at that comma. So is such a
piece read as the publisher (`ORSAM, Irak'ta Türkmenler, Rapor, Ankara, 2016`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["report_kind_after_title"]

_LONGEST: Final = 3  # a kind's words at most (`İstatistikleri Bülteni`, `Değerlendirme Notu`)


@functools.cache
def _kinds() -> frozenset[str]:
    """The report's words of every language, as written (`Değerlendirme Notu`, `Rapor`)."""
    return frozenset(shipped_type_words("report"))


def report_kind_after_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a report's kind after the title's last comma read as the genre (see the
    module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label == "publisher" and _whole_kind(tokens, a, b):
            return [*found[:j], ("genre", a, b), *found[j + 1 :]]  # `Title, Rapor, Ankara`
        if label != "title":
            continue
        comma = next((k for k in range(b - 1, a, -1) if tokens[k].text == ","), None)
        if comma is None or not 0 < b - comma - 1 <= _LONGEST or comma - a < 2:
            continue
        tail = " ".join(t.text for t in tokens[comma + 1 : b])
        if tail not in _kinds() or b >= len(tokens) or tokens[b].text != ",":
            continue  # the kind is set off by commas on both sides
        kind: list[Run] = [("title", a, comma), (OTHER, comma, comma + 1), ("genre", comma + 1, b)]
        return [*found[:j], *kind, *found[j + 1 :]]
    return found


def _whole_kind(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a` to `b`, set off by commas, are wholly a report's kind (`Rapor`)."""
    if a < 1 or b >= len(tokens) or tokens[a - 1].text != "," or tokens[b].text != ",":
        return False
    return b - a <= _LONGEST and " ".join(t.text for t in tokens[a:b]) in _kinds()
