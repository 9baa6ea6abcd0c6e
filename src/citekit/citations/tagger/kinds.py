"""A document's kind named alone: `Конституция Республики Казахстан (принята …). — Алматы,
2015`, `Türkiye Cumhuriyeti Anayasası, Resmî Gazete, …`. A law's kind (`Закон Республики
Казахстан`) is its genre when a title follows in quotes; with no title in the note, the kind
names the document and is its title."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["abbreviated_title", "genre_alone", "host_alone"]


def genre_alone(found: list[Run], tokens: Sequence[Token] = ()) -> list[Run]:
    """`found` with its one genre run read as the title when no run is a title, or when the
    one title after it is the document's adoption, a date's clause and no name (`Қазақстан
    Республикасының Конституциясы. 1995 жылғы 30 тамызда … қабылданды.`): that clause is
    no field's."""
    labels = [run[0] for run in found]
    if labels.count("genre") != 1:
        return list(found)
    j = labels.index("genre")
    out = [*found[:j], ("title", found[j][1], found[j][2]), *found[j + 1 :]]
    if "title" not in labels:
        return out
    if labels.count("title") != 1 or labels.index("title") < j or not tokens:
        return list(found)
    k = labels.index("title")
    _, a, b = found[k]
    if not tokens[a].text[:1].isdecimal() or (a > 0 and tokens[a - 1].text in QUOTES):
        return list(found)
    out[k] = (OTHER, a, b)
    return out


_IMPRINT: Final = frozenset({"publisher", "publisher-place"})


def host_alone(marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a book's one host read as its title when no run is a title: a name before
    the imprint (`Kafesoğlu, Türk Millî Kültürü, 35. baskı, İstanbul: Ötüken`) is no host of a
    part when the note has a publisher or place and no periodical's numbers (a volume, an
    issue, or their words: `Sayı: 12`); a volume beside the whole's extent is a book's
    (`Казахская ССР: краткая энциклопедия. — Алма-Ата : …, 1989. — Т. 3. — 592 с.`)."""
    labels = [run[0] for run in found]
    if "title" in labels or labels.count("container-title") != 1:
        return list(found)
    # a volume with the whole's extent is a multi-volume book's (`— Т. 3. — 592 с.`)
    whole = "number-of-pages" in labels and "page" not in labels and "issue" not in labels
    if _IMPRINT.isdisjoint(labels) or "issue" in labels or ("volume" in labels and not whole):
        return list(found)
    if any(("Bvolume" in m and not whole) or ("Bissue" in m and "Bpage" not in m) for m in marks):
        return list(found)  # `Sayı: 12`: a periodical's number, whatever the model made of it
    j = labels.index("container-title")
    return [*found[:j], ("title", found[j][1], found[j][2]), *found[j + 1 :]]


_SHORT: Final = 4  # letters of a shortened word at most (`Сб.`, `док.`, `науч.`)


def abbreviated_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run made only of shortened words, each with its period (`Сб. док.`,
    `сб. ст.`: GOST's information about the title) read as no title, when a host's run holds
    the work's name (`В. И. Ленин и ВЧК. Сб. док. (1917–1922). М., 1987`)."""
    labels = [run[0] for run in found]
    if labels.count("title") != 1 or "container-title" not in labels:
        return list(found)
    j = labels.index("title")
    _, a, b = found[j]
    words = [k for k in range(a, b) if tokens[k].text.isalpha()]
    if len(words) < 2 or any(len(tokens[k].text) > _SHORT for k in words):
        return list(found)
    if any(k + 1 >= len(tokens) or tokens[k + 1].text != "." for k in words):
        return list(found)
    return [*found[:j], (OTHER, a, b), *found[j + 1 :]]
