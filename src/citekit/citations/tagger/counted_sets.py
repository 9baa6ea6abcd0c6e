"""A set's count is no volume. A number written before a word that counts a set's volumes
(`[words] volumes_counted`: `Sicill-i Osmanî, 6 cilt (İstanbul: …, 1996), III, 1021`,
`Mukaddime, 2 cilt, 6. bs.`, `3 vols. (Cambridge, MA: …, 1998–99), 1:43`) says how many
volumes the work has, never which one the note cites: the cited volume is written with its own
word before the number (`C. III`, `vol. 2`) or as the locator after the imprint (`III, 1021`,
`1:43`). A count's word that is also a volume's (`2 Cilt` may be the second) counts only
before the volume cited. A one- or two-letter count word (`2 кн.`, `2 ч.`) counts only after
its `в` (`в 2 кн.`): alone it may be the part cited."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["count_not_host", "count_not_volume"]

_SHORT: Final = 2  # letters of a count's word that counts only after its `в`


@functools.cache
def _counted() -> frozenset[str]:
    return frozenset(w.rstrip(".").casefold() for w in shipped_words("volumes_counted"))


@functools.cache
def _volumes_in() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("volumes_in"))


def _count(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the volume's run a..b is one number followed by a set count's word."""
    if b - a != 1 or not tokens[a].text.isdecimal() or b >= len(tokens):
        return False
    word = tokens[b].text.casefold()
    if word not in _counted():
        return False
    return len(word) > _SHORT or (a > 0 and tokens[a - 1].text.casefold() in _volumes_in())


def count_not_volume(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a volume's run that is a set's count (`6 cilt`, `3 vols.`) given back to
    no field (see the module's doc)."""
    volumes = [run for run in found if run[0] == "volume"]
    if not volumes:
        return found  # most notes: no volume
    if _counted().isdisjoint(t.text.casefold() for t in tokens):
        return found
    counts = [
        (label, a, b)
        for label, a, b in volumes
        if _count(tokens, a, b) and ("Bvolume" not in marks[b] or volumes[-1][1] > a)
    ]
    if not counts:
        return found
    labels = labels_at(found, len(tokens))
    for _label, a, b in counts:
        labels[a:b] = [OTHER] * (b - a)
    return runs(labels)


def count_not_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a set's count read as a host after its `in` word (`… [History of
    Kazakhstan]. In 5 vols. Vol. 3. Almaty: …`: the `In` is the count's, no host's) given to no
    field: a host is named by words, never by a number and a count's word alone."""
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or a < 1:
            continue
        words = [t.text for t in tokens[a:b] if t.text != "."]
        if len(words) != 2 or not words[0].isdecimal():
            continue
        if (
            words[1].casefold() not in _counted()
            or tokens[a - 1].text.casefold() not in _volumes_in()
        ):
            continue
        out[j] = (OTHER, a, b)
    return out
