"""GOST 7.0.100-2018's content and access designation (`– Текст : электронный`, `Мәтін :
тікелей`): an element of the description between the title (or its statement of
responsibility) and the host, never a title's or a host's words (`[words] content_type`)."""

from __future__ import annotations

import functools
import operator
import re
from typing import Final

from citekit._text import fold as _fold
from citekit.citations.tagger.align import OTHER, Run, runs
from citekit.citations.tagger.tokens import DASHES, Token, text_set, tokenize
from citekit.languages import shipped_type_words, shipped_words

__all__ = [
    "designation_apart",
    "without_designation",
    "without_kind",
    "without_medium",
    "without_site_kind",
]

_TEXT: Final = operator.attrgetter("text")
_SEPARATORS: Final = DASHES | {"/", ".", ","}


@functools.cache
def _designations() -> frozenset[tuple[str, ...]]:
    """The `[words] content_type` entries of every shipped language, as folded words."""
    found = set()
    for entry in shipped_words("content_type"):
        if words := tuple(_fold(t.text) for t in tokenize(entry) if t.text.isalnum()):
            found.add(words)
    return frozenset(found)


@functools.cache
def _openers() -> frozenset[str]:
    """The first words of the designations as a note may write them."""
    firsts = {words[0] for words in _designations()}
    return frozenset(firsts | {w.capitalize() for w in firsts} | {w.upper() for w in firsts})


def designation_apart(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a designation that closes a field's run (`Модерн / Текст : электронный`)
    or makes a run of its own given to no field, with the marks that part it from the run."""
    if _openers().isdisjoint(text_set(tokens)):  # the common case, in one look-up
        return list(found)
    out: list[Run] = []
    for label, a, b in _across_runs(tokens, found):
        start = None if label == OTHER else _closing(tokens, a, b)
        if start is None:
            out.append((label, a, b))
            continue
        cut = start
        while cut > a and tokens[cut - 1].text in _SEPARATORS:
            cut -= 1
        if cut > a:
            out.append((label, a, cut))
        out.append((OTHER, cut, b))
    return out


def _across_runs(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a designation that the model split over runs (`Мәтін` as a place, `:
    тікелей` as nothing) given to no field: its words are each run's, never a field's."""
    known = _designations()
    longest = max(map(len, known), default=0)
    labels = [label for label, a, b in found for _ in range(a, b)]
    if len(labels) != len(tokens):
        return list(found)
    changed = False
    for k, token in enumerate(tokens):
        if token.text not in _openers():
            continue
        words: list[str] = []
        end = k
        while end < len(tokens) and len(words) < longest:
            text = tokens[end].text
            if text.isalnum():
                words.append(_fold(text))
            elif text not in ":.":
                break
            end += 1
            if tuple(words) in known and ":" in (t.text for t in tokens[k:end]):
                if len({labels[i] for i in range(k, end)}) > 1:
                    labels[k:end] = [OTHER] * (end - k)
                    changed = True
                break
    return runs(labels) if changed else list(found)


def _closing(tokens: list[Token], a: int, b: int) -> int | None:
    """Where a designation that ends run a..b (a trailing period aside) starts."""
    end = b - 1 if tokens[b - 1].text == "." else b
    known = _designations()
    # a designation's words, with a colon or a period between any two, fit in this many
    # tokens: starts further back cannot match (and the work stays linear in the run)
    reach = 2 * max(map(len, known), default=0)
    for k in range(max(a, end - reach), end):
        if tokens[k].text not in _openers():
            continue
        span = tokens[k:end]
        if not any(t.text == ":" for t in span):
            continue
        if not all(t.text.isalnum() or t.text in ":." for t in span):
            continue
        if tuple(_fold(t.text) for t in span if t.text.isalnum()) in known:
            return k
    return None


def without_designation(text: str) -> str:
    """`text` with a designation that ends it cut off, with the marks before it
    (`незавершенный проект / Текст : электронный` → `незавершенный проект`)."""
    # the common case, told without tokenizing: a designation has its colon, and its first
    # word is in the text as written
    if ":" not in text or not any(word in text for word in _openers()):
        return text
    tokens = tokenize(text)
    if _openers().isdisjoint(map(_TEXT, tokens)):
        return text
    start = _closing(tokens, 0, len(tokens))
    if start is None:
        return text
    while start > 0 and tokens[start - 1].text in _SEPARATORS:
        start -= 1
    return text[: tokens[start].start].rstrip() if start > 0 else ""


@functools.cache
def _kind_words() -> frozenset[str]:
    """A periodical's kind in lower case (`газета`, `журнал`, `gazete`), or a site's (`портал`,
    `сайт`: `[types] site`): the last word of the other title information after a host's colon."""
    words = shipped_words("newspaper") | shipped_words("journal") | shipped_type_words("site")
    collection = {w.casefold() for w in shipped_type_words("collection")}  # `мақалалар жинағы`
    return frozenset(
        w.casefold() for w in words if w.islower() and " " not in w and w not in collection
    )


@functools.cache
def _site_words() -> frozenset[str]:
    """A site's kind in lower case (`сайт`, `портал`: `[types] site`)."""
    return frozenset(
        w.casefold() for w in shipped_type_words("site") if w.islower() and " " not in w
    )


def without_site_kind(title: str) -> str:
    """A page's title without a site's kind after its colon (`Посольство … : официальный сайт`):
    GOST's other title information naming what the page is, no subtitle."""
    kind = title.rpartition(":")[2].split()
    if 0 < len(kind) <= _SITE_KIND and kind[-1].strip(".[]").casefold() in _site_words():
        return without_kind(title)  # … no subtitle's clause (`: почему закрыли портал`)
    return title


_SITE_KIND: Final = 2  # words of a site's kind at most (`официальный сайт`)


def without_kind(host: str) -> str:
    """A host's name without the kind GOST writes after its colon (`Казахстанская правда :
    газета`, `Тарихи ақпарат: ғылыми-көпшілік журнал`, `Mediascope : [сайт]`): other title
    information of no name.
    A kind's word written before or after a quoted name (`Журнал «Эксперт»`) is written as
    part of the host and stays (the corpus README: the host as written)."""
    name, colon, kind = host.rpartition(":")
    words = kind.split()
    if not colon or not name.strip() or not words or not kind.strip().islower():
        return host
    if words[-1].strip(".[]").casefold() not in _kind_words() or len(words) > _KIND_WORDS:
        return host
    return name.rstrip()


_KIND_WORDS: Final = 3  # `ғылыми-көпшілік журнал`, `научно-практический журнал`


@functools.cache
def _media() -> frozenset[str]:
    """The words of every shipped language that name how a work is carried (`[words] online`,
    `content_type`: `Электронный ресурс`, `Электрондық ресурс`, `Текст`), folded."""
    entries = {*shipped_words("online"), *shipped_words("content_type")}
    folded = (" ".join(_fold(t.text) for t in tokenize(e) if t.text.isalnum()) for e in entries)
    return frozenset(w for w in folded if w)


_BRACKETED: Final = re.compile(r"\s*\[([^\[\]]{1,60})\]\s*\.?$")


def without_medium(value: str) -> str:
    """A title's or host's value without GOST's general material designation in square
    brackets after it (`Развитие культуры [Электронный ресурс]`, `… [Текст]`): how the work
    is carried, never its name, whether the model left it in the run or not."""
    if value.endswith(" ["):  # the designation's opening bracket, its words left out
        return value[:-2].rstrip()
    if "]" not in value:
        return value  # no bracket closes a designation (told at C speed)
    found = _BRACKETED.search(value)
    if found is None or found.start() == 0:
        return value
    words = " ".join(_fold(t.text) for t in tokenize(found.group(1)) if t.text.isalnum())
    return value[: found.start()].rstrip() if words in _media() else value
