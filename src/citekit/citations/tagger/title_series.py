"""A report's series the model ran into its title: a sentence or a comma's part after the
title that names the series the report is numbered in (`Military expenditure transparency in
Central Asia. SIPRI Insights on Peace and Security no. 2022/04. Stockholm: SIPRI.`) or its
series by a report's word before the imprint's bracket (`The Kremlin's Balancing Act in Central
Asia, Carnegie Endowment for International Peace Working Paper (Washington, DC: …)`). Its words
are the series (`collection-title`), its number the report's (`issue`, as the corpus keeps a
report's number), no title's words."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.type_cues import has_type_cue

__all__ = ["series_in_title"]

_NUMBER_WORDS: Final = frozenset({"no", "No", "nr", "Nr", "№"})
_SERIES_WORDS: Final = 2  # words of a series at least
_TITLE_WORDS: Final = 3  # tokens of the title before the series at least
_ABBREVIATION: Final = 2  # letters of a word its period may abbreviate (`v.`, `St.`)


def _numbered(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The number's label and first token when run a..b ends on `no. N` (`no. 2022/04`)."""
    for k in range(b - 2, a, -1):
        if tokens[k].text in _NUMBER_WORDS:
            first = k + 2 if tokens[k + 1].text == "." else k + 1
            if first < b and tokens[first].text[:1].isdecimal():
                return k, first
            return None
    return None


def series_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a series cut out of the title (module doc)."""
    if any(run[0] in ("collection-title", "issue", "container-title") for run in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        breaks = [
            k
            for k in range(a + _TITLE_WORDS, b - _SERIES_WORDS)
            if (tokens[k].text == "." and tokens[k + 1].text[:1].isupper())
            or (tokens[k].text == "," and tokens[k + 1].text[:1].isupper())
        ]
        if not breaks:
            return found
        cut = breaks[-1]
        numbered = _numbered(tokens, cut + 1, b)
        series_end = numbered[0] if numbered is not None else b
        series = written_text(tokens, cut + 1, series_end)
        if numbered is None:
            bracket = b < len(tokens) and tokens[b].text == "("
            if not bracket or tokens[cut].text != "," or not has_type_cue("report", series):
                return found
        elif tokens[cut].text != ".":
            return found
        words = tokens[cut + 1 : series_end]
        if len(words) < _SERIES_WORDS or not all(t.text.isalpha() for t in words):
            return found  # `Election, 20 November 2022: …`, `Turkey (No. 2)`: no series' name
        if not words[0].text[:1].isupper() or len(tokens[cut - 1].text) <= _ABBREVIATION:
            return found  # `… v. Turkey`: an abbreviation's period, no sentence's
        if numbered is None and not has_type_cue(
            "report", written_text(tokens, series_end - 2, series_end)
        ):
            return found  # a comma's part names a series by its closing kind (`… Working Paper`)
        out: list[Run] = [("title", a, cut), (OTHER, cut, cut + 1)]
        out.append(("collection-title", cut + 1, series_end))
        if numbered is not None:
            out += [(OTHER, series_end, numbered[1]), ("issue", numbered[1], b)]
        return [*found[:j], *out, *found[j + 1 :]]
    return found
