"""Places an imprint's typing hides: a place after GOST's spaced dash of any kind that a host's
run took in (`// Жинақ – Өскемен, 1981`), a site after a quoted title cited by its access date
that the model read as a place (`«Title», Kapital, (Date of Accession: …)`), and a title's last
word that a place run took in (`… 1917-1991. Справочник М., 2003`); and a field's label word
that the model read as a place (`Sayı: 3, Yıl: 2010`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.lists import spaced_dash
from citekit.citations.tagger.places import PLACE_MARKS, one_place
from citekit.citations.tagger.tokens import Token

__all__ = ["label_not_place", "place_after_dash", "site_not_place", "title_word_before_place"]

_IMPRINT_MARKS: Final = frozenset({",", ":"})
# the lexicon keys of a number's label words (`Yıl`, `Год`, `Sayı`, `Cilt`, `s.`)
_NUMBER_LABELS: Final = frozenset({"year", "volume", "issue", "page"})


def label_not_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a place run that is only a number's label word before its colon or its
    number (`Cilt: 5, Sayı: 3, Yıl: 2010`, DergiPark's and hand-written Turkish forms; `Год:
    2010`) read as no field's: a label names the number after it, never a place, and a place
    of the lexicon that shares a label's spelling is left alone."""
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label != "publisher-place" or b >= len(tokens):
            continue
        words = [k for k in range(a, b) if tokens[k].text.isalpha()]
        if len(words) != 1 or not marks[words[0]] & _NUMBER_LABELS:
            continue
        if marks[words[0]] & PLACE_MARKS or not (tokens[b].text == ":" or tokens[b].text.isdigit()):
            continue
        out[j] = (OTHER, a, b)
    return out


def place_after_dash(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a place of the lexicon that a title's or host's run took in after GOST's
    spaced dash split off when the note names no place (`// Сборник статей – Өскемен, 1981`):
    the dash opens the imprint, whichever dash a site types (`—`, `–`, `-`), and the place
    is followed by its comma or colon."""
    if any(run[0] == "publisher-place" for run in found):
        return list(found)
    for j, (label, a, b) in enumerate(found):
        if label not in ("title", "container-title") or b >= len(tokens):
            continue
        if tokens[b].text not in _IMPRINT_MARKS:
            continue
        dash = next((d for d in range(b - 2, a, -1) if spaced_dash(tokens, d)), None)
        if dash is None or not one_place(marks, dash + 1, b):
            continue
        runs = [(label, a, dash), (OTHER, dash, dash + 1), ("publisher-place", dash + 1, b)]
        return [*found[:j], *runs, *found[j + 1 :]]
    return list(found)


_SITE_NEIGHBOURS: Final = frozenset({OTHER, "title", "accessed", "URL"})


def site_not_place(marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a lone name that no lexicon knows as a place, read as the place in a note
    cited by its access date with no publisher, host or date of issue, read as the site
    that holds the work (`«Title», Kapital, (Date of Accession: 25.10.2021)`): a place is
    the imprint's, and a page seen online names its site, however the title is quoted."""
    labels = [run[0] for run in found]
    if labels.count("publisher-place") != 1 or "accessed" not in labels:
        return list(found)
    if not set(labels) - {"publisher-place"} <= _SITE_NEIGHBOURS:
        return list(found)
    j = labels.index("publisher-place")
    _, a, b = found[j]
    if "title" not in labels[:j] or any(marks[k] & PLACE_MARKS for k in range(a, b)):
        return list(found)
    return [*found[:j], ("container-title", a, b), *found[j + 1 :]]


def title_word_before_place(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the words before a place of the lexicon that closes a place run given to
    the title run just before it and its period (`… 1917-1991. Справочник М., 2003`): a
    place run holds places, and a capitalised word no lexicon knows as one, right after the
    title's period, is the title's last sentence (`Справочник`), however the note's dashes
    and ellipses are typed."""
    for j in range(1, len(found) - 1):
        before, c, d = found[j - 1]
        dot, e, f = found[j]
        label, a, b = found[j + 1]
        if before != "title" or dot != OTHER or label != "publisher-place" or d != e or f != a:
            continue
        if f - e != 1 or tokens[e].text != "." or b - a < 2:
            continue
        k = next((k for k in range(a + 1, b) if one_place(marks, k, b)), None)
        words = tokens[a:k] if k is not None else ()
        if not words or any(marks[i] & PLACE_MARKS for i in range(a, k or a)):
            continue
        if not all(t.text.isalpha() and t.text[0].isupper() for t in words) or k is None:
            continue
        return [*found[: j - 1], ("title", c, k), ("publisher-place", k, b), *found[j + 2 :]]
    return list(found)
