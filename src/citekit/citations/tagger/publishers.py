"""A publisher the model's runs miss: a short title run ending with a publisher's word after
the host that holds the work's title (the imprint and the title swapped), a publishing
house's word left out before its name (`Изд-во «Наука»`), and a body's name before `, Year`
in a note with no periodical's numbers (MLA's `Title. Publisher, Year.`)."""

from __future__ import annotations

from collections.abc import Sequence

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, run_label
from citekit.citations.tagger.tokens import Token

__all__ = ["body_publishes", "publisher_titled", "publisher_word_before"]

_PUBLISHER_WORDS = 4  # a publisher's name in words at most, its word last (`Akçağ Yay.`)


def publisher_titled(
    tokens: Sequence[Token], marks: Sequence[set[str]], found: Sequence[Run]
) -> list[Run]:
    """`found` with a short title run that ends with a publisher's word (`Akçağ Yay.`,
    `Nesil Yayınları`, `Verso Press`) read as the publisher when a host's run before it holds
    the work's title (`Ercilasun, Başlangıçtan … Türk Dili Tarihi, Akçağ Yay., Ankara 2004`)
    and a place or the year follows: the model swapped the book's title and its imprint."""
    labels = list(map(run_label, found))
    if "publisher" in labels or labels.count("title") != 1 or "container-title" not in labels:
        return list(found)
    j = labels.index("title")
    _, a, b = found[j]
    words = [k for k in range(a, b) if tokens[k].text.isalpha()]
    if not words or len(words) > _PUBLISHER_WORDS or "Bpublisher" not in marks[words[-1]]:
        return list(found)
    host = labels.index("container-title")
    after = next((label for label in labels[j + 1 :] if label != OTHER), None)
    if host > j or after not in ("publisher-place", "issued"):
        return list(found)
    out = list(found)
    out[host] = ("title", out[host][1], out[host][2])
    out[j] = ("publisher", a, b)
    return out


def publisher_word_before(
    tokens: Sequence[Token], marks: Sequence[set[str]], found: Sequence[Run]
) -> list[Run]:
    """`found` with a publisher's run that the words naming a publishing house, left out
    before it, join (`Вид. дім «Києво-Могилянська академія»`, `Изд-во «Наука»`): the house's
    word is the publisher's as written, though its abbreviation may also be an edition's."""
    out = list(found)
    for j in range(1, len(out)):
        label, a, b = out[j]
        before, c, d = out[j - 1]
        if label != "publisher" or before != OTHER or d != a:
            continue
        start = a
        while start > c and tokens[start - 1].text in '«"„“':
            start -= 1
        k = start
        while k > c and (tokens[k - 1].text == "." or "publisher" in marks[k - 1]):
            k -= 1
        if k < start and k < len(tokens) and "Bpublisher" in marks[k]:
            # two runs for two, the first empty when the house's word opens it: `j` keeps
            # counting the list it walks
            out[j - 1 : j + 1] = [(OTHER, c, k), ("publisher", k, b)]
    return [run for run in out if run[1] < run[2]]


_PERIODICAL = frozenset({"volume", "issue", "page", "URL", "accessed", "publisher"})
_SERIALS = frozenset({"journal", "newspaper", "conference", "encyclopedia"})


def body_publishes(
    tokens: Sequence[Token], marks: Sequence[set[str]], found: Sequence[Run]
) -> list[Run]:
    """`found` with a body's name after the title and before `, Year` read as the publisher
    (`The Formation of Kazakh Identity. Royal Institute of International Affairs, 1995.`, MLA's
    `Title. Publisher, Year.`) in a note with no periodical's numbers, address or publisher."""
    labels = list(map(run_label, found))
    if "container-title" not in labels or "title" not in labels or _PERIODICAL & set(labels):
        return list(found)
    j = labels.index("container-title")
    if j < labels.index("title") or j + 2 >= len(found) or found[j + 2][0] != "issued":
        return list(found)
    _, a, b = found[j]
    between = [t.text for t in tokens[found[j + 1][1] : found[j + 1][2]]]
    if found[j + 1][0] != OTHER or between != [","]:
        return list(found)
    if any(marks[k] & _SERIALS for k in range(a, b)):
        return list(found)  # `… Üniversitesi … Dergisi`: a body's journal
    if not is_organisation(" ".join(t.text for t in tokens[a:b])):
        return list(found)
    return [*found[:j], ("publisher", a, b), *found[j + 1 :]]
