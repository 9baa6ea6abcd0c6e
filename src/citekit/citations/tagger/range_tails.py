"""A page range's end that the next run took. A pinpoint range may be followed by the
author's own words (`(Ithaca, NY: Cornell University Press, 2015), 117–19, who argues …`);
a dash and a number right after a page run are the range's end, and the words after them,
in a note whose title is read before, are the note's comment, no second title."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["page_opening_a_second_title", "range_end_after_page"]


def range_end_after_page(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the dash and number after a page run given to the page (see the module's
    doc)."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        nxt, c, d = found[j + 1]
        if label != "page" or nxt in ("page", OTHER) or c != b or d - c < 2:
            continue
        if tokens[b].text not in DASHES or not tokens[b + 1].text.isdecimal():
            continue
        if "–" in tokens[a].text or any(t.text in DASHES for t in tokens[a:b]):
            continue  # the page run is a range already
        rest: list[Run] = []
        if d > b + 2:
            titled = nxt == "title" and any(run[0] == "title" for run in found[:j])
            if not titled or tokens[b + 2].text not in ",;.":
                continue
            rest = [(OTHER, b + 2, d)]
        return [*found[:j], ("page", a, b + 2), *rest, *found[j + 2 :]]
    return found


def page_opening_a_second_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second title run that opens on a page range after the imprint's bracket
    read as the page and the comment after it (`(Leiden: E. J. Brill, 1978), 1172–81, still
    the best short survey.`): the note's title is read before."""
    if any(run[0] == "page" for run in found):
        return found
    for j in range(1, len(found)):
        label, a, b = found[j]
        if label != "title" or not any(r[0] == "title" for r in found[:j]) or b - a < 4:
            continue
        if [t.text for t in tokens[a - 2 : a]] != [")", ","]:
            continue
        first, dash, last, comma = tokens[a : a + 4]
        if not (first.text.isdecimal() and dash.text in DASHES and last.text.isdecimal()):
            continue
        if comma.text != ",":
            continue
        return [*found[:j], ("page", a, a + 3), (OTHER, a + 3, b), *found[j + 1 :]]
    return found
