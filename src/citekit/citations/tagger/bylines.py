"""A news item's byline after its quoted headline: Turkish think tanks and news notes write
`"Headline", Ahmet Yılmaz, AA, 12.03.2021, URL` and `"Headline", Haber Merkezi, Sabah, 22
Haziran 2023`, the headline's comma outside its quote (MLA's period inside it, `"Headline."
All Things Considered, NPR`, is followed by the container): the author (a person's name, or a
newsroom's byline, `[types] byline`) comes between the title and the outlet. When the model
read the name as the host and left the outlet unlabelled or gave it to the same host, the name
is the author and the outlet the host.

A news outlet's or a magazine's name may open the note instead (`The Economist, "Turkey's
Lira Crisis Deepens," December 2, 2021.`): before the quoted headline, with no author, it is
the host (`outlet_before_quote`). Read as the note's only author, before its title and with no
host named (`Радіо Свобода. 2023. “Title.” URL`, `The Guardian - Title. URL`: author-date styles
put a site in the author's place when the page names none), it is the host too
(`outlet_as_author`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.names import given_names, is_organisation
from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.outlet_names import named_outlet
from citekit.citations.tagger.placed_outlets import placed_outlet
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, text_set, written_text
from citekit.languages import shipped_type_words

__all__ = [
    "byline_after_title",
    "byline_label",
    "dated_author",
    "outlet_as_author",
    "outlet_before_quote",
    "outlet_whole",
    "outlets",
]

# words of a person's name in a byline (`Ahmet Yılmaz`, `Ayşe Nur Kaya`)
_NAME_WORDS: Final = (2, 3)
_OUTLET_WORDS: Final = 4  # words of an outlet's name after the byline, at most
_AFTER: Final = frozenset({"issued", "URL", "accessed", "page"})  # what follows the outlet
_IMPRINT: Final = frozenset({"publisher", "publisher-place", "volume", "issue", "editor"})


@functools.cache
def _bylines() -> frozenset[str]:
    return frozenset(" ".join(w.casefold().split()) for w in shipped_type_words("byline"))


@functools.cache
def _labels() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.casefold().split()) for w in shipped_type_words("byline_label"))


@functools.cache
def _label_heads() -> frozenset[str] | None:
    """The first words of the byline labels (`_labels`); None when a label has no word (one
    that every run opens with)."""
    labels = _labels()
    return None if () in labels else frozenset(label[0] for label in labels)


def byline_label(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a byline's label that opens the author's run (`Yazar: Murat Yetkin`, `By
    John Smith`) given to no field: it is no part of the name."""
    if not found or found[0][0] != "author":
        return list(found)
    _, a, b = found[0]
    heads = _label_heads()
    if heads is not None and (a >= len(tokens) or tokens[a].text.casefold() not in heads):
        return list(found)  # most authors open on no byline's label: none is walked
    for label in _labels():
        end = a + len(label)
        if tuple(t.text.casefold() for t in tokens[a:end]) != label:
            continue
        if end == b and end < len(tokens) and tokens[end].text == ":" and len(found) > 1:
            return [(OTHER, a, b), *found[1:]]  # `Yazar` its own run, the name after the colon
        if end >= b:
            continue
        colon = tokens[end].text == ":"
        if colon or (label == ("by",) and tokens[end].text[:1].isupper()):
            cut = end + 1 if colon else end
            if cut < b:
                return painted(found, (OTHER, a, cut))
    return list(found)


def _byline(words: Sequence[str], outlet: str) -> bool:
    """Whether `words` are a newsroom's byline or a person's name: given name first, or of a
    name's shape before an outlet named whole (`Deniz Kaya, AA`)."""
    if " ".join(w.casefold() for w in words) in _bylines():
        return True
    if len(words) not in _NAME_WORDS or is_organisation(" ".join(words)):
        return False
    shaped = all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    known = " ".join(outlet.casefold().split()) in outlets()
    return shaped and (words[0].casefold() in given_names() or known)


def _outlet(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The words an unlabelled run `, AA,` holds between its commas, when they may name an
    outlet: a few words, the first capitalised, no number."""
    inner = [k for k in range(a, b) if tokens[k].text not in ",;"]
    if not inner or tokens[a].text != "," or inner != list(range(inner[0], inner[-1] + 1)):
        return None
    texts = [tokens[k].text for k in inner]
    words = [t for t in texts if t[:1].isalnum()]
    if not words or len(words) > _OUTLET_WORDS or not texts[0][:1].isupper():
        return None
    if any(t[:1].isdigit() for t in texts):
        return None
    return inner[0], inner[-1] + 1


def _sentence_closed(tokens: list[Token], b: int) -> bool:
    """Whether the title's run ending at `b` closes with its period inside the quote (`."`)."""
    k = b - 1 if tokens[b - 1].text in QUOTES else b  # the quote inside the run, or after it
    while k < len(tokens) and tokens[k].text in ".?!":
        k += 1  # `Title` + `."`: the period outside the title's run
    return 0 < k < len(tokens) and tokens[k].text in QUOTES and tokens[k - 1].text in ".?!"


def byline_after_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a byline between a quoted headline and its outlet read as the author."""
    labels = [label for label, _, _ in found]
    if "author" in labels or labels.count("title") != 1 or "container-title" not in labels:
        return list(found)
    j = labels.index("title")
    a = found[j][1]
    if a == 0 or tokens[a - 1].text not in QUOTES or j + 2 >= len(found):
        return list(found)
    if _sentence_closed(tokens, found[j][2]):
        return list(found)  # MLA's `"Title." Container, Publisher,`: a container, no byline
    if labels[j + 1] != OTHER or labels[j + 2] != "container-title":
        return list(found)
    _, c, d = found[j + 2]
    comma = next((k for k in range(c, d) if tokens[k].text == ","), None)
    nxt = j + 3  # the run after the outlet
    if comma is not None:  # `Haber Merkezi, Dünya`: the byline and the outlet in one run
        name, outlet = (c, comma), (comma + 1, d)
    elif nxt < len(found):
        name = (c, d)
        label, e, f = found[nxt]
        if (
            label == OTHER
            and nxt + 1 < len(found)
            and all(not tokens[k].text[:1].isalnum() for k in range(e, f))
        ):
            nxt += 1  # `, ` alone: the outlet is the next run
            label, e, f = found[nxt]
        if label == OTHER:  # `, AA,`: the outlet unlabelled
            spot = _outlet(tokens, e, f)
            if spot is None:
                return list(found)
            outlet = spot
        elif label == "container-title":  # `, Sabah,`: the outlet a host of its own
            outlet = (e, f)
        else:
            return list(found)
        nxt += 1
    else:
        return list(found)
    words = [tokens[k].text for k in range(*name) if tokens[k].text[:1].isalnum()]
    if not _byline(words, " ".join(t.text for t in tokens[outlet[0] : outlet[1]])):
        return list(found)
    after = [label for label, _, _ in found[nxt:] if label != OTHER]
    if after and after[0] not in _AFTER:
        return list(found)
    out = painted(found, ("author", *name))
    return painted(out, ("container-title", *outlet))


@functools.cache
def outlets() -> frozenset[str]:
    """News outlets and magazines named whole (`[types] news_site`, `magazine`), folded."""
    names = shipped_type_words("news_site") | shipped_type_words("magazine")
    return frozenset(" ".join(w.casefold().split()) for w in names)


def outlet_before_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an outlet's name that opens the note before a quoted headline (its comma
    and the quote after it) read as the host."""
    if not found or "author" in (label for label, _, _ in found[1:]):
        return list(found)
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or tokens[comma + 1].text not in QUOTES:
        return list(found)
    if any(label == "container-title" and a > comma for label, a, _ in found):
        return list(found)  # `Al Jazeera, "…", YouTube.`: the host is named after the headline
    name = " ".join(t.text.casefold() for t in tokens[:comma])
    if name not in outlets() and name.replace(" .", ".") not in outlets():
        return list(found)
    return painted(found, ("container-title", 0, comma))


def dated_author(tokens: list[Token], b: int, *, sentence: bool = False) -> bool:
    """Whether the author's run that ends at token `b` is closed by its period and followed by
    its bracketed year, APA's author slot (`TRT Haber. (2022, 14 Kasım).`), or, with
    `sentence`, by Chicago's author-date year as a sentence (`Freedom House. 2022. “Title.”`):
    who stands there is the author."""
    if b < len(tokens) and tokens[b].text == ".":
        b += 1  # the period outside the author's run
    elif not (b and tokens[b - 1].text == "."):
        return False
    if sentence and b + 1 < len(tokens) and is_year(tokens[b].text) and tokens[b + 1].text == ".":
        return True  # Chicago's author-date year
    return b + 1 < len(tokens) and tokens[b].text == "(" and is_year(tokens[b + 1].text)


def _headline_next(tokens: list[Token], b: int, labels: Sequence[str]) -> bool:
    """Whether a news item's headline or its year follows the run that ends at token `b`,
    past its period or comma, in a note with no imprint (no book's author)."""
    while b < len(tokens) and tokens[b].text in ".,":
        b += 1
    if b >= len(tokens) or not _IMPRINT.isdisjoint(labels):
        return False
    return tokens[b].text in QUOTES or is_year(tokens[b].text)


def outlet_as_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a news outlet's name read as the only author, before the title and with no
    host named, read as the host; not when the note names it again after the title (GOST's
    statement of responsibility, `BBC News. Title / BBC News`: the channel of a video)."""
    labels = [label for label, _, _ in found]
    if labels.count("author") != 1 or "container-title" in labels or "title" not in labels:
        return list(found)
    i = labels.index("author")
    if i > labels.index("title") or any(label != OTHER for label in labels[:i]):
        return list(found)
    _, a, b = found[i]
    if dated_author(tokens, b):
        return list(found)  # APA's `TRT Haber. (2022, 14 Kasım). Title.`: the author's slot
    if not named_outlet(tokens, a, b, outlets()) and not (  # `Газета.Ru`, `BBC News Türkçe`
        _headline_next(tokens, b, labels) and placed_outlet(tokens, a, b)  # `Алматы ақшамы.`
    ):
        return list(found)
    words = [t.text.casefold() for t in tokens]
    size = b - a
    if any(words[k : k + size] == words[a:b] for k in range(b, len(tokens) - size + 1)):
        return list(found)  # `BBC News. Title / BBC News`: named again as the one responsible
    return painted(found, ("container-title", a, b))


_HOST_PARTS: Final = frozenset({"container-title", "publisher-place"})
_AFTER_COLON: Final = frozenset({"container-title", "publisher", "publisher-place", "title"})


def outlet_whole(tokens: Sequence[Token], found: Sequence[Run]) -> list[Run]:
    """`found` with an outlet whose name holds a colon (`Turkmenistan: The Golden Age`,
    `Türkmenistan: Altyn asyr`) one host, not a place and its publisher; and an outlet read
    as the place (`…”, Kommersant, June 17, 2023`) the host: an outlet is no place."""
    labels = [label for label, _, _ in found]
    if "publisher-place" in labels and "container-title" not in labels:
        j = labels.index("publisher-place")
        _, a, b = found[j]
        if written_text(tokens, a, b).casefold() in outlets():
            return [*found[:j], ("container-title", a, b), *found[j + 1 :]]
    if ":" not in text_set(tokens):
        return list(found)  # most notes (the note's shared set of texts)
    for j in range(1, len(found) - 1):
        colon, c, d = found[j]  # the colon alone first: most runs are no colon
        if colon != OTHER or d - c != 1 or tokens[c].text != ":":
            continue
        first, a, _ = found[j - 1]
        second, _, e = found[j + 1]
        if (
            first in _HOST_PARTS
            and second in _AFTER_COLON
            and written_text(tokens, a, e).casefold() in outlets()
        ):
            return [*found[: j - 1], ("container-title", a, e), *found[j + 2 :]]
    return list(found)
