"""A book's title and its subtitle stand whole before the imprint: between the title and
`Place: Publisher` a reference names no host unless a mark says so (`//`, `In`, `В кн.`) or
the host's numbers follow it (a volume, an issue, pages). Two period-separated pieces after the
author and right before the place (`Городская культура Казахстана. Исследование и тексты.
Омск: Книга, 1971`, GOST's `… Очерки истории. — М.: Наука`, `Cities of the Plain. A Social
History. London: Verso`) are the title and its subtitle, whichever of them the model read as a
host, unless a word of a periodical's, a proceedings' or an encyclopedia's name says it is one
(`[words]`, `[types]`: `Encyclopaedia of Islam`, `Texts and Studies`), a host's people or
numbers show one (a span of pages; one page cited after the imprint's year is the book's:
`К., 1979. С. 437.`), or a thesis's word says it states the work's kind (`… дайындалған
диссертация. – Алматы, 2004`). A quote the title opened inside itself may close before that
period (`Судьба романа „Тихий Дон“. Очерки истории.`)."""

from __future__ import annotations

import functools
import itertools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["host_kind_words", "subtitle_before_imprint"]

_HOST: Final = "container-title"
_IMPRINT: Final = frozenset({"publisher-place"})
# the runs that show a host was meant: its people, its numbers, its pages
_HOSTED: Final = frozenset({"editor", "volume", "issue", "page", "collection-title", "translator"})


# the kinds whose word in the second piece makes it a host, or the statement of a thesis
# (`Абай поэзиясының тілі. … дайындалған диссертация. – Алматы`), never a subtitle
_HOST_KINDS: Final = ("journal", "newspaper", "conference", "encyclopedia", "thesis")


@functools.cache
def host_kind_words() -> frozenset[str]:
    """The words that name a periodical, a proceedings, an encyclopedia or a thesis (`[words]`,
    `[types]`)."""
    words = (shipped_words(kind) | shipped_type_words(kind) for kind in _HOST_KINDS)
    return frozenset(w for group in words for w in group if " " not in w)


def _period_between(tokens: list[Token], b: int, s: int) -> bool:
    """Whether a period alone stands between a run ending at `b` and one starting at `s`."""
    return s == b + 1 and tokens[b].text == "."


def _area_between(tokens: list[Token], b: int, s: int) -> bool:
    """Whether a period, or GOST's period and dash of a new area (`. —`), alone stands between a
    run ending at `b` and one starting at `s`."""
    return _period_between(tokens, b, s) or (
        s == b + 2 and tokens[b].text == "." and tokens[b + 1].text in DASHES
    )


def _closed_period(tokens: list[Token], run: Run, s: int) -> bool:
    """Whether a period stands between `run` and a run starting at `s`, after the closing quote
    of one the run opened past its first word (`… романа „Тихий Дон“.`)."""
    _, a, b = run
    if _period_between(tokens, b, s):
        return True
    if s != b + 2 or tokens[b + 1].text != ".":
        return False
    inner = [t.text for t in tokens[a + 1 : b]]
    return any(QUOTES.get(o) == tokens[b].text for o in inner) and not any(
        t == tokens[b].text for t in inner if t not in QUOTES
    )


def _cited_page(tokens: list[Token], found: list[Run], run: Run) -> bool:
    """Whether `run` is one page cited after the imprint's year (`К., 1979. С. 437.`): a book's
    page the note points to, never a host's span of pages (`С. 15–53`) nor a page in a host
    GOST names after `//`."""
    label, a, b = run
    if label != "page" or b - a != 1 or not tokens[a].text.isdigit():
        return False
    if "/" in text_set(tokens) and any(
        t.text == "/" == n.text for t, n in itertools.pairwise(tokens)
    ):
        return False  # GOST's `//` names a host: the page is in it
    return any(other[0] == "issued" and other[2] <= a for other in found)


def subtitle_before_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title and a host run that follow each other across a period right before
    the place of the imprint made one title (see the module's doc)."""
    if any(run[0] in _HOSTED and not _cited_page(tokens, found, run) for run in found):
        return found
    named = [(j, run) for j, run in enumerate(found) if run[0] != OTHER]
    for (i, first), (_, second), (_, third) in zip(named, named[1:], named[2:], strict=False):
        if {first[0], second[0]} != {"title", _HOST} or third[0] not in _IMPRINT:
            continue
        if not _closed_period(tokens, first, second[1]):
            return found
        if not _area_between(tokens, second[2], third[1]):
            return found
        if not (tokens[first[1]].text[:1].isupper() and tokens[second[1]].text[:1].isupper()):
            return found
        if sum(run[0] == _HOST for run in found) != 1:
            return found
        host = first if first[0] == _HOST else second
        if any(t.text in host_kind_words() for t in tokens[host[1] : host[2]]):
            return found  # `Title. Encyclopaedia of Islam. Leiden: Brill`: a host by its word
        k = found.index(second)
        return [*found[:i], ("title", first[1], second[2]), *found[k + 1 :]]
    return found
