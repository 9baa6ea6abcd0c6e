"""Elsevier's Harvard writes a book's or report's imprint as a sentence of its own after the
title, the house before its city (`… Energy Sector Review. IEA, Paris.`, `… Report No.
127431-KZ. World Bank Group, Washington, DC.`, `… (EEEIC). IEEE, Genova, pp. 1–6.`). When the
model ran the house into the title's or host's run, or read it as a host of its own, the short
capitalised name between the sentence's period and the place's comma is the publisher: a
title's sentence never ends on a bare name followed by a city of the lexicon. A host read alone
there is taken only when it names a body (`Institute`, `Bank`) or is a listed acronym, and the
note has no volume: a journal's name never stands before a city."""

from __future__ import annotations

from typing import Final

from citekit.citations.body_acronyms import acronyms_only
from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, is_year, labels_at, runs
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["house_sentence_before_place", "journal_before_volume_year", "volume_year"]

_MAX_HOUSE: Final = 10  # tokens of a house's name (`European Bank for Reconstruction and …`)
_SHORT: Final = 3  # letters of a joining word written small (`of`, `for`, `and`)
_RUN_LABELS: Final = frozenset({"title", "container-title"})
_AFTER_PLACE: Final = frozenset({".", ";", ","})


def _sentence_start(tokens: list[Token], comma: int) -> int | None:
    """The index opening the sentence that ends at the place's comma: right after the nearest
    spaced period before it, a period that closes a word of two letters or more (no
    initial, no ordinal) or a bracket; None when the sentence is longer than a house's name."""
    for k in range(comma - 1, max(comma - _MAX_HOUSE - 2, 0), -1):
        text = tokens[k].text
        if text == ".":
            before = tokens[k - 1].text if k else ""
            spaced = tokens[k + 1].start > tokens[k].end
            numbered = k > 1 and tokens[k - 2].text[:1].isupper()  # `Paper 12. FAO, Rome`
            ordinal = (before.isdecimal() or not before.strip("IVXLC")) and not numbered
            if spaced and (len(before) > 1 or before in ")]") and not ordinal and k + 1 < comma:
                return k + 1
            return None
        if not (text.isalpha() or text in "&()-"):
            return None
    return None


def _house(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a house's capitalised name, joining words aside."""
    words = [
        t.text
        for k, t in enumerate(tokens[a:b], a)
        if t.text not in "()-" and tokens[k - 1].text != "-"  # `Co-operation`: its first part
    ]
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or (len(w) <= _SHORT and w.isalpha()) or w == "&" for w in words)


def house_sentence_before_place(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the house of Elsevier's imprint sentence read as the publisher (see the
    module's doc)."""
    labels = [label for label, _, _ in found]
    if "publisher" in labels or "publisher-place" not in labels:
        return found
    j = labels.index("publisher-place")
    _, p, q = found[j]
    if p < 3 or tokens[p - 1].text != "," or not one_place(marks, p, q):
        return found
    if q < len(tokens) and tokens[q].text not in _AFTER_PLACE:
        return found
    s = _sentence_start(tokens, p - 1)
    if s is None or not _house(tokens, s, p - 1):
        return found
    at = labels_at(found, len(tokens))
    held = set(at[s : p - 1])
    if len(held) != 1 or not held <= _RUN_LABELS:
        return found
    label = at[s]
    run_start = next(a for lab, a, b in found if a <= s < b)
    if run_start == s:  # a host read alone: a body's name, and no volume in the note
        name = [t.text for t in tokens[s : p - 1]]
        titled = label == "title" and any(lab == "title" and b < s for lab, _, b in found)
        if "volume" in labels or not (label == "container-title" or titled):
            return found  # … or a second title's run after the work's own
        if not (is_organisation(" ".join(name)) or acronyms_only(name)):
            return found
    at[s - 1] = OTHER if at[s - 1] == label else at[s - 1]
    at[s : p - 1] = ["publisher"] * (p - 1 - s)
    return runs(at)


_JOURNAL: Final = 14  # tokens of an abbreviated journal's name at most (`Int . J . Heat …`)
# what the model may have read a journal's name as, after the title's comma
_JOURNAL_LABELS: Final = frozenset({OTHER, "title", "container-title", "author", "number-of-pages"})


def volume_year(tokens: list[Token], v: int) -> tuple[int | None, int, int, int] | None:
    """(issue, year, pages' first token, pages' end) when Elsevier's `VOL (YEAR) PAGES` or
    `VOL (ISS) (YEAR) PAGES` opens at `v`, or None."""
    texts = [t.text for t in tokens[v : v + 8]] + [""] * 8
    if not texts[0].isdecimal() or texts[1] != "(":
        return None
    issue: int | None = None
    k = 1
    if texts[3] == ")" and texts[4] == "(" and not is_year(texts[2]):
        issue, k = v + 2, 4
    if not (is_year(texts[k + 1]) and texts[k + 2] == ")"):
        return None
    first = v + k + 3
    if (
        first >= len(tokens)
        or not tokens[first].text.isalnum()
        or not any(c.isdigit() for c in tokens[first].text)
    ):
        return None
    end = first + 1
    while end + 1 < len(tokens) and tokens[end].text in DASHES and tokens[end + 1].text.isalnum():
        end += 2
    return issue, v + k + 1, first, end


def journal_before_volume_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with Elsevier's numbered reference read whole after the title's comma:
    `Title, J. Clean. Prod. 279 (2021) 1234–1247.`, `Title, Energy 140 (2017) 1008–1019.`,
    `Title, Therm. Eng. 66 (7) (2019) 489–495.`: the words between the comma and the volume
    are the journal, whatever the model read them as (an author, a count of pages)."""
    if "(" not in {t.text for t in tokens}:
        return found  # most notes
    at = labels_at(found, len(tokens))
    for v in range(3, len(tokens) - 4):
        if tokens[v + 1].text != "(" or not tokens[v].text.isdecimal():
            continue  # most tokens: no volume before a bracket
        tail = volume_year(tokens, v)
        if tail is None:
            continue
        comma = next(
            (k for k in range(v - 1, max(v - _JOURNAL - 1, 0), -1) if tokens[k].text == ","),
            None,
        )
        if comma is None or comma + 1 >= v or at[comma - 1] != "title":
            return found
        words = [t.text for t in tokens[comma + 1 : v]]
        if not words[0][:1].isupper() or any(
            not (w == "." or w == "&" or (w.isalpha() and (w[:1].isupper() or len(w) <= _SHORT)))
            for w in words
        ):
            return found
        if not set(at[comma + 1 : v]) <= _JOURNAL_LABELS:
            return found
        issue, year, first, end = tail
        at[comma + 1 : v] = ["container-title"] * (v - comma - 1)
        if at[v - 1] == "container-title" and tokens[v - 1].text == ".":
            at[v - 1] = OTHER if not tokens[v - 2].text.isalpha() else "container-title"
        at[v:end] = [OTHER] * (end - v)
        at[v] = "volume"
        if issue is not None:
            at[issue] = "issue"
        at[year] = "issued"
        at[first:end] = ["page"] * (end - first)
        return runs(at)
    return found
