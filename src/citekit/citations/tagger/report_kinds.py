"""A report's kind set off after its title's comma: think tanks and offices name the kind of
paper after the title (`TEPAV, Türkiye'nin İhracat Performansı, Değerlendirme Notu, Ankara,
Ekim 2020`, `…, Politika Notu, Ankara`, `…, Rapor, İstanbul`). A piece after the title's last
comma that is wholly a report's word (`[types] report`) names the work's kind (its genre, which
makes it a report), not the title's last words: the title ends at that comma. So is such a
piece read as the publisher (`ORSAM, Irak'ta Türkmenler, Rapor, Ankara, 2016`), or as the
place's first words (`…, Rapor, İstanbul`). The body's initials set off by commas right
before the kind are the issuing body, the publisher, no title's word (`Kadir Üstün, Title,
SETA, Rapor, İstanbul, 2017`, `Title, ORSAM, Analiz, Ankara`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.acronym_publishers import is_acronym
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_type_words

__all__ = ["report_kind_after_title"]

_ALONE: Final = frozenset({"container-title", OTHER})  # the initials read as no publisher
_LONGEST: Final = 3  # a kind's words at most (`İstatistikleri Bülteni`, `Değerlendirme Notu`)


@functools.cache
def _kinds() -> frozenset[str]:
    """The report's words of every language, as written (`Değerlendirme Notu`, `Rapor`)."""
    return frozenset(shipped_type_words("report"))


@functools.cache
def _kind_openers() -> frozenset[str]:
    """The first word of each report's kind: a note with none of them holds no kind."""
    return frozenset(kind.split(" ")[0] for kind in _kinds())


def report_kind_after_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a report's kind after the title's last comma read as the genre, and the
    body's initials before it as the publisher (see the module's doc)."""
    return _issuer(tokens, _kind(tokens, found))


def _issuer(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the acronym closing the title right before the genre's comma read as the
    publisher (`Title, SETA, Rapor, İstanbul`)."""
    if any(label == "publisher" for label, _, _ in found):
        return found
    for j in range(1, len(found)):
        label, a, b = found[j]
        head, ta, tb = found[j - 1]
        if j > 1 and head == OTHER and b - a > 0 and tokens[a - 1].text == ",":
            head, ta, tb = found[j - 2]  # the comma before the genre, a run of its own
            j -= 1
        if label != "genre" or tb != a - 1:
            continue
        alone = tb - ta == 1 and ta > 0 and tokens[ta - 1].text == ","
        if head in _ALONE and alone and is_acronym(tokens[ta].text):
            titled = any(run[0] == "title" for run in found[: j - 1])
            if titled:  # `Title, ORSAM, Rapor, Ankara`: the initials read as a host's name
                return [*found[: j - 1], ("publisher", ta, tb), *found[j:]]
        if head != "title" or tb - ta < 3:
            continue
        if not is_acronym(tokens[tb - 1].text) or tokens[tb - 2].text != ",":
            continue
        issuer: list[Run] = [
            ("title", ta, tb - 2),
            (OTHER, tb - 2, tb - 1),
            ("publisher", tb - 1, tb),
        ]
        return [*found[: j - 1], *issuer, *found[j:]]
    return found


def _kind(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a report's kind after the title's last comma read as the genre."""
    if _kind_openers().isdisjoint(text_set(tokens)):
        return found  # no kind's first word in the note (most notes)
    for j, (label, a, b) in enumerate(found):
        if label == "publisher" and _whole_kind(tokens, a, b):
            return [*found[:j], ("genre", a, b), *found[j + 1 :]]  # `Title, Rapor, Ankara`
        if label == "publisher-place" and (c := _kind_opens(tokens, a, b)) is not None:
            # `Title, Rapor, İstanbul` read as one place: the kind, then the place
            opened: list[Run] = [("genre", a, c), (OTHER, c, c + 1), ("publisher-place", c + 1, b)]
            return [*found[:j], *opened, *found[j + 1 :]]
        if label != "title":
            continue
        if (host := _host_before_kind(tokens, found, j)) is not None:
            return host
        if (stop := _kind_sentence(tokens, a, b)) is not None:
            # `Title. Аналитический доклад. М.: РИСИ`: the kind written as a sentence of its own
            said: list[Run] = [("title", a, stop), (OTHER, stop, stop + 1), ("genre", stop + 1, b)]
            return [*found[:j], *said, *found[j + 1 :]]
        comma = next((k for k in range(b - 1, a, -1) if tokens[k].text == ","), None)
        if comma is None or not 0 < b - comma - 1 <= _LONGEST or comma - a < 2:
            continue
        tail = " ".join(t.text for t in tokens[comma + 1 : b])
        if tail not in _kinds() or b >= len(tokens) or tokens[b].text != ",":
            continue  # the kind is set off by commas on both sides
        kind: list[Run] = [("title", a, comma), (OTHER, comma, comma + 1), ("genre", comma + 1, b)]
        return [*found[:j], *kind, *found[j + 1 :]]
    return found


def _host_before_kind(tokens: list[Token], found: list[Run], j: int) -> list[Run] | None:
    """`found` with a sentence read as a host before a title's run `j` that is wholly a
    report's kind (`2014. The Myth of … Republics. Research Paper. London:`) read as the title,
    and the kind as the genre; None when the runs are not so. The host must open a sentence
    of its own (a period before it, no `In`, `//`): it then names no part's host."""
    _, a, b = found[j]
    if a < 2 or tokens[a - 1].text != "." or b - a > _LONGEST:
        return None
    if " ".join(t.text for t in tokens[a:b]).casefold() not in _folded_kinds():
        return None
    head = next((k for k in range(j - 1, -1, -1) if found[k][0] != OTHER), None)
    if head is None or found[head][0] != "container-title" or found[head][2] != a - 1:
        return None
    _, ha, hb = found[head]
    if ha < 1 or tokens[ha - 1].text != "." or any(run[0] == "title" for run in found[:head]):
        return None
    return [
        *found[:head],
        ("title", ha, hb),
        *found[head + 1 : j],
        ("genre", a, b),
        *found[j + 1 :],
    ]


@functools.cache
def _folded_kinds() -> frozenset[str]:
    """The report's kinds, case folded: a kind opening a sentence takes a capital."""
    return frozenset(kind.casefold() for kind in _kinds())


def _kind_sentence(tokens: list[Token], a: int, b: int) -> int | None:
    """The full stop before a report's kind that closes the title's run `a`..`b` as a sentence
    of its own (`Su Sorunu. Rapor.`, `Policy brief.`), or None."""
    if b < len(tokens) and tokens[b].text not in (".", ","):
        return None
    stop = next(
        (k for k in range(b - 2, max(a, b - _LONGEST - 2), -1) if tokens[k].text == "."), None
    )
    if stop is None or stop - a < 2:
        return None
    tail = " ".join(t.text for t in tokens[stop + 1 : b])
    return stop if tail.casefold() in _folded_kinds() else None


def _kind_opens(tokens: list[Token], a: int, b: int) -> int | None:
    """The comma after a report's kind that opens the place's run `a`..`b` after a comma
    (`Rapor, İstanbul`), or None."""
    if a < 1 or tokens[a - 1].text != ",":
        return None
    comma = next((k for k in range(a + 1, min(b, a + _LONGEST + 1)) if tokens[k].text == ","), None)
    if comma is None or comma + 1 >= b:
        return None
    return comma if " ".join(t.text for t in tokens[a:comma]) in _kinds() else None


def _whole_kind(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a` to `b`, set off by commas, are wholly a report's kind (`Rapor`)."""
    if a < 1 or b >= len(tokens) or tokens[a - 1].text != "," or tokens[b].text != ",":
        return False
    return b - a <= _LONGEST and " ".join(t.text for t in tokens[a:b]) in _kinds()
