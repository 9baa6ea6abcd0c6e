"""An ordinal in a title: Turkish and German write an ordinal as its number and a glued period
(`XX. Yüzyılda Türkistan`, `Die Goldene Horde im 14. Jahrhundert`), so that period closes no
title. In a note whose pieces a comma parts (`Author, Title, Place: Publisher, Year`) a title
run cut at the ordinal after a lower-case word goes on to the comma: a place's run that opens on
the word after it (`Jahrhundert, Leipzig`) starts after that comma (a number after a label's
period, `No. 3. Den Haag`, is no ordinal); a title's run that opens on that word after
the author's comma (`Kaya, Ali, 19. Yüzyılda Kırım`) opens on the number; a host's run that
closes on the ordinal before the title's run is the title's head (`Daimi Tarafsızlığının 25.
Yıl Dönümünü Kutladı`: no style writes the host first). A bare number after a
comma whose glued period a work's name follows is that name's ordinal, not a page (`“Title”,
120. AB Sertifika Programı Sunusu`, `3. Uluslararası Kongre Bildirileri`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.tokens import SHORT_DASHES, Token

__all__ = [
    "glued_ordinal",
    "ordinal_cut_off",
    "ordinal_in_title",
    "ordinal_not_page",
    "ordinal_opens_title",
]

_DIGITS: Final = 2  # digits of an ordinal at most (`14.`, not a year)


def glued_ordinal(tokens: Sequence[Token], k: int) -> bool:
    """Whether token `k` is an ordinal's number (`14`, `VII`: a short or a Roman one) and
    `k + 1` its glued period, as Turkish and German write ordinals."""
    text = tokens[k].text
    if not ((text.isdecimal() and len(text) <= _DIGITS) or (text and set(text) <= ROMAN)):
        return False
    dot = tokens[k + 1]
    return dot.text == "." and dot.start == tokens[k].end


def _ordinal(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a number and `k + 1` its glued period, before a capitalised word."""
    return glued_ordinal(tokens, k) and tokens[k + 2].text[:1].isupper()


def ordinal_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run cut at an ordinal's period made whole (see the module's doc)."""
    n = len(tokens)
    ks = [k for k in range(n - 2) if tokens[k + 1].text == "." and _ordinal(tokens, k)]
    if not ks:
        return found  # no ordinal before a capitalised word (most notes)
    for k in ks:
        at = {a: j for j, (_label, a, _b) in enumerate(found)}
        j = at.get(k + 2)
        if j is None or j == 0:
            continue
        label, _a, e = found[j]
        before = found[j - 1]
        if label == "publisher-place" and j >= 2 and found[j - 2][0] == "title":
            t = found[j - 2]
            comma = next((c for c in range(k + 2, e) if tokens[c].text == ","), None)
            if t[2] != k + 1 or before != (OTHER, k + 1, k + 2) or comma is None:
                continue
            after_word = tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower()
            if not (after_word or _numbers_only(tokens, t[1], k + 1)):
                continue  # after a word of the title (`im 14.`), not a label's (`No. 3.`)
            if comma + 1 >= e:
                continue
            cut: list[Run] = [("title", t[1], comma), (OTHER, comma, comma + 1)]
            return [*found[: j - 2], *cut, ("publisher-place", comma + 1, e), *found[j + 1 :]]
        if label == "title" and j >= 2 and _host_before(tokens, found, j, k):
            # `(2020, Aralık 12). Türkmenistan Daimi Tarafsızlığının 25. Yıl Dönümünü Kutladı.`
            return [*found[: j - 2], ("title", found[j - 2][1], e), *found[j + 1 :]]
        if label != "title" or k == 0 or tokens[k - 1].text != ",":
            continue
        i = next((i for i, run in enumerate(found) if run[1] <= k - 1 < run[2]), None)
        if i is None or i < 1 or found[i][0] != OTHER or found[i - 1][0] not in _PERSONS:
            continue  # the comma closes an author's name
        if found[i][2] > k + 2 or any(t.text != "," for t in tokens[found[i][1] : k]):
            continue
        head: list[Run] = [(OTHER, found[i][1], k)]
        return [*found[:i], *head, ("title", k, e), *found[j + 1 :]]
    return found


def _host_before(tokens: list[Token], found: list[Run], j: int, k: int) -> bool:
    """Whether the run before title run j is a host's that closes on the ordinal at `k` after a
    word of the title in small letters, and no work's run comes before it: a title cut at its
    ordinal, its head read as a host (no style writes the host before its work's title)."""
    host, before = found[j - 2], found[j - 1]
    if host[0] != "container-title" or host[2] != k + 1 or before != (OTHER, k + 1, k + 2):
        return False
    word = tokens[k - 1].text if k > host[1] else ""
    if not (word.isalpha() and word[-1].islower()):
        return False
    return all(r[0] not in _WORKS for r in found[: j - 2])


_WORKS: Final = frozenset({"title", "container-title", "collection-title"})
_PERSONS: Final = frozenset({"author", "editor"})
_BEFORE_TITLE: Final = frozenset({"author", "editor", "issued"})


def _numbers_only(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a` to `b` are an ordinal's number alone after a comma (`, 20`, `, II`,
    `, XV-XVI`): the title opens on the ordinal, no label's number (`No. 3`)."""
    if a < 1 or tokens[a - 1].text != ",":
        return False
    return all(
        (t.text.isdecimal() and len(t.text) <= _DIGITS) or set(t.text) <= ROMAN | SHORT_DASHES
        for t in tokens[a:b]
    )


def ordinal_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title that opens on an ordinal after the author's or the date's period
    made whole (`Kongar, Emre. 21. Yüzyılda Türkiye.`, `Kaya, Ali. XIX. Yüzyılda Osmanlı`): the
    number and its glued period, left in the marks between the name and the title, are the
    title's first word."""
    for j in range(1, len(found) - 1):
        label, a, b = found[j]
        nxt, before = found[j + 1], found[j - 1]
        if label != OTHER or nxt[0] != "title" or nxt[1] != b or before[0] not in _BEFORE_TITLE:
            continue
        k = b - 2  # the number, then its period
        if k <= a or (not _ordinal(tokens, k) and not _lower_ordinal(tokens, k)):
            continue
        if any(t.text[:1].isalnum() for t in tokens[a:k]):
            continue  # a label's number (`No. 3.`, `Т. 2.`): no ordinal
        return [*found[:j], (OTHER, a, k), ("title", k, nxt[2]), *found[j + 2 :]]
    return found


def _lower_ordinal(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a short number whose glued period a small word follows (APA's
    sentence case: `21. yüzyılda öğretmen`)."""
    text, dot, word = tokens[k].text, tokens[k + 1], tokens[k + 2]
    return (
        text.isdecimal()
        and len(text) <= _DIGITS
        and dot.text == "."
        and dot.start == tokens[k].end
        and word.text[:1].islower()
    )


_NAMED: Final = frozenset({"title", "container-title"})
_IMPRINT: Final = frozenset({"publisher", "publisher-place", "issued"})
_PAGE_DIGITS: Final = 3  # an ordinal's digits at most before a name (`120. AB Programı`)


def ordinal_not_page(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a lone number the model read as a page, after a comma and before any
    imprint, joined as an ordinal to the work's name that opens right after its glued period
    (see the module's doc)."""
    for j in range(1, len(found) - 2):
        label, a, b = found[j]
        if label != "page" or b - a != 1 or tokens[a - 1].text != ",":
            continue
        if any(run[0] in _IMPRINT for run in found[:j]):
            continue  # `(Ankara: Yeditepe, 1975), 227. Next Author, …`: the work's page
        text, dot, word = tokens[a].text, tokens[b], tokens[b + 1]
        if not (text.isdecimal() and len(text) <= _PAGE_DIGITS) or dot.text != ".":
            continue
        if dot.start != tokens[a].end or not word.text[:1].isupper():
            continue
        (mark, _, d), (name, c, e) = found[j + 1], found[j + 2]
        if mark != OTHER or d != b + 1 or name not in _NAMED or c != b + 1:
            continue
        return [*found[:j], (name, a, e), *found[j + 3 :]]
    return found


_ROMAN_INITIAL: Final = frozenset("IVX")  # a Roman ordinal an author's initial may look like
# the runs a title's words after its opening ordinal may be read as (`II. Dünya Savaşı` as a
# host's or a publisher's name): no title is an ordinal alone; an imprint's run holds the title's
# words up to its last comma (`XIX. Yüzyıl Basını, Ötüken`: the publisher after it)
_TITLE_RUN_ON: Final = frozenset({"container-title", "publisher"})
_IMPRINT_RUNS: Final = frozenset({"publisher", "publisher-place"})


def _comma_in(tokens: list[Token], e: int, f: int) -> int | None:
    """The last comma inside tokens `e`…`f` with a capital after it (`Eğitim, Ankara`,
    `Basını, Ötüken`: the title's words, then the imprint's own run), or None."""
    comma = next((k for k in range(f - 2, e, -1) if tokens[k].text == ","), None)
    return comma if comma is not None and tokens[comma + 1].text[:1].isupper() else None


def ordinal_cut_off(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's opening ordinal cut off from the runs around it made whole: read
    as a title alone before its name read as the host, the publisher or the place (`Mehmet
    Yılmaz, II. Dünya Savaşı ve Türkiye, Ankara`), or as an initial closing a name written
    given name first (`Ali Kaya, I. Dünya Savaşı'nda …`: a name in direct order takes no
    initial after its comma)."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        if label == "title" and j + 2 < len(found) and _numbers_only(tokens, a, b):
            (mark, c, d), (host, e, f) = found[j + 1], found[j + 2]
            glued = tokens[b].text == "." and tokens[b].start == tokens[b - 1].end
            if glued and e == d and mark == OTHER and (c, d) == (b, b + 1):
                at = _comma_in(tokens, e, f) if host in _IMPRINT_RUNS else None
                if host in _TITLE_RUN_ON and at is None:
                    return [*found[:j], ("title", a, f), *found[j + 3 :]]
                if at is not None:
                    rest: list[Run] = [(OTHER, at, at + 1), (host, at + 1, f)]
                    return [*found[:j], ("title", a, at), *rest, *found[j + 3 :]]
        if label != "author" or found[j + 1][0] != "title" or found[j + 1][1] != b or b - a < 5:
            continue
        comma, number, dot = tokens[b - 3], tokens[b - 2], tokens[b - 1]
        if comma.text != "," or dot.text != "." or not set(number.text) <= _ROMAN_INITIAL:
            continue
        name = tokens[a : b - 3]
        if len(name) < 2 or not all(t.text.isalpha() and t.text[:1].isupper() for t in name):
            continue  # `Kaya, Ali, I.`, `Kaya A., I.`: no name in direct order
        if any(len(t.text) < 3 for t in name):
            continue  # an initial in the name (`A Kaya`)
        cut: list[Run] = [("author", a, b - 3), (OTHER, b - 3, b - 2)]
        return [*found[:j], *cut, ("title", b - 2, found[j + 1][2]), *found[j + 2 :]]
    return found
