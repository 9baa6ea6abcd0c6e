"""A publisher the model's runs miss: a short title run ending with a publisher's word after
the host that holds the work's title (the imprint and the title swapped), a publishing
house's word left out before its name (`Изд-во «Наука»`), and a body's name before `, Year`
in a note with no periodical's numbers (MLA's `Title. Publisher, Year.`), and a quoted name
between a place and the year (`Алматы: “Санат”, 1997`), whichever quote marks a site types."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["body_publishes", "publisher_titled", "publisher_word_before", "quoted_publisher"]

_PUBLISHER_WORDS: Final = 4  # a publisher's name in words at most, its word last (`Akçağ Yay.`)


def publisher_titled(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a short title run that ends with a publisher's word (`Akçağ Yay.`,
    `Nesil Yayınları`, `Verso Press`) read as the publisher when a host's run before it holds
    the work's title (`Ercilasun, Başlangıçtan … Türk Dili Tarihi, Akçağ Yay., Ankara 2004`)
    and a place or the year follows: the model swapped the book's title and its imprint."""
    labels = [run[0] for run in found]
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
    tokens: list[Token], marks: list[set[str]], found: list[Run]
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
        if k == start - 1 and start < a and _house_abbreviation(tokens, marks, k - 1):
            out[j - 1 : j + 1] = [(OTHER, c, k - 1), ("publisher", k - 1, b)]  # `Изд. «Наука»`
        elif k < start and k < len(tokens) and "Bpublisher" in marks[k]:
            # two runs for two, the first empty when the house's word opens it: `j` keeps
            # counting the list it walks
            out[j - 1 : j + 1] = [(OTHER, c, k), ("publisher", k, b)]
    return [run for run in out if run[1] < run[2]]


def _house_abbreviation(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether token k is an edition's shortened word that stands for a publishing house: right
    after the imprint's colon, its period, then the house's quoted name (`М.: Изд. «Наука»`;
    an edition's word goes with a number, never with a quoted name)."""
    return (
        k > 0
        and tokens[k - 1].text == ":"
        and "Bedition" in marks[k]
        and tokens[k].text[0].isupper()
    )


_PERIODICAL: Final = frozenset({"volume", "issue", "page", "URL", "accessed", "publisher"})
_SERIALS: Final = frozenset({"journal", "newspaper", "conference", "encyclopedia"})


def body_publishes(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a body's name after the title and before `, Year` read as the publisher
    (`The Formation of Kazakh Identity. Royal Institute of International Affairs, 1995.`, MLA's
    `Title. Publisher, Year.`) in a note with no periodical's numbers, address or publisher."""
    labels = [run[0] for run in found]
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


# a quoted publisher's name in tokens at most (`“Әл-Фараби атындағы … баспасы”`)
_QUOTED_NAME: Final = 12
_PLACE: Final = 3  # a place's tokens at most (`Нұр-Сұлтан`, `М.`)
_NUMBERS: Final = frozenset({"volume", "issue"})
_PLACE_LIKE: Final = frozenset({OTHER, "container-title", "publisher"})


def _year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and 1500 <= int(token.text) <= 2099


def _place_before(
    tokens: list[Token], marks: list[set[str]], labels: Sequence[str], end: int
) -> int | None:
    """Where the place that ends at token `end` starts: the model's place run, or a place of
    the lexicon that opens a part of the note (after a period, a comma or a dash)."""
    if end > 0 and labels[end - 1] == "publisher-place":
        start = end - 1
        while start > 0 and labels[start - 1] == "publisher-place":
            start -= 1
        return start
    for start in range(end - 1, max(end - 1 - _PLACE, -1), -1):
        opens = start == 0 or tokens[start - 1].text in ".,—–-:;"
        if opens and one_place(marks, start, end):
            return start
    # `…”. Париж, “…”, 1956`: one capitalised word opens the imprint
    word = tokens[end - 1].text if end > 1 else ""
    opens = word[:1].isupper() and word.isalpha() and tokens[end - 2].text in ".—–"
    return end - 1 if opens and labels[end - 1] in _PLACE_LIKE else None


def quoted_publisher(
    tokens: list[Token], marks: list[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with a quoted name between a place and its colon or comma and `, Year` read as
    the publisher, the place as the place (`Алматы: «Санат», 1997`, `Алматы, “Ана тілі”,
    1991`, `Нұр-Сұлтан, "Дайк-Пресс", 2012`): an imprint quotes its publishing house by any
    pair of quote marks. A note with a periodical's volume or issue names a host instead, and
    a quoted name that is the note's only title stays the title."""
    if _NUMBERS.intersection(labels) or text_set(tokens).isdisjoint(QUOTES):
        return list(labels)
    out = list(labels)
    n = len(tokens)
    for i in range(2, n - 4):
        closer = QUOTES.get(tokens[i].text)
        if closer is None or tokens[i - 1].text not in (":", ","):
            continue
        q = next(
            (k for k in range(i + 2, min(n, i + 2 + _QUOTED_NAME)) if tokens[k].text == closer),
            None,
        )
        if q is None:
            continue
        form = _legal_form(tokens, q + 1)  # `«Назарбаев Зияткерлік мектептері» ДББҰ, 2012`
        c = q + 1 + form
        if c + 1 >= n or tokens[c].text != "," or not _year(tokens[c + 1]):
            continue
        start = _place_before(tokens, marks, out, i - 1)
        if start is None:
            continue
        inside = range(i + 1, q)
        if any(out[k] == "title" for k in inside) and not any(
            label == "title" for k, label in enumerate(out) if k not in inside
        ):
            continue
        out[start : i - 1] = ["publisher-place"] * (i - 1 - start)
        if form:  # the quoted name and its legal form's letters: the house's whole name
            out[i:c] = ["publisher"] * (c - i)
        else:
            out[i + 1 : q] = ["publisher"] * (q - i - 1)
        if out[c + 1] == OTHER:
            out[c + 1] = "issued"
    return out


_FORM_TOKENS: Final = 2  # tokens of a body's legal form after its quoted name at most


def _legal_form(tokens: list[Token], k: int) -> int:
    """How many tokens from `k` write a body's legal form in capitals after its quoted name
    (`ДББҰ`, `ЖШС`, `ТОО`, `LLC`) before a comma: 0 if none."""
    j = k
    while j < min(len(tokens), k + _FORM_TOKENS) and tokens[j].text.isalpha():
        if not tokens[j].text.isupper() or len(tokens[j].text) < 2:
            return 0
        j += 1
    return j - k if j < len(tokens) and tokens[j].text == "," else 0
