"""A pinpoint to a section, an article or a paragraph standing alone between commas (`…,
Resmî Gazete, 22.06.2013, S. 28685, md. 5.`, `…, 28 Mart 2024, para. 12, https://…`): the
language files' `[legal] section` word and its number. The model, which knows no such
label, may read it as the title or a host; it is no field's value."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.decisions import section_pinpoint
from citekit.citations.tagger.tokens import Token, written_text

__all__ = ["section_out_of_fields"]

_NAMED: Final = frozenset({"title", "author", "publisher", "publisher-place"})
_QUOTES: Final = frozenset("«“„\"'‘")
_MAX_TOKENS: Final = 6  # `para . 12`, `§ 4 – 5`, `md . 5`


def section_out_of_fields(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a pinpoint read as no field (see the module's doc)."""
    out = found
    for label, a, b in found:
        if label not in _NAMED or b - a > _MAX_TOKENS or not tokens[b - 1].text.isdecimal():
            continue
        if a == 0:
            continue  # `Article 19. (2021). …`: a body's name opening the note
        quoted = a > 0 and tokens[a - 1].text in _QUOTES  # `“Madde 49”, Şerhi`: a part's title
        if not quoted and section_pinpoint().fullmatch(written_text(tokens, a, b)):
            out = painted(out, (OTHER, a, b))
    return out
