"""The place of Chicago's bracketed imprint (`The Nature of the Early Ottoman State (Albany:
State University of New York Press, 2003), 45.`, `Statistical Yearbook 2022 (New York: United
Nations, 2022), 87.`): the capitalised words between the bracket and the colon before the
publisher the model read are where the book was published, whether the model left them to no
field or ran the title over them, when the bracket closes on the imprint's year and no word of
them names a kind, a role or an edition (`(Unpublished MA Thesis: METU, 2010)`, `(Working
Paper: Brookings Institution, 2010)`, `(Second Edition: …)`). A known city in brackets
closing a newspaper's name (`“Izvestiia s Kavkaza,” Kavkaz (Tiflis), 14 March 1854, 2.`, `The
Times (London)`) is where the paper is published, no part of its name."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.type_cues import note_cues

__all__ = ["bracketed_imprint_place", "paper_city"]

_MAX_PLACE: Final = 6  # tokens of a place at most (`Washington, D.C.`, `Cambridge, MA`)
_PLACE_MARKS: Final = frozenset({",", ".", "-"})
_PLACE_KEYS: Final = frozenset({"cities", "Bcities", "places", "Bplaces", "volume", "Bvolume"})


def bracketed_imprint_place(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the place of a bracketed imprint read (see the module's doc)."""
    if any(label == "publisher-place" for label, _, _ in found):
        return found
    for label, q, d in found:
        if label != "publisher" or q < 3 or tokens[q - 1].text != ":":
            continue
        p = next(
            (k for k in range(q - 2, max(q - 2 - _MAX_PLACE, -1), -1) if tokens[k].text == "("),
            None,
        )
        if p is None or not _place_words(tokens[p + 1 : q - 1]):
            continue
        if any(not marks[k] <= _PLACE_KEYS for k in range(p + 1, q - 1)):
            continue  # `(Unpublished MA Thesis: METU, 2010)`: a kind's or a role's words
        if not note_cues(written_text(tokens, p + 1, q - 1)) <= _PLACE_KEYS:
            continue  # `(Working Paper: Brookings, 2010)`, `(Report: Chatham House, 2010)`
        if not _closes_dated(tokens, found, d):
            continue
        if any(lab not in (OTHER, "title") for lab, a, b in found if a < q - 1 and b > p + 1):
            continue  # a field of its own inside the bracket (an editor's, a volume's)
        title = next((r for r in found if r[0] == "title" and r[1] < p + 1 < r[2]), None)
        if title is not None and title[1] >= p:
            continue  # the bracket opens the title: the place is no part cut off its end
        out = painted(found, (OTHER, p, p + 1))
        out = painted(out, ("publisher-place", p + 1, q - 1))
        return painted(out, (OTHER, q - 1, q))
    return found


def _place_words(words: list[Token]) -> bool:
    """Whether `words` may be a place: capitalised words, maybe a comma or an abbreviation's
    periods between them, the first a word."""
    if not words or not words[0].text[:1].isupper() or not words[0].text.isalpha():
        return False
    return all(
        (t.text[:1].isupper() and t.text.replace("-", "").isalpha()) or t.text in _PLACE_MARKS
        for t in words
    )


def _closes_dated(tokens: list[Token], found: list[Run], d: int) -> bool:
    """Whether the date run right after the publisher's (past its comma) ends before the
    bracket's close: the imprint's year closes the bracket."""
    after = [r for r in found if r[1] >= d and r[0] != OTHER]
    if not after or after[0][0] != "issued":
        return False
    e = after[0][2]
    return e < len(tokens) and tokens[e].text == ")"


_CITY: Final = frozenset({"cities", "Bcities"})
_BRACKETED_CITY: Final = 3  # tokens of `( Tiflis )`


def paper_city(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a known city in brackets closing the host's run read as the place."""
    if any(label == "publisher-place" for label, _, _ in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or b - a <= _BRACKETED_CITY:
            continue
        if tokens[b - 3].text != "(" or tokens[b - 1].text != ")" or not _CITY & marks[b - 2]:
            continue
        dated = next((run for run in found[j + 1 :] if run[0] != OTHER), None)
        if dated is None or dated[0] != "issued":
            continue
        # a paper's day (`14 March 1854`); a journal's `Медицина (Алматы). 2019` is its name
        if not any("month" in marks[k] for k in range(dated[1], dated[2])):
            continue
        runs = [(label, a, b - 3), (OTHER, b - 3, b - 2), ("publisher-place", b - 2, b - 1)]
        return [*found[:j], *runs, (OTHER, b - 1, b), *found[j + 1 :]]
    return found
